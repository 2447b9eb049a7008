package check

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// TestEachRecord: records checked on several cores are each checked
// once, whatever their number.
func TestEachRecord(t *testing.T) {
	for _, n := range []int{0, 1, minPart - 1, 4*minPart + 3} {
		var fs finding.List
		eachRecord(n, &fs, func(i int, fs *finding.List) {
			fs.Errorf(source.At("r.yaml", i+1, 1), "code", "", "record %d", i)
		})
		got := fs.Sorted()
		if len(got) != n {
			t.Fatalf("%d records: %d findings", n, len(got))
		}
		for i, f := range got {
			if f.Pos.Line != int32(i+1) {
				t.Fatalf("%d records: finding %d at line %d", n, i, f.Pos.Line)
			}
		}
	}
}
