package check

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

func TestDupMessage(t *testing.T) {
	tests := []struct {
		format string
		scope  []any
		want   string
	}{
		{"output id %q is used twice in activity %s", []any{"5.1"}, `output id "x" is used twice in activity 5.1`},
		{"part id %q is used twice in output %s", []any{"5.1/o"}, `part id "x" is used twice in output 5.1/o`},
		{"activity id %q is used twice", nil, `activity id "x" is used twice`},
	}
	for _, tt := range tests {
		var fs finding.List
		seen := firstSeen{}
		seen.dup(&fs, source.Value[string]{Val: "x", Pos: source.At("a.yaml", 1, 1)}, tt.format, tt.scope...)
		seen.dup(&fs, source.Value[string]{Val: "x", Pos: source.At("a.yaml", 2, 1)}, tt.format, tt.scope...)
		got := fs.Sorted()
		if len(got) != 1 || got[0].Message != tt.want || got[0].Pos.Line != 2 || got[0].Hint != "give it another id; the first one is at a.yaml:1:1" {
			t.Errorf("got %v, want one finding on line 2: %s", got, tt.want)
		}
	}
}
