package cmdutil

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// LockError says why command could not take the project's lock: another
// rrp command is writing (wait for it), or the folder cannot hold the lock
// file. nil stays nil.
func LockError(err error, command string) error {
	var busy *writeguard.BusyError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &busy):
		return &FailureError{Err: err, Hint: "wait for it to end and run %s again", HintArgs: []any{command}}
	}
	return &FailureError{Err: i18n.Errorf("cannot lock the project: %w", err), Hint: "check that the project folder is writable"}
}
