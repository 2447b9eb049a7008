// Package office runs LibreOffice, the spreadsheet program the workbooks
// and CSV files rrp writes are checked in, as a coordinator opens them.
// Only tests import it.
package office

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Find is the path of LibreOffice's soffice. It skips t with -short (a
// conversion takes seconds), and where LibreOffice is missing outside CI;
// in CI, which installs it, a missing one fails t. what is what the test
// checks in it ("the workbook").
func Find(t testing.TB, what string) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("opening %s in LibreOffice takes seconds; skipped with -short", what)
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice not found: CI must install libreoffice-calc-nogui (see .ci/run)")
		}
		t.Skipf("soffice not found: install libreoffice-calc-nogui to check %s in LibreOffice", what)
	}
	return soffice
}

// limit is how long one conversion may take.
const limit = 2 * time.Minute

// Run runs soffice headless with args, with a profile and a home of its
// own in dir and env added to the environment, and fails t unless it
// ends well within limit. It returns what soffice printed, for a test's
// message about a file it did not write.
func Run(t testing.TB, soffice, dir string, env []string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	args = append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--headless"}, args...)
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(append(os.Environ(), "HOME="+dir), env...)
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("LibreOffice did not finish in %v", limit)
	}
	if err != nil {
		t.Fatalf("LibreOffice failed: %v\n%s", err, out)
	}
	return out
}
