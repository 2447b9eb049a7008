package project_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cache"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/synth"
)

// outcome is everything a run shows of a project: its records, its
// findings and its figures.
type outcome struct {
	snap    *project.Snapshot
	checked *project.Checked
	figures *fulfil.Result
}

var cacheToday = date.New(2026, 1, 15)

func openRun(t *testing.T, dir string, opts load.Options) outcome {
	t.Helper()
	snap, err := project.OpenDir(dir, project.Options{Today: cacheToday, Load: opts})
	if err != nil {
		t.Fatal(err)
	}
	return outcome{snap, snap.Check(0), snap.Fulfil(fulfil.Options{AsOf: cacheToday, Thresholds: fulfil.DefaultThresholds})}
}

func same(t *testing.T, what string, got, want outcome) {
	t.Helper()
	if !reflect.DeepEqual(got.snap.Records, want.snap.Records) {
		t.Errorf("%s: the records differ from a run without the cache", what)
	}
	if !reflect.DeepEqual(got.checked, want.checked) {
		t.Errorf("%s: findings\n got %v\nwant %v", what, got.checked.Findings, want.checked.Findings)
	}
	if !reflect.DeepEqual(got.figures, want.figures) {
		t.Errorf("%s: the figures differ from a run without the cache", what)
	}
}

// cacheProjects are copies of the projects of the tests and the
// templates, and a synthetic one with mistakes and comments, their files
// dated an hour ago (as a project's are; files changed within the last
// seconds are never found by their stat).
func cacheProjects(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{}
	for _, src := range []string{"../cli/testdata/project", "../../templates/projects/podpora-rodin-lk",
		"../../templates/projects/plan-prace-kk-2011-2012", "../../templates/projects/mas-skch-socialni-zaclenovani"} {
		dst := t.TempDir()
		if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
		dirs[filepath.Base(src)] = dst
	}
	dst := t.TempDir()
	if err := synth.Write(dst, 300, 7); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"records/bad/a.yaml": "- date: 2025-13-01 # a comment, 777 123 456\n  output: 0.0/nic\n  hours: x\n",
		"records/bad/b.yaml": "date: [\n",
		"records/bad/c.yaml": "# only a comment\n",
		"records/bad/d.yaml": "- date: 2025-02-03\n  output: 1.1/setkani\n  note: beseda #2\n  id: rec-5\n",
	} {
		if err := os.MkdirAll(filepath.Join(dst, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dirs["synthetic"] = dst
	for _, dir := range dirs {
		if err := synth.Touch(dir, time.Now().Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	return dirs
}

// TestCachedRun: a run that fills the cache, one that takes every file
// from it by stat, and one that finds the files by their contents show
// what a run without the cache shows.
func TestCachedRun(t *testing.T) {
	for name, dir := range cacheProjects(t) {
		t.Run(name, func(t *testing.T) {
			c := cache.ForBuild(t.TempDir(), "test")
			opts := load.Options{Cache: c}
			want := openRun(t, dir, load.Options{})
			same(t, "filling", openRun(t, dir, opts), want)
			same(t, "by stat", openRun(t, dir, opts), want)
			if err := synth.Touch(dir, time.Now().Add(-30*time.Minute)); err != nil {
				t.Fatal(err)
			}
			same(t, "by contents", openRun(t, dir, opts), want)
			// From another folder: the names in positions are the
			// caller's, the payloads the same.
			rel, err := filepath.Rel(".", dir)
			if err == nil {
				same(t, "from elsewhere", openRun(t, rel, opts), openRun(t, rel, load.Options{}))
			}
		})
	}
}

// TestCachedRunChangedFile: a file changed since the cache was filled is
// read anew, whether its stat shows the change or not.
func TestCachedRunChangedFile(t *testing.T) {
	dir := cacheProjects(t)["synthetic"]
	c := cache.ForBuild(t.TempDir(), "test")
	openRun(t, dir, load.Options{Cache: c})
	path := filepath.Join(dir, "records/bad/d.yaml")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Same size, same modification time: only the contents differ.
	if err := os.WriteFile(path, []byte("- date: 2025-02-03\n  output: 1.1/setkani\n  note: beseda #3\n  id: rec-6\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
	same(t, "changed", openRun(t, dir, load.Options{Cache: c}), openRun(t, dir, load.Options{}))
}

// TestDamagedCache: whatever bytes of the cache are changed, a run shows
// what a run without the cache shows.
func TestDamagedCache(t *testing.T) {
	dir := cacheProjects(t)["synthetic"]
	want := openRun(t, dir, load.Options{})
	cacheDir := t.TempDir()
	c := cache.ForBuild(cacheDir, "test")
	openRun(t, dir, load.Options{Cache: c})
	packs, _ := filepath.Glob(filepath.Join(cacheDir, "*.pack"))
	if len(packs) != 1 {
		t.Fatalf("packs %v, want one", packs)
	}
	good, err := os.ReadFile(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	step := max(1, len(good)/97) // some 100 places, all through the pack
	for i := 0; i < len(good); i += step {
		bad := bytes.Clone(good)
		bad[i] ^= 0x5a
		if err := os.WriteFile(packs[0], bad, 0o600); err != nil {
			t.Fatal(err)
		}
		same(t, "damaged", openRun(t, dir, load.Options{Cache: c}), want)
	}
}

// TestConcurrentCachedRuns: runs at once over one project and one cache,
// while a file changes, each show what a run without the cache shows of
// the project as it then is.
func TestConcurrentCachedRuns(t *testing.T) {
	dir := cacheProjects(t)["synthetic"]
	c := cache.ForBuild(t.TempDir(), "test")
	want := openRun(t, dir, load.Options{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				same(t, "concurrent", openRun(t, dir, load.Options{Cache: c}), want)
			}
		}()
	}
	wg.Wait()
}
