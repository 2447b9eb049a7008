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
		return nil, &cmdutil.UsageError{Err: err, Hint: opts.P.Sprintf("pass --format %s", strings.Join(format.ListNames(), ", "))}
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
	p := opts.P
	if n, _ := finding.Count(res.Findings); n > 0 {
		if err := out.findings(finding.OnlyErrors(res.Findings)); err != nil {
			return err
		}
		return &cmdutil.FailureError{
			Err:  i18n.Errorf("%d errors in %s: nothing imported", n, opts.File),
			Hint: "correct the rows in the sheet (or the mapping file) and run rrp import again",
		}
	}
	if err := out.findings(res.Findings); err != nil {
		return err
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintln(opts.IO.ErrOut, p.Sprintf("rrp: note: not imported: %s", quoteAll(res.Ignored)))
		fmt.Fprintln(opts.IO.ErrOut, p.T("rrp: hint: map a column in a mapping file (--map), or list it under ignore: there"))
	}
	if opts.DryRun {
		return dryRun(out.report, res, p)
	}
	if err := importer.Write(opts.Dir, res.Files); err != nil {
		return writeFailed(err)
	}
	for _, r := range res.Rows {
		if r.Outcome == importer.Replaced {
			fmt.Fprintln(out.report, p.Sprintf("row %d replaces %s in %s (now %s)", r.Row, r.Replaces, r.Path, r.ID))
		}
	}
	for _, f := range res.Files {
		line := p.Sprintf("wrote %s (%s)", f.Path, fileRecords(f, p))
		if f.Replaces() {
			line = p.Sprintf("rewrote %s (%s)", f.Path, fileRecords(f, p))
		}
		fmt.Fprintln(out.report, line)
	}
	_, err := fmt.Fprintln(out.report, summary(res, false, p))
	return err
}

// dryRun prints every row's outcome and the files that would be written.
func dryRun(w io.Writer, res *importer.Result, p *i18n.Printer) error {
	for _, r := range res.Rows {
		switch r.Outcome {
		case importer.New:
			fmt.Fprintln(w, p.Sprintf("row %d: new %s -> %s", r.Row, r.ID, r.Path))
		case importer.Already:
			fmt.Fprintln(w, p.Sprintf("row %d: already imported (%s)", r.Row, r.ID))
		case importer.Empty:
			fmt.Fprintln(w, p.Sprintf("row %d: empty, skipped", r.Row))
		case importer.Replaced:
			fmt.Fprintln(w, p.Sprintf("row %d: changed since imported: %s replaces %s in %s", r.Row, r.ID, r.Replaces, r.Path))
		}
	}
	for _, f := range res.Files {
		line := p.Sprintf("would write %s (%s)", f.Path, fileRecords(f, p))
		if f.Replaces() {
			line = p.Sprintf("would rewrite %s (%s)", f.Path, fileRecords(f, p))
		}
		fmt.Fprintln(w, line)
	}
	_, err := fmt.Fprintln(w, p.Sprintf("%s; nothing written (--dry-run)", summary(res, true, p)))
	return err
}

// summary is the closing line: imported 12 records into 2 files (3 rows
// already imported, 1 empty row skipped); dry says what would be.
func summary(res *importer.Result, dry bool, p *i18n.Printer) string {
	var notes []string
	if n := res.Count(importer.Already); n > 0 {
		notes = append(notes, p.Sprintf("%d rows already imported", n))
	}
	if n := res.Count(importer.Empty); n > 0 {
		notes = append(notes, p.Sprintf("%d empty rows skipped", n))
	}
	var parts []string
	if n := res.Count(importer.New); n > 0 {
		imported := p.Sprintf("imported %d records", n)
		if dry {
			imported = p.Sprintf("would import %d records", n)
		}
		parts = append(parts, imported+" "+p.Sprintf("into %d files", newFiles(res)))
	}
	if n := res.Count(importer.Replaced); n > 0 {
		replaced := p.Sprintf("replaced %d records with their corrected rows", n)
		if dry {
			replaced = p.Sprintf("would replace %d records with their corrected rows", n)
		}
		parts = append(parts, replaced)
	}
	s := strings.Join(parts, "; ")
	if len(parts) == 0 {
		s = p.T("nothing to import")
	}
	if len(notes) > 0 {
		s += " (" + strings.Join(notes, ", ") + ")"
	}
	return s
}

// newFiles counts the files the import adds, not those it rewrites.
func newFiles(res *importer.Result) int {
	n := 0
	for _, f := range res.Files {
		if !f.Replaces() {
			n++
		}
	}
	return n
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// fileRecords says how many records a file gets: new ones, or corrected
// ones replaced.
func fileRecords(f *importer.File, p *i18n.Printer) string {
	if f.Replaces() {
		return p.Sprintf("%d records replaced", len(f.Records))
	}
	return p.Sprintf("%d records", len(f.Records))
}

// writeFailed explains a failed write: refused before anything was
// written, or stopped half-way for the next run to finish.
func writeFailed(err error) error {
	var out *writeguard.OutsideError
	var half *importer.UnfinishedError
	switch {
	case errors.As(err, &out):
		return &cmdutil.FailureError{Err: i18n.Errorf("%w (nothing imported)", err), Hint: out.Hint().Format, HintArgs: out.Hint().Args}
	case errors.As(err, &half):
		return &cmdutil.FailureError{Err: err, Hint: "until then rrp validate reports the unfinished import"}
	}
	return &cmdutil.FailureError{Err: i18n.Errorf("cannot write the records: %w (nothing imported)", err),
		Hint: "check that the records folder is writable"}
}
