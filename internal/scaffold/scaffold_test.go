package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// TestBlankValidates: the blank project rrp init writes opens with no
// finding, and has what its repository needs beside the data.
func TestBlankValidates(t *testing.T) {
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"plans/project.yaml", "plans/ka1.yaml", "records/.gitkeep", ".gitignore", "README.md",
		".github/workflows/rrp.yml", ".gitlab-ci.yml", "templates/schemas/record.schema.json"} {
		if _, ok := files[want]; !ok {
			t.Errorf("no %s in %v", want, Paths(files))
		}
	}
	dir := t.TempDir()
	if err := Write(dir, files); err != nil {
		t.Fatal(err)
	}
	snap, err := project.OpenDir(dir, project.Options{Today: date.New(2026, 6, 1)})
	if err != nil {
		t.Fatal(err)
	}
	if c := snap.Check(0); len(c.Findings) != 0 {
		t.Errorf("the blank project has findings: %v", c.Findings)
	}
}

func TestUnknownExample(t *testing.T) {
	if _, err := Files("nothing-like-it"); !errors.Is(err, ErrUnknown) {
		t.Errorf("err %v, want ErrUnknown", err)
	}
}

// TestWriteNeverOverwrites: one file in the way stops the whole write, and
// the file keeps what it held.
func TestWriteNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "README.md")
	if err := os.WriteFile(mine, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(dir, map[string][]byte{"plans/project.yaml": []byte("id: x\n"), "README.md": []byte("theirs")})
	var exists *ErrExists
	if !errors.As(err, &exists) || len(exists.Paths) != 1 || exists.Paths[0] != "README.md" {
		t.Fatalf("err %v, want README.md in the way", err)
	}
	if data, _ := os.ReadFile(mine); string(data) != "mine" {
		t.Errorf("README.md now holds %q", data)
	}
	if _, err := os.Stat(filepath.Join(dir, "plans")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("plans/ was made: %v", err)
	}
}

// TestWriteUndoes: a failure midway removes every file and folder the
// write made, and nothing else.
func TestWriteUndoes(t *testing.T) {
	dir := t.TempDir()
	// A folder where a file must go makes the second file fail.
	files := map[string][]byte{"a/b/c.yaml": []byte("x"), "a/b/d.yaml": []byte("y"), "z": nil}
	if err := os.Mkdir(filepath.Join(dir, "keep"), 0o755); err != nil {
		t.Fatal(err)
	}
	w := &writer{dir: dir}
	if err := w.create("a/b/c.yaml", files["a/b/c.yaml"]); err != nil {
		t.Fatal(err)
	}
	if err := w.create("keep", nil); err == nil {
		t.Fatal("writing over a folder succeeded")
	}
	w.undo()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "keep" {
		t.Errorf("left %v, want only keep/", entries)
	}
}

// TestExamplesInitialise: every example rrp init --list names starts a
// project that opens without an error and counts something.
func TestExamplesInitialise(t *testing.T) {
	examples, err := Examples()
	if err != nil {
		t.Fatal(err)
	}
	if len(examples) == 0 {
		t.Fatal("no examples")
	}
	for _, e := range examples {
		t.Run(e.ID, func(t *testing.T) {
			if e.About == "" {
				t.Error("no line says what the example follows")
			}
			files, err := Files(e.ID)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if err := Write(dir, files); err != nil {
				t.Fatal(err)
			}
			snap, err := project.OpenDir(dir, project.Options{Today: date.Max})
			if err != nil {
				t.Fatal(err)
			}
			if c := snap.Check(0); c.Errors != 0 {
				t.Errorf("%d errors: %v", c.Errors, c.Findings)
			}
			if len(snap.Records) < 30 {
				t.Errorf("%d records, want 30 or more", len(snap.Records))
			}
		})
	}
}

// TestWriteTwiceAtOnce: two runs into one folder at once leave one whole
// project: one writes, the other is refused (busy, or finding the files
// there), and nothing is mixed.
func TestWriteTwiceAtOnce(t *testing.T) {
	files, err := Files("")
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		dir := filepath.Join(t.TempDir(), "novy")
		errs := make(chan error, 2)
		start := make(chan struct{})
		for range 2 {
			go func() {
				<-start
				errs <- Write(dir, files)
			}()
		}
		close(start)
		a, b := <-errs, <-errs
		if (a == nil) == (b == nil) {
			t.Fatalf("both %v and %v: exactly one run must write", a, b)
		}
		refused := a
		if refused == nil {
			refused = b
		}
		var exists *ErrExists
		if !errors.Is(refused, writeguard.ErrBusy) && !errors.As(refused, &exists) {
			t.Fatalf("the other run: %v, want busy or files in the way", refused)
		}
		for _, p := range Paths(files) {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			if err != nil || string(data) != string(files[p]) {
				t.Fatalf("%s: %v, or not what was written", p, err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, writeguard.LockFile)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the lock file is left: %v", err)
		}
	}
}
