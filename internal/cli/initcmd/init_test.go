package initcmd

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// TestInitWhileAnotherWrites: init into a folder another rrp command is
// writing is refused with the hint to wait, and writes nothing.
func TestInitWhileAnotherWrites(t *testing.T) {
	dir := t.TempDir()
	lock, err := writeguard.Acquire(dir, "rrp import")
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	opts := &Options{IO: &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, Dir: dir}
	code, _, hint := cmdutil.ExitCode(run(opts), nil)
	if code != cmdutil.ExitFailure || hint != "wait for it to end and run rrp init again" {
		t.Errorf("exit %d, hint %q", code, hint)
	}
	if _, err := os.Stat(filepath.Join(dir, "plans")); !os.IsNotExist(err) {
		t.Errorf("plans/ was written: %v", err)
	}
}
