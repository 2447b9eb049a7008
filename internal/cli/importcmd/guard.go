package importcmd

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/importer"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// hold takes the project for this import: its lock, interrupts held back
// until the import is written, and an earlier import left half-done
// finished first, so that the project read next is whole. A dry run
// writes nothing, so it takes no lock, and refuses a half-done import:
// what it would show is not what the project will hold.
func hold(opts *Options) (release func() error, err error) {
	if opts.DryRun {
		if _, err := os.Stat(filepath.Join(opts.Dir, filepath.FromSlash(load.ImportJournal))); err == nil {
			return nil, &cmdutil.FailureError{Err: i18n.Errorf("an earlier rrp import did not finish"),
				Hint: "run rrp import without --dry-run to finish it first"}
		}
		return func() error { return nil }, nil
	}
	lock, err := writeguard.Acquire(opts.Dir, "rrp import")
	if err != nil {
		return nil, cmdutil.LockError(err, "rrp import")
	}
	interrupted := writeguard.HoldInterrupts()
	release = func() error {
		lock.Release()
		if interrupted() {
			return &cmdutil.FailureError{Err: i18n.Errorf("interrupted (after the import was written whole)")}
		}
		return nil
	}
	done, err := importer.Recover(opts.Dir)
	for _, p := range done {
		fmt.Fprintln(opts.IO.ErrOut, opts.P.Sprintf("rrp: note: finished an import an earlier run left half-done: %s", p))
	}
	if err != nil {
		release()
		return nil, &cmdutil.FailureError{Err: err, Hint: "check that the records folder is writable"}
	}
	return release, nil
}
