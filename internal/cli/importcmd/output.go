package importcmd

import (
	"fmt"
	"io"
	"strings"

	"rrp/internal/cli/cmdutil"
	"rrp/internal/finding/format"
	"rrp/internal/importer"
)

// report prints the problems, then writes the files (or, with --dry-run,
// says what it would write) and sums up.
func report(opts *Options, res *importer.Result) error {
	if n := importer.Errors(res.Problems); n > 0 {
		if err := importer.WriteProblems(opts.IO.ErrOut, importer.OnlyErrors(res.Problems)); err != nil {
			return err
		}
		return &cmdutil.FailureError{
			Err:  fmt.Errorf("%s in %s: nothing imported", format.Plural(n, "error"), opts.File),
			Hint: "correct the rows in the sheet (or the mapping file) and run rrp import again",
		}
	}
	if err := importer.WriteProblems(opts.IO.ErrOut, importer.Collapse(res.Problems)); err != nil {
		return err
	}
	if len(res.Ignored) > 0 {
		fmt.Fprintf(opts.IO.ErrOut, "rrp: note: not imported: %s\n", quoteAll(res.Ignored))
		fmt.Fprintf(opts.IO.ErrOut, "rrp: hint: map a column in a mapping file (--map), or list it under ignore: there\n")
	}
	if opts.DryRun {
		return dryRun(opts.IO.Out, res)
	}
	if err := importer.Write(res.Files); err != nil {
		return &cmdutil.FailureError{Err: fmt.Errorf("cannot write the records: %w (nothing imported)", err),
			Hint: "check that the records folder is writable"}
	}
	for _, f := range res.Files {
		fmt.Fprintf(opts.IO.Out, "wrote %s (%s)\n", f.Path, format.Plural(len(f.Records), "record"))
	}
	_, err := fmt.Fprintln(opts.IO.Out, summary("imported", res))
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
		}
	}
	for _, f := range res.Files {
		fmt.Fprintf(w, "would write %s (%s)\n", f.Path, format.Plural(len(f.Records), "record"))
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
	s := fmt.Sprintf("%s %s into %s", verb, format.Plural(res.Count(importer.New), "record"), format.Plural(len(res.Files), "file"))
	if res.Count(importer.New) == 0 {
		s = "nothing to import"
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
