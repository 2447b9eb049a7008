package cache

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteFailsHalfway: a pack whose writing fails half-way (a full disk)
// leaves the pack that was there whole and no temporary file behind.
func TestWriteFailsHalfway(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.pack")
	if err := os.WriteFile(path, []byte("old pack"), 0o600); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	err := writeAtomic(dir, path, func(w io.Writer) error {
		if _, err := io.WriteString(w, "half of a new"); err != nil {
			return err
		}
		return full
	})
	if !errors.Is(err, full) {
		t.Fatalf("got %v, want the write's error", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old pack" {
		t.Errorf("the pack reads %q after a failed write", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left: %v", entries)
	}
}
