package importer

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// An import is written in three steps, so that a crash at any point
// leaves either nothing or something the next run completes:
//
//  1. every file's content is staged in records/.rrp-import-*/, a hidden
//     folder the loader skips and .gitignore ignores;
//  2. the journal (load.ImportJournal) lists where each staged file goes;
//     it is written under a temporary name and renamed, so it is either
//     whole or absent: its rename commits the import;
//  3. each staged file is renamed into place, then the journal and the
//     staging folder are deleted.
//
// A crash before the journal leaves only the staging folder, which the
// next run deletes (the import is rolled back); a crash after it leaves
// the journal, which the next run follows to its end (Recover), and which
// rrp validate reports meanwhile.

// stagePrefix starts the name of an import's staging folder in records/.
const stagePrefix = ".rrp-import-"

// journal is what the journal file holds: paths relative to the project,
// with slashes.
type journal struct {
	Stage string  `json:"stage"`
	Files []moved `json:"files"`
}

type moved struct {
	Staged string `json:"staged"`
	Target string `json:"target"`
}

// The file operations of a write, variables so that a test can make the
// n-th one fail, or stop the process before it (beforeStep).
var (
	rename     = os.Rename
	writeNew   = writeSynced
	makeDir    = func(dir string) error { return os.Mkdir(dir, 0o755) }
	beforeStep = func(step string) {}
)

// UnfinishedError is an import stopped after its journal was written: the
// next rrp import finishes it.
type UnfinishedError struct{ Err error }

func (e *UnfinishedError) Error() string { return e.text().String() }

// Localize says the error in p's language.
func (e *UnfinishedError) Localize(p *i18n.Printer) string { return p.Text(e.text()) }

func (e *UnfinishedError) text() i18n.Text {
	return i18n.T("the import stopped half-way (%v): run rrp import again to finish it", e.Err)
}

func (e *UnfinishedError) Unwrap() error { return e.Err }

// Write writes every file or none: new files under names nobody took
// since the import was planned, corrected files in place of the old. A
// file whose path leads out of the project through a symbolic link is
// refused before anything is written. The caller holds the project's lock
// (writeguard.Acquire) and has run Recover.
func Write(dir string, files []*File) (err error) {
	for _, f := range files {
		if err := writeguard.Inside(dir, f.Path); err != nil {
			return err
		}
	}
	if len(files) == 0 {
		return nil
	}
	var created []string // folders to remove when the import is rolled back
	var stage string
	committed := false
	defer func() {
		if committed {
			return
		}
		if stage != "" {
			os.RemoveAll(stage)
		}
		for i := len(created) - 1; i >= 0; i-- {
			os.Remove(created[i])
		}
	}()
	records := filepath.Join(dir, load.RecordsDir)
	if created, err = mkdirAll(records); err != nil {
		return err
	}
	if stage, err = os.MkdirTemp(records, stagePrefix+"*"); err != nil {
		return err
	}
	j := journal{Stage: slashRel(dir, stage)}
	for i, f := range files {
		dirs, err := mkdirAll(filepath.Dir(f.Path))
		created = append(created, dirs...)
		if err != nil {
			return err
		}
		staged, err := stageFile(stage, i, f)
		if err != nil {
			return err
		}
		j.Files = append(j.Files, moved{Staged: slashRel(dir, staged), Target: slashRel(dir, f.Path)})
	}
	if err := commit(dir, &j); err != nil {
		return err
	}
	committed = true
	if err := complete(dir, &j); err != nil {
		return &UnfinishedError{Err: err}
	}
	return nil
}

// stageFile writes the i-th file's content into the staging folder. A new
// file's name is checked once more: one taken since the import was
// planned moves the file on to the next free name.
func stageFile(stage string, i int, f *File) (string, error) {
	data, err := f.content()
	if err != nil {
		return "", err
	}
	if f.replaces == nil {
		if _, err := os.Lstat(f.Path); err == nil {
			f.Path = freeName(f.base, 2)
		}
	}
	staged := filepath.Join(stage, fmt.Sprintf("%d.yaml", i+1))
	return staged, writeNew(staged, data)
}

// commit writes the journal whole under a temporary name and renames it
// into place: from then on the import is done, if need be by the next run.
func commit(dir string, j *journal) error {
	data, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(dir, filepath.FromSlash(load.ImportJournal))
	tmp := path + ".tmp"
	if err := writeNew(tmp, data); err != nil {
		os.Remove(tmp)
		return err
	}
	beforeStep("commit")
	if err := rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// complete moves every staged file of the journal into place (a file
// already moved is skipped), then deletes the journal and the stage.
func complete(dir string, j *journal) error {
	for _, m := range j.Files {
		staged, target := fromSlash(dir, m.Staged), fromSlash(dir, m.Target)
		if _, err := os.Lstat(staged); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		beforeStep("rename " + m.Target)
		// The folder was made before the commit; made again should
		// someone have removed it since.
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		if err := rename(staged, target); err != nil {
			return err
		}
	}
	beforeStep("clean up")
	if err := os.Remove(filepath.Join(dir, filepath.FromSlash(load.ImportJournal))); err != nil {
		return err
	}
	return os.RemoveAll(fromSlash(dir, j.Stage))
}

// Recover finishes an import an earlier run left half-done, and deletes
// what an import stopped before its journal left behind. It returns the
// files it wrote. The caller holds the project's lock.
func Recover(dir string) ([]string, error) {
	var done []string
	path := filepath.Join(dir, filepath.FromSlash(load.ImportJournal))
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		var j journal
		if err := json.Unmarshal(data, &j); err != nil || !j.valid() {
			return nil, i18n.Errorf("%s is damaged: delete it and the folders %s* beside it, then check the records it lists", path, stagePrefix)
		}
		if err := complete(dir, &j); err != nil {
			return nil, &UnfinishedError{Err: err}
		}
		for _, m := range j.Files {
			done = append(done, fromSlash(dir, m.Target))
		}
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	os.Remove(path + ".tmp")
	stages, _ := filepath.Glob(filepath.Join(dir, load.RecordsDir, stagePrefix+"*"))
	for _, s := range stages {
		if err := os.RemoveAll(s); err != nil {
			return done, err
		}
	}
	return done, nil
}

// valid reports whether every path of the journal stays in the records
// folder: a damaged or forged journal must not move files elsewhere.
func (j *journal) valid() bool {
	ok := func(p string) bool {
		return strings.HasPrefix(p, load.RecordsDir+"/") && !strings.Contains("/"+p+"/", "/../")
	}
	if !ok(j.Stage) {
		return false
	}
	for _, m := range j.Files {
		if !ok(m.Staged) || !ok(m.Target) || !strings.HasPrefix(m.Staged, j.Stage+"/") {
			return false
		}
	}
	return true
}

// writeSynced creates path, which must not exist, with data, on disk
// before it returns.
func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

func slashRel(dir, path string) string {
	rel, err := filepath.Rel(dir, path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

func fromSlash(dir, rel string) string { return filepath.Join(dir, filepath.FromSlash(rel)) }
