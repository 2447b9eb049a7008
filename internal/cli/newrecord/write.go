package newrecord

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/recordfile"
	"github.com/kraj-hk/rrp/internal/schema"
	"github.com/kraj-hk/rrp/internal/writeguard"
	"github.com/kraj-hk/rrp/templates"
)

// draft is a new record rendered under the first free name and checked
// with the project, not yet written.
type draft struct {
	path, rel string
	data      []byte
	// own are the findings in the new record.
	own         []finding.Finding
	errs, warns int
	planFiles   int
}

// prepare drafts the record of opts for the target.
func prepare(opts *Options, snap *project.Snapshot, t plan.Target) (draft, error) {
	d := draft{planFiles: snap.PlanFiles}
	for n := 1; ; n++ {
		d.rel = recordfile.Path(opts.Values.Date, kaOf(t), outputSlug(t), n)
		d.path = filepath.Join(opts.Dir, filepath.FromSlash(d.rel))
		if _, err := os.Lstat(d.path); err != nil {
			break
		}
	}
	var err error
	if d.data, err = recordfile.Render(templates.Records, t.Output.Unit.Val, opts.Values, schemaRef(opts.Dir, d.path)); err != nil {
		return d, err
	}
	d.own = findings(snap, d.path, d.data)
	d.errs, d.warns = finding.Count(d.own)
	return d, nil
}

// report prints the findings in the new record, as rrp validate would.
func (d draft) report(w io.Writer, p *i18n.Printer) error {
	sum := format.Summary{PlanFiles: d.planFiles, RecordFiles: 1, Records: 1, Errors: d.errs, Warnings: d.warns}
	return (format.Text{}).Format(w, d.own, sum, p)
}

// refused is the error of a record not written for its errors.
func (d draft) refused() error {
	return &cmdutil.FailureError{Err: i18n.Errorf("the record has %d errors: %s not written", d.errs, d.rel), Hint: "correct the values and run rrp new again"}
}

// write writes the record when it has no errors, and prints its warnings.
func write(opts *Options, snap *project.Snapshot, t plan.Target) error {
	d, err := prepare(opts, snap, t)
	if err != nil {
		return err
	}
	if d.errs > 0 {
		if err := d.report(opts.IO.ErrOut, opts.P); err != nil {
			return err
		}
		return d.refused()
	}
	if d, err = save(opts, snap, t, d); err != nil || d.warns == 0 {
		return err
	}
	return d.report(opts.IO.ErrOut, opts.P)
}

// save creates the drafted file. A name taken since the draft moves the
// record on to the next free name, drafted and checked again.
func save(opts *Options, snap *project.Snapshot, t plan.Target, d draft) (_ draft, err error) {
	lock, err := writeguard.Acquire(opts.Dir, "rrp new")
	if err != nil {
		return d, cmdutil.LockError(err, "rrp new")
	}
	interrupted := writeguard.HoldInterrupts()
	defer func() {
		lock.Release()
		if interrupted() && err == nil {
			err = &cmdutil.FailureError{Err: i18n.Errorf("interrupted (after the record was written whole)")}
		}
	}()
	for {
		err := create(opts.Dir, d.path, d.data)
		if err == nil {
			_, err = fmt.Fprintln(opts.IO.Out, opts.P.Sprintf("wrote %s", d.path))
			return d, err
		}
		var out *writeguard.OutsideError
		if errors.As(err, &out) {
			return d, &cmdutil.FailureError{Err: i18n.Errorf("%w (nothing written)", err), Hint: out.Hint().Format, HintArgs: out.Hint().Args}
		}
		if !errors.Is(err, fs.ErrExist) {
			return d, &cmdutil.FailureError{Err: err, Hint: "check that records/ can be written"}
		}
		if d, err = prepare(opts, snap, t); err != nil {
			return d, err
		}
		if d.errs > 0 {
			if err := d.report(opts.IO.ErrOut, opts.P); err != nil {
				return d, err
			}
			return d, d.refused()
		}
	}
}

// findings checks the project with the new record added, as rrp validate
// would once it is written, and returns the findings in the new record.
func findings(snap *project.Snapshot, path string, data []byte) []finding.Finding {
	var own []finding.Finding
	for _, f := range snap.WithFile(path, data).Check(0).Findings {
		if f.Pos.File() == path {
			own = append(own, f)
		}
	}
	return own
}

// schemaRef is the record schema's path from the new file's folder, when
// the project has one, for the editor's schema line.
func schemaRef(dir, path string) string {
	file := filepath.Join(dir, filepath.FromSlash(schema.Dir), schema.RecordFile)
	if _, err := os.Stat(file); err != nil {
		return ""
	}
	rel, err := filepath.Rel(filepath.Dir(path), file)
	if err != nil {
		return ""
	}
	return filepath.ToSlash(rel)
}

// create writes a file that must not exist yet, and the folders it needs,
// never through a link out of the project. The record goes to a
// temporary file beside it first (.rrp-new-*, which .gitignore ignores)
// and is renamed into place whole: a killed rrp new leaves no empty or
// half-written record. The caller holds the project's lock, so the name
// checked free stays free until the rename.
func create(dir, path string, data []byte) (err error) {
	if err := writeguard.Inside(dir, path); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if _, err := os.Lstat(path); err == nil {
		return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".rrp-new-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
