package safefile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestWriteReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xlsx")
	for _, content := range []string{"first", "second"} {
		if err := Write(path, func(w io.Writer) error { _, err := io.WriteString(w, content); return err }); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); string(got) != content {
			t.Errorf("got %q, want %q", got, content)
		}
	}
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.xlsx")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "partial")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("want the writer's error, got %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the old file changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("a temporary file was left behind: %v", entries)
	}
}

// TestOptions: a private file (a cache pack) gets its mode, and without
// syncing a failed write still leaves the old file whole and nothing else;
// an ordinary one is 0644.
func TestOptions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows keeps no Unix permissions")
	}
	dir := t.TempDir()
	private, plain := filepath.Join(dir, "p.pack"), filepath.Join(dir, "r.xlsx")
	o := Options{NoSync: true, Mode: 0o600}
	if err := WriteWith(private, o, func(w io.Writer) error { _, err := io.WriteString(w, "old pack"); return err }); err != nil {
		t.Fatal(err)
	}
	if err := Write(plain, func(io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]os.FileMode{private: 0o600, plain: 0o644} {
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", filepath.Base(path), info.Mode().Perm(), want)
		}
	}
	full := errors.New("no space left on device")
	err := WriteWith(private, o, func(w io.Writer) error {
		io.WriteString(w, "half of a new")
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("got %v, want the write's error", err)
	}
	if got, _ := os.ReadFile(private); string(got) != "old pack" {
		t.Errorf("the pack reads %q after a failed write", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left: %v", entries)
	}
}

func TestMissingFolder(t *testing.T) {
	err := Write(filepath.Join(t.TempDir(), "no", "r.xlsx"), func(io.Writer) error { return nil })
	if err == nil {
		t.Error("want an error for a missing folder")
	}
}

// TestTempFileIsIgnored: a write killed half-way leaves its temporary file;
// the repository's .gitignore must keep it out of a commit.
func TestTempFileIsIgnored(t *testing.T) {
	ignore, err := os.ReadFile(filepath.Join("..", "..", ".gitignore"))
	if err != nil {
		t.Fatal(err)
	}
	var tmpName string
	path := filepath.Join(t.TempDir(), "zprava.xlsx")
	err = Write(path, func(w io.Writer) error {
		tmpName = filepath.Base(w.(*os.File).Name())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(ignore), "\n") {
		if ok, _ := filepath.Match(strings.TrimSpace(line), tmpName); ok && !strings.HasPrefix(line, "/") {
			return
		}
	}
	t.Errorf("no pattern of .gitignore ignores the temporary file %s", tmpName)
}
