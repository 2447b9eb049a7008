package importer

import (
	"errors"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// records is the records folder's files and their content, and whether
// any of rrp's working files (.rrp-*) is left in it.
func records(t *testing.T, dir string) (files map[string]string, working []string) {
	t.Helper()
	files = map[string]string{}
	root := filepath.Join(dir, load.RecordsDir)
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if strings.HasPrefix(d.Name(), ".rrp-") {
			working = append(working, rel)
		}
		if d.Type().IsRegular() {
			data, _ := os.ReadFile(p)
			files[filepath.ToSlash(rel)] = string(data)
		}
		return nil
	})
	return files, working
}

// imported prepares the import of goodCSV (three files) in a new project.
func imported(t *testing.T) (string, *Result) {
	t.Helper()
	dir := testProject(t)
	tb, err := ReadCSV("akce.csv", []byte(goodCSV))
	if err != nil {
		t.Fatal(err)
	}
	res := prepare(t, dir, tb, nil)
	if !res.OK() || len(res.Files) != 3 {
		t.Fatalf("problems %+v, files %d", res.Findings, len(res.Files))
	}
	return dir, res
}

// wholeImport is what the records folder holds after the import of goodCSV.
func wholeImport(t *testing.T) map[string]string {
	dir, res := imported(t)
	if err := Write(dir, res.Files); err != nil {
		t.Fatal(err)
	}
	files, _ := records(t, dir)
	return files
}

// failAt makes the n-th file operation of a write fail, and restores the
// operations when the test ends. It returns how many ran.
func failAt(t *testing.T, n int) *int {
	calls := new(int)
	boom := errors.New("injected failure")
	step := func() error {
		*calls++
		if *calls == n {
			return boom
		}
		return nil
	}
	oldRename, oldWrite, oldMkdir := rename, writeNew, makeDir
	t.Cleanup(func() { rename, writeNew, makeDir = oldRename, oldWrite, oldMkdir })
	rename = func(a, b string) error {
		if err := step(); err != nil {
			return err
		}
		return oldRename(a, b)
	}
	writeNew = func(p string, data []byte) error {
		if err := step(); err != nil {
			return err
		}
		return oldWrite(p, data)
	}
	makeDir = func(d string) error {
		if err := step(); err != nil {
			return err
		}
		return oldMkdir(d)
	}
	return calls
}

// unfinished reports whether rrp validate would report an unfinished import.
func unfinished(t *testing.T, dir string) bool {
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings.Sorted() {
		if f.Code == finding.CodeUnfinishedImport {
			return true
		}
	}
	return false
}

// A write that fails at any one of its file operations leaves either
// nothing (rolled back) or a journal that rrp validate reports and the
// next run follows to the whole import.
func TestWriteFailingAtEachStep(t *testing.T) {
	want := wholeImport(t)
	rolledBack, finished := 0, 0
	for n := 1; ; n++ {
		dir, res := imported(t)
		calls := failAt(t, n)
		err := Write(dir, res.Files)
		if err == nil {
			if *calls >= n {
				t.Fatalf("step %d failed but Write succeeded", n)
			}
			break
		}
		files, working := records(t, dir)
		var half *UnfinishedError
		if errors.As(err, &half) {
			finished++
			if !unfinished(t, dir) {
				t.Errorf("step %d: the import stopped half-way and validate reports nothing", n)
			}
			rename, writeNew, makeDir = os.Rename, writeSynced, func(d string) error { return os.Mkdir(d, 0o755) }
			if _, err := Recover(dir); err != nil {
				t.Fatalf("step %d: recover: %v", n, err)
			}
			files, working = records(t, dir)
			if !maps.Equal(files, want) {
				t.Errorf("step %d: after recovery the records are\n%v", n, slices.Sorted(maps.Keys(files)))
			}
		} else {
			rolledBack++
			if len(files) != 0 || unfinished(t, dir) {
				t.Errorf("step %d: %v, yet files were left: %v", n, err, slices.Sorted(maps.Keys(files)))
			}
		}
		if len(working) > 0 {
			t.Errorf("step %d: working files left: %v", n, working)
		}
	}
	// 3 staged files and the journal's before the commit, the journal's
	// rename, then 3 renames into place.
	if rolledBack < 4 || finished < 3 {
		t.Errorf("rolled back %d times, finished %d times: the steps were not all reached", rolledBack, finished)
	}
}

// TestImportProcess is the import a test runs in a process of its own,
// which stops at the step RRP_TEST_STOP_AT names until the file "go"
// appears in the project (or it is killed).
func TestImportProcess(t *testing.T) {
	dir := os.Getenv("RRP_TEST_IMPORT_DIR")
	if dir == "" {
		t.Skip("run by TestKilledImport and TestConcurrentImport")
	}
	stopAt, _ := strconv.Atoi(os.Getenv("RRP_TEST_STOP_AT"))
	steps := 0
	beforeStep = func(string) {
		if steps++; steps != stopAt {
			return
		}
		os.WriteFile(filepath.Join(dir, "ready"), nil, 0o644)
		for {
			if _, err := os.Stat(filepath.Join(dir, "go")); err == nil {
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	lock, err := writeguard.Acquire(dir, "rrp import")
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Release()
	if _, err := Recover(dir); err != nil {
		t.Fatal(err)
	}
	tb, _ := ReadCSV("akce.csv", []byte(goodCSV))
	if err := Write(dir, prepare(t, dir, tb, nil).Files); err != nil {
		t.Fatal(err)
	}
}

// startImport starts TestImportProcess on the project in dir, stopping at
// step stopAt, and waits until it got there.
func startImport(t *testing.T, dir string, stopAt int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestImportProcess$")
	cmd.Env = append(os.Environ(), "RRP_TEST_IMPORT_DIR="+dir, "RRP_TEST_STOP_AT="+strconv.Itoa(stopAt))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(dir, "ready")); err == nil {
			return cmd
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the import process never reached its step")
		}
	}
}

// A killed import, at any step, leaves a project the next import finishes
// or never started, and no lock that blocks it.
func TestKilledImport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	want := wholeImport(t)
	// The steps: the journal's rename, the three files', the clean-up.
	for step := 1; step <= 5; step++ {
		dir := testProject(t)
		cmd := startImport(t, dir, step)
		cmd.Process.Kill()
		cmd.Wait()
		os.Remove(filepath.Join(dir, "ready"))
		if got := unfinished(t, dir); got != (step > 1) {
			t.Errorf("killed before step %d: validate reports an unfinished import: %v", step, got)
		}
		lock, err := writeguard.Acquire(dir, "rrp import")
		if err != nil {
			t.Fatalf("killed before step %d: the next run cannot lock: %v", step, err)
		}
		if _, err := Recover(dir); err != nil {
			t.Fatal(err)
		}
		lock.Release()
		files, working := records(t, dir)
		if len(working) > 0 {
			t.Errorf("killed before step %d: working files left after the next run: %v", step, working)
		}
		if step > 1 && !maps.Equal(files, want) {
			t.Errorf("killed before step %d: the next run left %v", step, slices.Sorted(maps.Keys(files)))
		}
		if step == 1 && len(files) != 0 {
			t.Errorf("killed before the commit: the next run left %v", slices.Sorted(maps.Keys(files)))
		}
	}
}

// Of two imports at once, the one that holds the project writes; the
// other is refused at once, naming the one that runs.
func TestConcurrentImport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs processes")
	}
	dir := testProject(t)
	cmd := startImport(t, dir, 1)
	_, err := writeguard.Acquire(dir, "rrp import")
	if err == nil || !strings.HasPrefix(err.Error(), "another rrp import (pid "+strconv.Itoa(cmd.Process.Pid)+") is running") {
		t.Errorf("the second import: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "go"), nil, 0o644)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the first import: %v", err)
	}
	files, working := records(t, dir)
	if !maps.Equal(files, wholeImport(t)) || len(working) > 0 {
		t.Errorf("records %v, working files %v", slices.Sorted(maps.Keys(files)), working)
	}
}
