package gitinfo

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestRead(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	if got := Read(dir); got != (Info{}) || got.String() != "mimo git" {
		t.Errorf("outside git: %+v %q", got, got.String())
	}
	git(t, dir, "init", "-q")
	write := func(name, content string) {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("records/a.yaml", "date: 2025-01-01\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "first")
	clean := Read(dir)
	if len(clean.Commit) != 40 || clean.Dirty {
		t.Errorf("committed tree: %+v", clean)
	}
	write("notes.txt", "not data")
	if Read(dir).Dirty {
		t.Error("a change outside plans/ and records/ made the data dirty")
	}
	write("records/a.yaml", "date: 2025-01-02\n")
	dirty := Read(dir)
	if !dirty.Dirty || dirty.Commit != clean.Commit {
		t.Errorf("changed record: %+v", dirty)
	}
	if want := clean.Commit[:12] + " (s neuloženými změnami)"; dirty.String() != want {
		t.Errorf("String() = %q, want %q", dirty.String(), want)
	}
}
