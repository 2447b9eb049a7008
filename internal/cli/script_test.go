package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run rrp in-process as a command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"rrp": func() { os.Exit(Main()) }})
}

// TestScripts runs the end-to-end scripts in testdata/script. Each starts
// in a copy of testdata/project, with any file the script itself brings
// taking precedence, and with today fixed so warnings about future dates
// do not depend on the day the tests run.
func TestScripts(t *testing.T) {
	fixture, err := filepath.Abs("testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	// One cache for every script, as one user's runs share theirs: the
	// scripts run at once, over projects they change between runs.
	cacheDir := t.TempDir()
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Cmds:                map[string]func(ts *testscript.TestScript, neg bool, args []string){"mkfifo": mkfifo},
		Setup: func(env *testscript.Env) error {
			env.Setenv("RRP_TODAY", "2026-01-15")
			env.Setenv("RRP_CACHE_DIR", cacheDir)
			if _, err := os.Stat(filepath.Join(env.WorkDir, "no-fixture")); err == nil {
				return nil
			}
			return copyMissing(fixture, env.WorkDir)
		},
	})
}

// copyMissing copies the files of src into dst that dst does not have yet.
func copyMissing(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if _, err := os.Stat(target); err == nil {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}
