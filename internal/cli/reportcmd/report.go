// Package reportcmd is the `rrp report` command: the Excel monitoring
// workbook for a period, for the whole project or one workbook per key
// activity.
package reportcmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/buildinfo"
	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitinfo"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/report"
	"github.com/kraj-hk/rrp/internal/safefile"
)

// ReportsDir is where workbooks go unless --output says otherwise.
const ReportsDir = "reports"

// Options are the parsed command line of rrp report.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P   *i18n.Printer
	Dir string
	cmdutil.Selection
	Output     string
	Split      string
	Template   string
	Force      bool
	Thresholds fulfil.Thresholds
	Today      func() (date.Date, error)
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
	// Progress tells how far writing a workbook's events is
	// (cmdutil.Factory.Progress); nil tells nothing.
	Progress func(what string) func(done, total int)
}

// NewCmdReport builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdReport(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Today: f.Today, Snapshot: f.Snapshot, Progress: f.Progress}
	cmd := &cobra.Command{
		Use:   "report",
		Short: f.T("Write the Excel monitoring workbook for a period"),
		Long: f.T(`Write the monitoring workbook (.xlsx, in Czech) for the funding body: a
summary per key activity with a chart (Souhrn), every output with its
fulfilment (Výstupy), the events of the period (Akce), the target groups
reached (Cílové skupiny), the plan's activities with who does them, when
and paid how (Plán), the outputs the project tracks for itself and does not
report, when the plan has outputs with reported: false (Interní výstupy),
and the validation warnings (Kontrola). Before the first
record, the outputs' status reads "bez záznamů" and the summary says how to
begin.

The period is the one containing the as-of date unless given; the as-of date
is today, or the period's last day when that is earlier. The workbook goes
to reports/<project>-<period>.xlsx unless --output names the file; with
--split ka, one workbook per key activity goes to the folder --output names
(default reports/).

With --template, rrp fills the funding body's own workbook instead of
writing its own: type fields into its cells, and rrp replaces them. A row
with {{output.…}} fields is repeated for every reported output, a row with
{{ka.…}} fields for every key activity; a field alone in its cell becomes a
real number, date or percentage.
  anywhere:  {{project.id}} {{project.name}} {{project.registration}}
             {{project.beneficiary}} {{project.programme}}
             {{project.budget}} {{project.funding}} {{project.start}}
             {{project.end}} {{period}} {{period.id}} {{period.from}}
             {{period.to}} {{as_of}} {{scope}} {{generated_by}}
             {{data_version}} {{total.outputs}} {{total.index}}
             {{total.done}} {{total.on_track}} {{total.behind}}
             {{total.at_risk}} {{total.not_started}}
  per output: {{output.ka}} {{output.activity}} {{output.id}} {{output.ref}}
             {{output.title}} {{output.unit}} {{output.target}}
             {{output.target_is}} {{output.in_period}} {{output.achieved}}
             {{output.percent}} {{output.expected}} {{output.status}}
({{output.target_is}} is "min." or "max." before a minimum or a maximum,
empty before a target; a milestone's figures are empty, its status done,
not yet done or late; {{project.funding}} lists the funding shares.)
  per KA:    {{ka.id}} {{ka.title}} {{ka.territory}} {{ka.outputs}}
             {{ka.index}} {{ka.done}} {{ka.on_track}} {{ka.behind}}
             {{ka.at_risk}} {{ka.not_started}}

Data with validation errors stops the report (see rrp validate) unless
--force. The file is written whole or not at all: an existing report is
replaced only by a complete new one.`),
		Example: f.T(`  rrp report --period ZoR2
  rrp report --period ZoR2 --split ka
  rrp report --as-of 2025-12-31 --ka KA4 --output KA4.xlsx
  rrp report --period ZoR2 --template vykaz-poskytovatele.xlsx`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
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
	opts.Selection.AddFlags(cmd, f.Printer())
	fl := cmd.Flags()
	fl.StringVarP(&opts.Output, "output", "o", "", f.T("the workbook to write (with --split: the folder)"))
	fl.StringVar(&opts.Split, "split", "", f.T(`"ka": one workbook per key activity, for the municipalities`))
	fl.BoolVar(&opts.Force, "force", false, f.T("write the report even when the data has validation errors"))
	fl.StringVar(&opts.Template, "template", "", f.T("fill this workbook's {{…}} fields instead of writing rrp's own layout"))
	_ = cmd.RegisterFlagCompletionFunc("split", f.CompleteChoices(cmdutil.Described("ka", "one workbook per key activity")))
	_ = cmd.MarkFlagFilename("template", "xlsx")
	f.CompleteSelection(cmd)
	return cmd
}

func run(opts *Options) error {
	if opts.Split != "" && opts.Split != "ka" {
		return cmdutil.Usagef("pass --split ka", "unknown split %q", opts.Split)
	}
	template, err := readTemplate(opts.Template)
	if err != nil {
		return err
	}
	today, err := opts.Today()
	if err != nil {
		return err
	}
	req, err := opts.Selection.Request(today, opts.Thresholds)
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
	findings, err := validated(opts, snap, fo.AsOf)
	if err != nil {
		return err
	}
	w := &writer{opts: opts, template: template, snap: snap, findings: findings, stamp: stamp(opts.Dir)}
	if opts.Split == "" {
		return w.one(fo, opts.Output)
	}
	return w.perKA(fo)
}

// validated checks the data. Errors stop the report, printed as validate
// prints them, unless forced; what is left goes to the Kontrola sheet.
// validated returns the findings as of the report's date, or an error
// that stops the report when they hold errors (unless --force).
func validated(opts *Options, snap *project.Snapshot, asOf date.Date) ([]finding.Finding, error) {
	checked := snap.Check(asOf)
	if checked.Errors == 0 || opts.Force {
		return checked.Findings, nil
	}
	if err := (format.Text{}).Format(opts.IO.ErrOut, checked.Findings, cmdutil.Summary(snap, checked), opts.P); err != nil {
		return nil, err
	}
	return nil, &cmdutil.FailureError{
		Err:  i18n.Errorf("the data has %d validation errors: no report written", checked.Errors),
		Hint: "fix them (rrp validate lists them), or pass --force to write the report anyway",
	}
}

// readTemplate reads the workbook --template names, once for every
// workbook written from it.
func readTemplate(path string) ([]byte, error) {
	if path == "" {
		return nil, nil
	}
	data, err := report.ReadTemplate(path)
	if err != nil {
		return nil, cmdutil.Usagef("--template names the funding body's .xlsx workbook", "cannot read the template: %v", err)
	}
	return data, nil
}

// stamp says which rrp made the workbook and from which data.
func stamp(dir string) stampInfo {
	return stampInfo{generator: "rrp " + buildinfo.Read().String(), data: gitinfo.Read(dir)}
}

type stampInfo struct {
	generator string
	data      gitinfo.Info
}

type writer struct {
	opts     *Options
	template []byte // the funding body's workbook to fill; nil for rrp's own
	snap     *project.Snapshot
	findings []finding.Finding
	stamp    stampInfo
	noted    bool // the note of a project without records was printed
}

// one writes the workbook for the selection to path (default: the reports
// folder of the project).
func (w *writer) one(fo fulfil.Options, path string) error {
	result := w.snap.Fulfil(fo)
	findings := w.findings
	if fo.KA != "" {
		findings = w.snap.FindingsOf(findings, fo.KA)
	}
	if path == "" {
		dir := filepath.Join(w.opts.Dir, ReportsDir)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		path = filepath.Join(dir, report.FileName(w.snap.Project.ID.Val, fo.Period, fo.AsOf, fo.KA))
	}
	in := &report.Input{
		Project: w.snap.Project, Result: result, Findings: findings,
		Generator: w.stamp.generator, Data: w.stamp.data, Private: w.snap.Private,
	}
	if w.opts.Progress != nil {
		in.Progress = w.opts.Progress("writing the workbook")
	}
	// The project stays in memory while the workbook is written, and
	// writing it makes much short-lived garbage (each cell of 100k rows):
	// with the collector's default the heap would grow to twice the
	// project before it runs. Collecting sooner keeps a report within a
	// little more memory than validating the same project. A user's GOGC
	// is left as it is.
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(report.GCPercent))
	}
	err := safefile.Write(path, func(out io.Writer) error {
		if w.template != nil {
			return report.FillTemplate(bytes.NewReader(w.template), out, in)
		}
		return report.Write(out, in)
	})
	if te := (*report.TemplateError)(nil); errors.As(err, &te) {
		return &cmdutil.FailureError{Err: te, Hint: te.Hint.Format, HintArgs: te.Hint.Args}
	} else if errors.Is(err, report.ErrNotWorkbook) {
		return &cmdutil.UsageError{Err: i18n.Errorf("template %s: %w", w.opts.Template, err), Hint: "--template names the funding body's .xlsx workbook"}
	} else if errors.Is(err, report.ErrNoFields) {
		return &cmdutil.FailureError{Err: err, Hint: "type fields such as {{project.name}} or {{output.achieved}} into its cells (see rrp report --help)"}
	} else if err != nil {
		return &cmdutil.FailureError{Err: i18n.Errorf("cannot write %s: %w", path, err), Hint: "check that the folder exists and the file is not open in Excel"}
	}
	if _, err := fmt.Fprintln(w.opts.IO.Out, w.opts.P.Sprintf("wrote %s", path)); err != nil {
		return err
	}
	w.noteNoRecords(result)
	return nil
}

// noteNoRecords says once on stderr, as rrp status says under its table,
// why every figure of a project without records is 0; the workbook's
// summary says it too.
func (w *writer) noteNoRecords(r *fulfil.Result) {
	if r.NoRecords && !w.noted {
		w.noted = true
		fmt.Fprintf(w.opts.IO.ErrOut, "rrp: %s: %s\n", w.opts.P.T("note"), w.opts.P.T(cmdutil.NoRecordsNote))
	}
}

// perKA writes one workbook per key activity (or only --ka's) into the
// folder --output names.
func (w *writer) perKA(fo fulfil.Options) error {
	dir := w.opts.Output
	if dir == "" {
		dir = filepath.Join(w.opts.Dir, ReportsDir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &cmdutil.FailureError{Err: err, Hint: "--output names a folder with --split"}
	}
	for _, ka := range w.snap.Project.KeyActivities {
		if fo.KA != "" && fo.KA != ka.ID.Val {
			continue
		}
		one := fo
		one.KA = ka.ID.Val
		path := filepath.Join(dir, report.FileName(w.snap.Project.ID.Val, fo.Period, fo.AsOf, one.KA))
		if err := w.one(one, path); err != nil {
			return err
		}
	}
	return nil
}
