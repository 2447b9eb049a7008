// Package validate is the `rrp validate` command: load the project, run
// every check and print the findings.
package validate

import (
	"github.com/spf13/cobra"

	"rrp/internal/check"
	"rrp/internal/cli/cmdutil"
	"rrp/internal/date"
	"rrp/internal/finding"
	"rrp/internal/finding/format"
)

// Options are the parsed command line of rrp validate.
type Options struct {
	IO     *cmdutil.IOStreams
	Dir    string
	Format string
	Strict bool
	Today  func() (date.Date, error)
}

// NewCmdValidate builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdValidate(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, Today: f.Today}
	cmd := &cobra.Command{
		Use:   "validate",
		Short: "Check the plan and every record",
		Long: `Check the plan's consistency and every record against it, and print all
findings at once, sorted by file and line.

Exit status: 0 when there are no errors (and, with --strict, no warnings),
1 when there are, 2 when rrp was called wrongly.`,
		Example: `  rrp validate
  rrp validate --format github   # annotations in GitHub Actions
  rrp validate --format gitlab > gl-code-quality-report.json
  rrp validate --strict          # warnings fail too`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
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
	cmd.Flags().String("format", "text", "output format: "+format.Describe())
	cmd.Flags().Bool("strict", false, "fail on warnings too")
	f.Settings.BindFlag(cmdutil.KeyValidateFormat, cmd.Flags().Lookup("format"))
	f.Settings.BindFlag(cmdutil.KeyValidateStrict, cmd.Flags().Lookup("strict"))
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(format.Names(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func run(opts *Options) error {
	formatter, err := format.New(opts.Format)
	if err != nil {
		return &cmdutil.UsageError{Err: err, Hint: "pass --format " + format.Choices()}
	}
	today, err := opts.Today()
	if err != nil {
		return err
	}
	res, err := cmdutil.LoadProject(opts.Dir)
	if err != nil {
		return err
	}
	check.All(res.Project, res.Records, check.Options{Today: today}, &res.Findings)
	findings := res.Findings.Sorted()
	errs, warns := finding.Count(findings)
	sum := format.Summary{PlanFiles: res.PlanFiles, RecordFiles: res.RecordFiles, Records: len(res.Records), Errors: errs, Warnings: warns}
	if err := formatter.Format(opts.IO.Out, findings, sum); err != nil {
		return err
	}
	if errs > 0 || opts.Strict && warns > 0 {
		return cmdutil.ErrSilentFailure
	}
	return nil
}
