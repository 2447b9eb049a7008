// Package validate is the `rrp validate` command: load the project, run
// every check and print the findings.
package validate

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/project"
)

// Options are the parsed command line of rrp validate.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P      *i18n.Printer
	Format string
	Strict bool
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
}

// NewCmdValidate builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdValidate(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Snapshot: f.Snapshot}
	cmd := &cobra.Command{
		Use:   "validate",
		Short: f.T("Check the plan and every record"),
		Long: f.T(`Check the plan's consistency and every record against it, and print all
findings at once, sorted by file and line.

Exit status: 0 when there are no errors (and, with --strict, no warnings),
1 when there are, 2 when rrp was called wrongly.`),
		Example: f.T(`  rrp validate
  rrp validate --format github   # annotations in GitHub Actions
  rrp validate --format gitlab > gl-code-quality-report.json
  rrp validate --strict          # warnings fail too`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Format = f.Settings.String(cmdutil.KeyValidateFormat)
			strict, err := f.Settings.Bool(cmdutil.KeyValidateStrict)
			if err != nil {
				return err
			}
			opts.Strict = strict
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	cmd.Flags().String("format", "text", f.Sprintf("output format: %s", format.Describe(f.Printer())))
	cmd.Flags().Bool("strict", false, f.T("fail on warnings too"))
	f.Settings.BindFlag(cmdutil.KeyValidateFormat, cmd.Flags().Lookup("format"))
	f.Settings.BindFlag(cmdutil.KeyValidateStrict, cmd.Flags().Lookup("strict"))
	_ = cmd.RegisterFlagCompletionFunc("format", f.CompleteFormats(format.Names(), format.Description))
	return cmd
}

func run(opts *Options) error {
	formatter, err := format.New(opts.Format)
	if err != nil {
		return &cmdutil.UsageError{Err: i18n.Errorf("unknown format %q (choose %s)", opts.Format, strings.Join(format.Names(), ", ")),
			Hint: "pass --format %s", HintArgs: []any{format.Choices(opts.P)}}
	}
	snap, err := opts.Snapshot()
	if err != nil {
		return err
	}
	checked := snap.Check(0)
	if err := formatter.Format(opts.IO.Out, checked.Findings, cmdutil.Summary(snap, checked), opts.P); err != nil {
		return err
	}
	if checked.Errors > 0 || opts.Strict && checked.Warnings > 0 {
		return cmdutil.ErrSilentFailure
	}
	return nil
}
