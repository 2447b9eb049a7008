// Package statuscmd is the `rrp status` command: load the project, compute
// the fulfilment of its outputs (package fulfil) and print one view of it
// (package table).
package statuscmd

import (
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/table"
)

// Options are the parsed command line of rrp status.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P      *i18n.Printer
	Format string
	By     string
	cmdutil.Selection
	Thresholds fulfil.Thresholds
	Today      func() (date.Date, error)
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
}

// NewCmdStatus builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdStatus(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Today: f.Today, Snapshot: f.Snapshot}
	cmd := &cobra.Command{
		Use:   "status",
		Short: f.T("Show how far every planned output is fulfilled"),
		Long: f.T(`Show, for every output of every key activity, how much of its target is
achieved, how much of it in the monitoring period, how much the pace expects
by the as-of date, and its status; or roll it up per activity, key activity,
territory or target group.

The as-of date is today unless given; with --period or --from/--to it is the
period's last day when that is earlier. The period is the one containing the
as-of date unless given.

Status, first match wins (the ratios are settings, defaults shown):
  done         achieved ≥ target
  not_started  nothing achieved and at most 10 % of the target due (status.not_started)
  on_track     achieved ≥ 90 % of the expected value (status.on_track)
  behind       achieved ≥ 60 % of the expected value (status.at_risk)
  at_risk      below that

Invalid project data does not stop status: it counts what it can and warns.`),
		Example: f.T(`  rrp status
  rrp status --period ZoR2 --by ka
  rrp status --as-of 2025-12-31 --ka KA4
  rrp status --format markdown >> "$GITHUB_STEP_SUMMARY"`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Format = f.Settings.String(cmdutil.KeyStatusFormat)
			th, err := f.Settings.Thresholds()
			if err != nil {
				return err
			}
			opts.Thresholds = th
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	fl := cmd.Flags()
	opts.Selection.AddFlags(cmd, f.Printer())
	fl.StringVar(&opts.By, "by", "output", f.Sprintf("rows: %s", strings.Join(viewNames(), ", ")))
	fl.String("format", "table", f.Sprintf("output format: %s", table.List()))
	f.Settings.BindFlag(cmdutil.KeyStatusFormat, fl.Lookup("format"))
	_ = cmd.RegisterFlagCompletionFunc("format", f.CompleteFormats(table.Names(), table.Description))
	_ = cmd.RegisterFlagCompletionFunc("by", f.CompleteChoices(viewChoices()...))
	f.CompleteSelection(cmd)
	return cmd
}

func run(opts *Options) error {
	renderer, err := table.New(opts.Format, table.Options{Width: opts.IO.Width, P: opts.P})
	if err != nil {
		return &cmdutil.UsageError{Err: i18n.Errorf("unknown format %q (use %s)", opts.Format, table.List()),
			Hint: "pass --format %s", HintArgs: []any{strings.Join(table.Names(), ", ")}}
	}
	view, ok := views[opts.By]
	if !ok {
		return cmdutil.Usagef(opts.P.Sprintf("pass --by %s", strings.Join(viewNames(), ", ")), "unknown view %q", opts.By)
	}
	req, err := request(opts)
	if err != nil {
		return err
	}
	snap, err := opts.Snapshot()
	if err != nil {
		return err
	}
	fo, err := snap.Options(req)
	if err != nil {
		return cmdutil.RequestError(err)
	}
	result := snap.Fulfil(fo)
	doc := view(result, opts.P)
	doc.Table.Narrow = narrow[opts.By]
	doc.Data = jsonDocument(result)
	if result.NoRecords {
		// Every figure is 0 and most statuses red: say why, and how to
		// begin, before anyone takes it for a project in trouble.
		doc.Notes = append([]string{opts.P.T(cmdutil.NoRecordsNote)}, doc.Notes...)
	}
	if err := renderer.Render(opts.IO.Out, doc); err != nil {
		return err
	}
	warnInvalid(opts, snap)
	return nil
}

// request turns the flags into a fulfil request.
func request(opts *Options) (fulfil.Request, error) {
	today, err := opts.Today()
	if err != nil {
		return fulfil.Request{}, err
	}
	return opts.Selection.Request(today, opts.Thresholds)
}

// warnInvalid tells on stderr that the data has errors: status counts what
// it can, but the numbers may be off until validate is clean.
func warnInvalid(opts *Options, snap *project.Snapshot) {
	if errs := snap.Check(0).Errors; errs > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "rrp: %s: %s\n", opts.P.T("warning"), opts.P.Sprintf("%d validation errors; run rrp validate", errs))
	}
}
