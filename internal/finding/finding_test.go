package finding

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/source"
)

func TestSortedOrdersAndDeduplicates(t *testing.T) {
	var l List
	l.Warnf(source.At("b.yaml", 1, 1), "w", "", "warning in b")
	l.Errorf(source.At("a.yaml", 10, 2), "e", "", "late in a")
	l.Errorf(source.At("a.yaml", 2, 5), "e", "", "early in a")
	l.Warnf(source.At("a.yaml", 2, 5), "w", "", "same place, a warning")
	l.Errorf(source.At("a.yaml", 10, 2), "e", "", "late in a")
	got := l.Sorted()
	want := []string{"early in a", "same place, a warning", "late in a", "warning in b"}
	if len(got) != len(want) {
		t.Fatalf("got %d findings, want %d: %v", len(got), len(want), got)
	}
	for i, f := range got {
		if f.Message != want[i] {
			t.Errorf("finding %d = %q, want %q", i, f.Message, want[i])
		}
	}
	if errs, warns := Count(got); errs != 2 || warns != 2 {
		t.Errorf("Count = %d errors, %d warnings", errs, warns)
	}
}

func TestLinesSortNumerically(t *testing.T) {
	var l List
	l.Errorf(source.At("a.yaml", 10, 1), "e", "", "ten")
	l.Errorf(source.At("a.yaml", 9, 1), "e", "", "nine")
	if got := l.Sorted()[0].Message; got != "nine" {
		t.Errorf("line 9 sorts before line 10, got %q first", got)
	}
}
