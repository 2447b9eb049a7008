// Package safefile writes a file so that readers only ever see the old file
// or the complete new one: the content goes to a temporary file in the same
// folder, which is synced and renamed over the target. On any error the
// temporary file is removed and the target is untouched.
package safefile

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// TempPrefix starts the name of every temporary file rrp writes in a
// project; .gitignore ignores it.
const TempPrefix = ".rrp-"

// TempSuffix ends the name of every temporary file: a folder's leftovers
// of runs stopped half-way are found by it.
const TempSuffix = ".tmp"

// Options change how WriteWith writes.
type Options struct {
	// NoSync leaves out syncing the file before the rename: for a file
	// whose loss in a crash costs nothing (the cache, which checks itself
	// and is ignored when cut short).
	NoSync bool
	// Mode is the file's permissions; 0 is 0644, an ordinary document.
	Mode os.FileMode
}

// Write creates or replaces path with what write produces.
func Write(path string, write func(io.Writer) error) error {
	return WriteWith(path, Options{}, write)
}

// WriteWith is Write as o says.
func WriteWith(path string, o Options, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	// The name starts with .rrp-, which the .gitignore of rrp and of every
	// project rrp init makes ignores: a run killed mid-write leaves nothing
	// that git add -A would commit.
	tmp, err := os.CreateTemp(dir, TempPrefix+filepath.Base(path)+".*"+TempSuffix)
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if !o.NoSync {
		if err = tmp.Sync(); err != nil {
			return err
		}
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private (0600); a report is an ordinary
	// document.
	if err = os.Chmod(tmp.Name(), cmp.Or(o.Mode, 0o644)); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
