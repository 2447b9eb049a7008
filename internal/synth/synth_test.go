package synth

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDecodeFloor(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, 30, 7); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeFloor(dir); err != nil {
		t.Fatalf("the synthetic project does not decode: %v", err)
	}
	bad := filepath.Join(dir, "records", "000", "r0000000.yaml")
	if err := os.WriteFile(bad, []byte("- date: [2025\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := DecodeFloor(dir); err == nil {
		t.Error("a file that is not YAML decoded")
	}
}

var held []byte

func TestPeak(t *testing.T) {
	const size = 64 << 20
	peak := Peak(func() {
		held = make([]byte, size)
		for i := range held {
			held[i] = 1 // touch every page so it is really held
		}
	})
	held = nil
	if peak < size {
		t.Errorf("peak %d MB while holding %d MB", peak>>20, size>>20)
	}
}
