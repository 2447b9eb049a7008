//go:build windows

package writeguard

import (
	"errors"
	"os"
	"syscall"
)

// Windows has no flock in the standard library; a file opened with no
// sharing allowed is as good a lock: no other process can open it until
// the handle closes, which the system does when the process ends, and
// FILE_FLAG_DELETE_ON_CLOSE removes it then.
const (
	fileFlagDeleteOnClose = 0x04000000
	accessDelete          = 0x00010000
	errSharingViolation   = syscall.Errno(32)
)

func lock(path, who string) (func() error, error) {
	name, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(name, syscall.GENERIC_READ|syscall.GENERIC_WRITE|accessDelete, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL|fileFlagDeleteOnClose, 0)
	if err != nil {
		if errors.Is(err, errSharingViolation) || errors.Is(err, syscall.ERROR_ACCESS_DENIED) {
			// The holder's file cannot be read while it is held.
			return nil, &BusyError{}
		}
		return nil, err
	}
	f := os.NewFile(uintptr(h), path)
	f.Write([]byte(who))
	return f.Close, nil
}
