package newrecord

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

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

// write creates the record file under a name no file has, then checks the
// project with it; a record with errors is removed again, with any folder
// made for it, so nothing is left.
func write(opts *Options, res *load.Result, t plan.Target) error {
	for n := 1; ; n++ {
		rel := recordfile.Path(opts.Values.Date, kaOf(t), outputSlug(t), n)
		path := filepath.Join(opts.Dir, filepath.FromSlash(rel))
		data, err := recordfile.Render(templates.Records, t.Output.Unit.Val, opts.Values, schemaRef(opts.Dir, path))
		if err != nil {
			return err
		}
		made, err := mkdirs(filepath.Dir(path))
		if err != nil {
			return &cmdutil.FailureError{Err: err, Hint: "check that records/ can be written"}
		}
		err = createNew(path, data)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			removeAll(made)
			return &cmdutil.FailureError{Err: err, Hint: "check that records/ can be written"}
		}
		return checked(opts, path, rel, made)
	}
}

// checked validates the project with the new file and keeps the file only
// when it has no errors.
func checked(opts *Options, path, rel string, made []string) error {
	today, err := opts.Today()
	if err != nil {
		return err
	}
	res, err := load.Dir(opts.Dir)
	if err != nil {
		return err
	}
	check.All(res.Project, res.Records, check.Options{Today: today}, &res.Findings)
	var own []finding.Finding
	for _, f := range res.Findings.Sorted() {
		if filepath.Clean(f.Pos.File) == filepath.Clean(path) {
			own = append(own, f)
		}
	}
	errs, warns := finding.Count(own)
	if errs > 0 {
		os.Remove(path)
		removeAll(made)
		if err := (format.Text{}).Format(opts.IO.ErrOut, own, format.Summary{PlanFiles: res.PlanFiles, RecordFiles: 1, Records: 1, Errors: errs, Warnings: warns}); err != nil {
			return err
		}
		return &cmdutil.FailureError{Err: fmt.Errorf("the record has %d errors: %s not written", errs, rel), Hint: "correct the values and run rrp new again"}
	}
	if _, err := fmt.Fprintf(opts.IO.Out, "wrote %s\n", path); err != nil {
		return err
	}
	if warns > 0 {
		return (format.Text{}).Format(opts.IO.ErrOut, own, format.Summary{PlanFiles: res.PlanFiles, RecordFiles: 1, Records: 1, Warnings: warns})
	}
	return nil
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

// createNew writes a file that must not exist yet.
func createNew(path string, data []byte) error {
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

// mkdirs makes dir and the folders above it that are missing, and returns
// those it made, deepest first, so that they can be removed again.
func mkdirs(dir string) ([]string, error) {
	var made []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || filepath.Dir(d) == d {
			break
		}
		made = append(made, d)
	}
	return made, os.MkdirAll(dir, 0o755)
}

func removeAll(dirs []string) {
	for _, d := range dirs {
		os.Remove(d)
	}
}
