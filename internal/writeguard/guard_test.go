package writeguard

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSecondLockIsRefusedUntilReleased(t *testing.T) {
	dir := t.TempDir()
	first, err := Acquire(dir, "rrp import")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Acquire(dir, "rrp new")
	var busy *BusyError
	if !errors.As(err, &busy) || !errors.Is(err, ErrBusy) {
		t.Fatalf("second lock: %v", err)
	}
	if want := "another rrp import (pid "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error %q, want it to start with %q", err, want)
	}
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(filepath.Join(dir, LockFile)); !os.IsNotExist(err) {
		t.Errorf("the lock file stays after release: %v", err)
	}
	second, err := Acquire(dir, "rrp new")
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	second.Release()
	second.Release() // twice is harmless
}

// A lock file left by a killed command holds no lock.
func TestLeftoverLockFileDoesNotBlock(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, LockFile), []byte("rrp import (pid 999999)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Acquire(dir, "rrp import")
	if err != nil {
		t.Fatal(err)
	}
	l.Release()
}

func TestInside(t *testing.T) {
	outside := t.TempDir()
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "records", "2025"), 0o755))
	must(os.MkdirAll(filepath.Join(dir, "elsewhere"), 0o755))
	must(os.Symlink(outside, filepath.Join(dir, "records", "2026")))
	must(os.Symlink(filepath.Join(dir, "elsewhere"), filepath.Join(dir, "records", "2027")))
	must(os.Symlink(filepath.Join(outside, "x.yaml"), filepath.Join(dir, "records", "2025", "link.yaml")))
	tests := []struct {
		path, link string // link "": allowed
	}{
		{"records/2025/KA04/a.yaml", ""},
		{"records/2028/KA04/a.yaml", ""},
		{"records/2027/KA04/a.yaml", ""}, // a link that stays inside
		{"records/2026/KA04/a.yaml", "records/2026"},
		{"records/2025/link.yaml", "records/2025/link.yaml"},
	}
	for _, tt := range tests {
		err := Inside(dir, filepath.Join(dir, filepath.FromSlash(tt.path)))
		var out *OutsideError
		switch {
		case tt.link == "" && err != nil:
			t.Errorf("%s: %v", tt.path, err)
		case tt.link != "" && !errors.As(err, &out):
			t.Errorf("%s: want an OutsideError, got %v", tt.path, err)
		case tt.link != "" && out.Link != filepath.Join(dir, filepath.FromSlash(tt.link)):
			t.Errorf("%s: link %s, want %s", tt.path, out.Link, tt.link)
		}
	}
	// The whole records folder a link out.
	dir2 := t.TempDir()
	must(os.Symlink(outside, filepath.Join(dir2, "records")))
	if err := Inside(dir2, filepath.Join(dir2, "records", "2025", "a.yaml")); err == nil {
		t.Error("records/ linked out of the project: no error")
	}
	if err := Inside(dir2, filepath.Join(outside, "a.yaml")); err == nil {
		t.Error("a path outside the project: no error")
	}
}
