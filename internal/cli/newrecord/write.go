package newrecord

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"rrp/internal/check"
	"rrp/internal/cli/cmdutil"
	"rrp/internal/finding"
	"rrp/internal/finding/format"
	"rrp/internal/load"
	"rrp/internal/plan"
	"rrp/internal/recordfile"
	"rrp/templates"
)

// recordSchema is where rrp schema puts the record schema in a project.
const recordSchema = "templates/schemas/record.schema.json"

// write checks the record, with the project, under the first free name,
// and creates the file only when it has no errors. A name taken between the
// check and the creation moves on to the next one.
func write(opts *Options, res *load.Result, t plan.Target) error {
	for n := 1; ; n++ {
		rel := recordfile.Path(opts.Values.Date, kaOf(t), outputSlug(t), n)
		path := filepath.Join(opts.Dir, filepath.FromSlash(rel))
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		data, err := recordfile.Render(templates.Records, t.Output.Unit.Val, opts.Values, schemaRef(opts.Dir, path))
		if err != nil {
			return err
		}
		own, err := findings(opts, res, path, data)
		if err != nil {
			return err
		}
		errs, warns := finding.Count(own)
		sum := format.Summary{PlanFiles: res.PlanFiles, RecordFiles: 1, Records: 1, Errors: errs, Warnings: warns}
		if errs > 0 {
			if err := (format.Text{}).Format(opts.IO.ErrOut, own, sum); err != nil {
				return err
			}
			return &cmdutil.FailureError{Err: fmt.Errorf("the record has %d errors: %s not written", errs, rel), Hint: "correct the values and run rrp new again"}
		}
		err = create(path, data)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return &cmdutil.FailureError{Err: err, Hint: "check that records/ can be written"}
		}
		if _, err := fmt.Fprintf(opts.IO.Out, "wrote %s\n", path); err != nil {
			return err
		}
		if warns > 0 {
			return (format.Text{}).Format(opts.IO.ErrOut, own, sum)
		}
		return nil
	}
}

// findings checks the project with the new record added, as rrp validate
// would once it is written, and returns the findings in the new record.
func findings(opts *Options, res *load.Result, path string, data []byte) ([]finding.Finding, error) {
	today, err := opts.Today()
	if err != nil {
		return nil, err
	}
	var fs finding.List
	// The new record comes last, as a file written later: a clash of ids
	// is then reported on it, not on the record that had the id first.
	recs := slices.Concat(res.Records, load.Records(path, data, &fs))
	check.All(res.Project, recs, check.Options{Today: today}, &fs)
	var own []finding.Finding
	for _, f := range fs.Sorted() {
		if f.Pos.File == path {
			own = append(own, f)
		}
	}
	return own, nil
}

// schemaRef is the record schema's path from the new file's folder, when
// the project has one, for the editor's schema line.
func schemaRef(dir, path string) string {
	schema := filepath.Join(dir, filepath.FromSlash(recordSchema))
	if _, err := os.Stat(schema); err != nil {
		return ""
	}
	rel, err := filepath.Rel(filepath.Dir(path), schema)
	if err != nil {
		return ""
	}
	return filepath.ToSlash(rel)
}

// create writes a file that must not exist yet, and the folders it needs.
func create(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}
