//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package writeguard

import (
	"errors"
	"os"
	"syscall"
)

// lock takes an exclusive flock on the file at path, created when
// missing, and writes who holds it. The file is removed on release; a
// command that opened it just before then finds, once it has the flock,
// that the name now belongs to another file, and tries again.
func lock(path, who string) (func() error, error) {
	for {
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|syscall.O_NOFOLLOW, 0o644)
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			if errors.Is(err, syscall.EWOULDBLOCK) {
				return nil, &BusyError{Holder: holder(path)}
			}
			return nil, err
		}
		if !stillNamed(f, path) {
			f.Close()
			continue
		}
		if err := f.Truncate(0); err == nil {
			f.WriteAt([]byte(who), 0)
		}
		return func() error {
			err := os.Remove(path)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return err
		}, nil
	}
}

// stillNamed reports whether path still names the open file f.
func stillNamed(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Lstat(path)
	return err == nil && os.SameFile(a, b)
}
