// Package diffcmd is the `rrp diff` command: what a change (a branch, a pull
// request, uncommitted work) does to the fulfilment of the outputs. The
// comparison is in package diff (internal/diff) and gitrev; this package
// reads the command line and renders the result as a table, Markdown or
// JSON.
package diffcmd

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/table"
)

// Options are the parsed command line of rrp diff.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P      *i18n.Printer
	Dir    string
	Range  string // "", REV or A..B
	Format string
	// AsOf is --as-of as written; "" for today.
	AsOf       string
	Thresholds fulfil.Thresholds
	Today      func() (date.Date, error)
	// Snapshot opens the project in the work tree
	// (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
	// LoadOptions are how the work tree is read
	// (cmdutil.Factory.LoadOptions); a revision is read through its
	// cache, by the files' contents.
	LoadOptions func() (load.Options, error)
}

// NewCmdDiff builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdDiff(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Today: f.Today, Snapshot: f.Snapshot, LoadOptions: f.LoadOptions}
	cmd := &cobra.Command{
		Use:   "diff [REV1..REV2 | REV]",
		Short: f.T("Show what a change does to the fulfilment of the outputs"),
		Long: f.T(`Compare the project at two revisions of its git repository and show the
records added, removed and edited, every output whose achieved value,
percentage or status changes, and the plan's outputs added, removed or
given another target.

Without an argument, compare the point where the current branch left the
main branch (origin/HEAD, else main, else master) with the work tree,
uncommitted and untracked files included. With REV, compare REV with the
work tree; with A..B, commit A with commit B; with A...B, their merge base
with B.

Both sides are counted as of the same date (--as-of, default today) with
the same status thresholds, so every difference comes from the data.
Validation errors after the change are counted in the summary, not hidden;
rrp validate lists them.`),
		Example: f.T(`  rrp diff                       # this branch's work against main
  rrp diff HEAD                  # uncommitted work only
  rrp diff v1.0..main --format json
  rrp diff origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
			if len(args) == 1 {
				opts.Range = args[0]
			}
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
	fl.StringVar(&opts.Format, "format", "table", f.Sprintf("output format: %s", formats.List()))
	fl.StringVar(&opts.AsOf, "as-of", "", f.T("count records up to and including this date on both sides (YYYY-MM-DD; default today)"))
	_ = cmd.RegisterFlagCompletionFunc("format", f.CompleteFormats(Formats(), formats.Description))
	return cmd
}

func run(opts *Options) error {
	if _, ok := formats.Lookup(opts.Format); !ok {
		return cmdutil.Usagef(opts.P.Sprintf("pass --format %s", formats.List()), "unknown format %q", opts.Format)
	}
	fo, today, err := fulfilOptions(opts)
	if err != nil {
		return err
	}
	repo, rg, err := resolve(opts)
	if err != nil {
		return err
	}
	base, head, err := loadSides(opts, repo, rg, today)
	var usage *cmdutil.UsageError
	if errors.As(err, &usage) {
		return err
	} else if err != nil {
		// git archive or the temporary folder failed: nothing the
		// command line can change.
		return &cmdutil.FailureError{Err: err, Hint: "check that git can read the repository (git status) and that the temporary folder can be written"}
	}
	return write(opts.IO.Out, diff.Compare(base, head, fo), opts.Format, table.Options{Width: opts.IO.Width, P: opts.P})
}

// fulfilOptions are the as-of date and thresholds both sides are counted
// with.
func fulfilOptions(opts *Options) (fulfil.Options, date.Date, error) {
	today, err := opts.Today()
	if err != nil {
		return fulfil.Options{}, 0, err
	}
	if err := opts.Thresholds.Validate(); err != nil {
		return fulfil.Options{}, 0, cmdutil.RequestError(err)
	}
	asOf := today
	if opts.AsOf != "" {
		if asOf, err = cmdutil.DateFlag("as-of", opts.AsOf); err != nil {
			return fulfil.Options{}, 0, err
		}
	}
	return fulfil.Options{AsOf: asOf, Thresholds: opts.Thresholds}, today, nil
}

// resolve finds the repository and the revisions to compare; what the
// user got wrong is a usage error with git's hint.
func resolve(opts *Options) (*gitrev.Repo, gitrev.Range, error) {
	repo, err := gitrev.Open(opts.Dir)
	if err != nil {
		return nil, gitrev.Range{}, usage(err)
	}
	rg, err := repo.Resolve(opts.Range)
	return repo, rg, usage(err)
}

func usage(err error) error {
	var ge *gitrev.Error
	if errors.As(err, &ge) {
		return &cmdutil.UsageError{Err: ge.Err, Hint: ge.Hint}
	}
	return err
}

// loadSides loads the base at its commit and the head at its commit or,
// without one, the project in the work tree, as every command opens it.
//
// The work tree is opened first: its cache, brought up to date, then
// serves every file of a revision that holds what the work tree holds.
func loadSides(opts *Options, repo *gitrev.Repo, rg gitrev.Range, today date.Date) (base, head *diff.Side, err error) {
	if rg.Head.WorkTree() {
		snap, err := opts.Snapshot()
		if err != nil {
			return nil, nil, err
		}
		head = diff.WorkTree(snap, opts.Dir)
	}
	var lo load.Options
	if opts.LoadOptions != nil {
		if lo, err = opts.LoadOptions(); err != nil {
			return nil, nil, err
		}
		lo.Lender = opts.Dir
	}
	if base, err = diff.LoadRevision(repo, rg.Base, today, lo); err != nil {
		return nil, nil, err
	}
	if head == nil {
		head, err = diff.LoadRevision(repo, rg.Head, today, lo)
	}
	return base, head, err
}
