//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package writeguard

import (
	"errors"
	"io/fs"
	"os"
)

// lock creates the file at path exclusively. On these systems a lock left
// by a killed command stays: the error names the file to delete.
func lock(path, who string) (func() error, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, &BusyError{Holder: holder(path)}
	}
	if err != nil {
		return nil, err
	}
	f.Write([]byte(who))
	f.Close()
	return func() error { return os.Remove(path) }, nil
}
