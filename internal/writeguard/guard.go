// Package writeguard keeps the commands that write records (rrp import,
// rrp new) from harming a project: one writer at a time (Lock), no write
// that a symbolic link carries out of the project (Inside), and no
// interrupt that stops a write half-way (HoldInterrupts).
package writeguard

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// LockFile is the lock's name in the project folder. Every file rrp keeps
// for itself while it writes starts with ".rrp-", the pattern the
// project's .gitignore lists, so that `git add -A` never commits one.
const LockFile = ".rrp-lock"

// ErrBusy is the error of a project another rrp command is writing to.
var ErrBusy = errors.New("another rrp command is writing to the project")

// BusyError names the command that holds the lock, when it said so.
type BusyError struct {
	Holder string // "rrp import (pid 4711)", or "" when unknown
}

func (e *BusyError) Error() string { return e.text().String() }

// Localize says the error in p's language.
func (e *BusyError) Localize(p *i18n.Printer) string { return p.Text(e.text()) }

func (e *BusyError) text() i18n.Text {
	if e.Holder == "" {
		return i18n.T("another rrp import or rrp new is running in this project")
	}
	return i18n.T("another %s is running in this project", e.Holder)
}

// Unwrap makes errors.Is(err, ErrBusy) hold.
func (e *BusyError) Unwrap() error { return ErrBusy }

// Lock is a held project lock.
type Lock struct {
	path    string
	release func() error
}

// Acquire takes the project's lock for command ("rrp import"), or fails
// at once with a *BusyError when another command holds it. The lock is
// the operating system's (flock on Unix, a file opened for no sharing on
// Windows), so a process that dies releases it: a lock file left by a
// killed run never blocks the next one.
func Acquire(dir, command string) (*Lock, error) {
	path := filepath.Join(dir, LockFile)
	if info, err := os.Lstat(path); err == nil && info.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%s is a symbolic link: delete it, rrp makes its own lock file", path)
	}
	release, err := lock(path, fmt.Sprintf("%s (pid %d)\n", command, os.Getpid()))
	if err != nil {
		return nil, err
	}
	return &Lock{path: path, release: release}, nil
}

// Release lets the next command write. It is safe to call twice.
func (l *Lock) Release() error {
	if l == nil || l.release == nil {
		return nil
	}
	err := l.release()
	l.release = nil
	return err
}

// holder reads who holds the lock at path, "" when it cannot tell.
func holder(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(data))
}

// HoldInterrupts defers Ctrl-C and SIGTERM until the returned function is
// called: a write that runs to its end leaves no temporary file, a write
// stopped half-way would. The function reports whether an interrupt came;
// the caller then stops as the interrupt asked.
func HoldInterrupts() (release func() bool) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return func() bool {
		signal.Stop(ch)
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
}
