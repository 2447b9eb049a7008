package synth

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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

func TestMedian(t *testing.T) {
	for _, tt := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{2, 9, 1, 1, 1}, 1},
	} {
		if got := median(tt.xs); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}

// TestPaired: every run of f is timed beside a floor of its own, and a run
// that waits far longer than the floor of 30 records takes shows as many
// times it.
func TestPaired(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, 30, 7); err != nil {
		t.Fatal(err)
	}
	var runs, n int
	var pairs Pairs
	testing.Benchmark(func(b *testing.B) {
		runs, n = 0, b.N
		pairs = Paired(b, dir, func() { runs++; time.Sleep(100 * time.Millisecond) })
	})
	if runs != n || n == 0 {
		t.Errorf("f ran %d times in a benchmark of %d", runs, n)
	}
	if pairs.Floor <= 0 || pairs.Floor > 50*time.Millisecond || pairs.Ratio < 2 {
		t.Errorf("floor %v, ratio %.2f", pairs.Floor, pairs.Ratio)
	}
}
