// Package safefile writes a file so that readers only ever see the old file
// or the complete new one: the content goes to a temporary file in the same
// folder, which is synced and renamed over the target. On any error the
// temporary file is removed and the target is untouched.
package safefile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// TempPrefix starts the name of every temporary file rrp writes in a
// project; .gitignore ignores it.
const TempPrefix = ".rrp-"

// Write creates or replaces path with what write produces.
func Write(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	// The name starts with .rrp-, which the .gitignore of rrp and of every
	// project rrp init makes ignores: a run killed mid-write leaves nothing
	// that git add -A would commit.
	tmp, err := os.CreateTemp(dir, TempPrefix+filepath.Base(path)+".*.tmp")
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
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file private (0600); a report is an ordinary
	// document.
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
