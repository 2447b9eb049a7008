package scaffold

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/kraj-hk/rrp/internal/writeguard"
)

// ErrExists is a file the new project would overwrite.
type ErrExists struct{ Paths []string }

func (e *ErrExists) Error() string {
	return fmt.Sprintf("%s already exists", e.Paths[0])
}

// Write writes the files below dir, all or none: a file that exists
// already stops it before anything is written, and a failure midway
// removes what it wrote. It holds the project's lock meanwhile, so that
// two runs at once cannot mix their files (the second is refused), and
// an interrupt waits until the files are whole.
func Write(dir string, files map[string][]byte) (err error) {
	w := &writer{dir: dir}
	if err := w.mkdirs(dir); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			w.undo()
		}
	}()
	lock, err := writeguard.Acquire(dir, "rrp init")
	if err != nil {
		return err
	}
	defer lock.Release()
	defer writeguard.HoldInterrupts()()
	return w.writeAll(files)
}

// writeAll writes the files, none when one is in the way.
func (w *writer) writeAll(files map[string][]byte) error {
	dir := w.dir
	var exist []string
	for _, p := range Paths(files) {
		if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(p))); !errors.Is(err, fs.ErrNotExist) {
			exist = append(exist, p)
		}
	}
	if len(exist) > 0 {
		return &ErrExists{Paths: exist}
	}
	for _, p := range Paths(files) {
		if err := w.create(p, files[p]); err != nil {
			return err
		}
	}
	return nil
}

// writer remembers what it created, to take it back.
type writer struct {
	dir     string
	created []string // files and folders, in the order made
}

func (w *writer) create(rel string, data []byte) error {
	path := filepath.Join(w.dir, filepath.FromSlash(rel))
	if err := w.mkdirs(filepath.Dir(path)); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	w.created = append(w.created, path)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// mkdirs makes dir and the folders above it that are missing, noting
// each.
func (w *writer) mkdirs(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := w.mkdirs(filepath.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	w.created = append(w.created, dir)
	return nil
}

// undo removes what was created, the newest first.
func (w *writer) undo() {
	for _, p := range slices.Backward(w.created) {
		os.Remove(p)
	}
}
