package importcmd

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/importer"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// output is where rrp import writes: the findings in the chosen format,
// and what it imported.
type output struct {
	lister format.Lister
	p      *i18n.Printer
	text   bool
	// list gets the findings, report what was (or would be) imported.
	list, report io.Writer
}

// newOutput picks the streams for --format. Text findings go to standard
// error beside the error they explain; json and github findings are what
// a program or CI reads, on standard output, and with json the report
// moves to standard error to leave standard output one JSON document.
func newOutput(opts *Options) (*output, error) {
	lister, err := format.NewLister(opts.Format)
	if err != nil {
		return nil, &cmdutil.UsageError{Err: err, Hint: "pass --format " + strings.Join(format.ListNames(), ", ")}
	}
	out := &output{lister: lister, p: opts.P, text: opts.Format == "text", list: opts.IO.Out, report: opts.IO.Out}
	switch opts.Format {
	case "text":
		out.list = opts.IO.ErrOut
	case "json":
		out.report = opts.IO.ErrOut
	}
	return out, nil
}

// findings lists fs. Text says a warning shared by many rows once.
func (o *output) findings(fs []finding.Finding) error {
	if o.text {
		fs = finding.Collapse(fs)
	}
	return o.lister.List(o.list, fs, o.p)
}

// report prints the findings, then writes the files (or, with --dry-run,
// says what it would write) and sums up. When a row has an error only
// the errors are listed: the warnings would bury them.
func report(opts *Options, out *output, res *importer.Result) error {
	if n, _ := finding.Count(res.Findings); n > 0 {
		if err := out.findings(finding.OnlyErrors(res.Findings)); err != nil {
			return err
		}
		return &cmdutil.FailureError{
			Err:  fmt.Errorf("%s in %s: nothing imported", format.Plural(n, "error"), opts.File),
			Hint: "correct the rows in the sheet (or the mapping file) and run rrp import again",
		}
	}
	if err := out.findings(res.Findings); err != nil {
		return err
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "rrp: note: not imported: %s\n", quoteAll(res.Ignored))
		fmt.Fprintf(opts.IO.ErrOut, "rrp: hint: map a column in a mapping file (--map), or list it under ignore: there\n")
	}
	if opts.DryRun {
		return dryRun(out.report, res)
	}
	if err := importer.Write(opts.Dir, res.Files); err != nil {
		return writeFailed(err)
	}
	for _, r := range res.Rows {
		if r.Outcome == importer.Replaced {
			fmt.Fprintf(out.report, "row %d replaces %s in %s (now %s)\n", r.Row, r.Replaces, r.Path, r.ID)
		}
	}
	for _, f := range res.Files {
		fmt.Fprintf(out.report, "%s %s (%s)\n", wrote(f), f.Path, fileRecords(f))
	}
	_, err := fmt.Fprintln(out.report, summary("imported", res))
	return err
}

// dryRun prints every row's outcome and the files that would be written.
func dryRun(w io.Writer, res *importer.Result) error {
	for _, r := range res.Rows {
		switch r.Outcome {
		case importer.New:
			fmt.Fprintf(w, "row %d: new %s -> %s\n", r.Row, r.ID, r.Path)
		case importer.Already:
			fmt.Fprintf(w, "row %d: already imported (%s)\n", r.Row, r.ID)
		case importer.Empty:
			fmt.Fprintf(w, "row %d: empty, skipped\n", r.Row)
		case importer.Replaced:
			fmt.Fprintf(w, "row %d: changed since imported: %s replaces %s in %s\n", r.Row, r.ID, r.Replaces, r.Path)
		}
	}
	for _, f := range res.Files {
		verb := "write"
		if f.Replaces() {
			verb = "rewrite"
		}
		fmt.Fprintf(w, "would %s %s (%s)\n", verb, f.Path, fileRecords(f))
	}
	_, err := fmt.Fprintln(w, summary("would import", res)+"; nothing written (--dry-run)")
	return err
}

// summary is the closing line: imported 12 records into 2 files (3 rows
// already imported, 1 empty row skipped).
func summary(verb string, res *importer.Result) string {
	var notes []string
	if n := res.Count(importer.Already); n > 0 {
		notes = append(notes, format.Plural(n, "row")+" already imported")
	}
	if n := res.Count(importer.Empty); n > 0 {
		notes = append(notes, format.Plural(n, "empty row")+" skipped")
	}
	newFiles := 0
	for _, f := range res.Files {
		if !f.Replaces() {
			newFiles++
		}
	}
	s := fmt.Sprintf("%s %s into %s", verb, format.Plural(res.Count(importer.New), "record"), format.Plural(newFiles, "file"))
	if res.Count(importer.New) == 0 {
		s = "nothing to import"
	}
	if n := res.Count(importer.Replaced); n > 0 {
		replaced := "replaced "
		if verb != "imported" {
			replaced = "would replace "
		}
		replaced += format.Plural(n, "record") + " with its corrected row"
		if n > 1 {
			replaced = strings.Replace(replaced, "its corrected row", "their corrected rows", 1)
		}
		if res.Count(importer.New) == 0 {
			s = replaced
		} else {
			s += "; " + replaced
		}
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// wrote says what became of a file: written new, or rewritten with
// corrected records.
func wrote(f *importer.File) string {
	if f.Replaces() {
		return "rewrote"
	}
	return "wrote"
}

func fileRecords(f *importer.File) string {
	if f.Replaces() {
		return format.Plural(len(f.Records), "record") + " replaced"
	}
	return format.Plural(len(f.Records), "record")
}

// writeFailed explains a failed write: refused before anything was
// written, or stopped half-way for the next run to finish.
func writeFailed(err error) error {
	var out *writeguard.OutsideError
	var half *importer.UnfinishedError
	switch {
	case errors.As(err, &out):
		return &cmdutil.FailureError{Err: fmt.Errorf("%w (nothing imported)", err), Hint: out.Hint()}
	case errors.As(err, &half):
		return &cmdutil.FailureError{Err: err, Hint: "until then rrp validate reports the unfinished import"}
	}
	return &cmdutil.FailureError{Err: fmt.Errorf("cannot write the records: %w (nothing imported)", err),
		Hint: "check that the records folder is writable"}
}
