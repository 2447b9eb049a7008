package cmdutil

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/project"
)

// Snapshot is the project of this run, opened once, the first time a
// command asks for it: its plan and records, resolved and checked. A
// folder that holds no project is a usage error.
func (f *Factory) Snapshot() (*project.Snapshot, error) {
	if f.snapshot == nil {
		f.snapshot = &lazySnapshot{}
		today, err := f.Today()
		var opts load.Options
		if err == nil {
			opts, err = f.LoadOptions()
		}
		if err == nil {
			f.snapshot.snap, err = OpenSnapshotWith(f.Dir(), today, opts)
		}
		f.snapshot.err = err
	}
	return f.snapshot.snap, f.snapshot.err
}

// OpenSnapshot opens the project in dir with today's date for a command.
func OpenSnapshot(dir string, today date.Date) (*project.Snapshot, error) {
	return OpenSnapshotWith(dir, today, load.Options{})
}

// OpenSnapshotWith is OpenSnapshot reading the files as opts says.
func OpenSnapshotWith(dir string, today date.Date, opts load.Options) (*project.Snapshot, error) {
	snap, err := project.OpenDir(dir, project.Options{Today: today, Load: opts})
	return snap, NoProject(err)
}

type lazySnapshot struct {
	snap *project.Snapshot
	err  error
}

// NoProject turns project.ErrNoProject into the usage error every command
// gives for it; other errors pass as they are.
func NoProject(err error) error {
	if errors.Is(err, project.ErrNoProject) {
		return &UsageError{Err: err, Hint: "run rrp in the project's root folder, or pass --dir"}
	}
	if errors.Is(err, project.ErrProjectNotFile) {
		return &UsageError{Err: err, Hint: "the project is described in the file plans/project.yaml: move what is there aside and write that file (rrp init shows one)"}
	}
	return err
}

// Summary counts what a run read and found, for the findings' formats.
func Summary(snap *project.Snapshot, c *project.Checked) format.Summary {
	return format.Summary{PlanFiles: snap.PlanFiles, RecordFiles: snap.RecordFiles, Records: len(snap.Records), Errors: c.Errors, Warnings: c.Warnings}
}

// NoRecordsNote tells a user why a project without records (the
// fulfilment's NoRecords) shows every figure at 0, and how to begin:
// rrp status prints it under its table, rrp report on stderr.
const NoRecordsNote = "no records yet, so nothing is counted: record the first event with rrp new, or import a sheet with rrp import"
