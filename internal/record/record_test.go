package record

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/source"
)

func text(s string, line int) source.Value[string] {
	return source.Value[string]{Val: s, Pos: source.At("records/a.yaml", line, 1)}
}

func TestTexts(t *testing.T) {
	r := &Record{
		Place: text("Kulturní dům", 1), Note: text("poznámka", 2), ID: text("r1", 3),
		Output: text("KA1/1.1/setkani", 4), Territory: text("orp-1", 5), Status: text("held", 6),
		Evidence: []source.Value[string]{text("a.pdf", 7), text("b.pdf", 8)},
		Persons:  []source.Value[string]{text("K-1", 9)},
	}
	var got []string
	for v := range r.Texts {
		got = append(got, v.Val)
	}
	want := []string{"Kulturní dům", "poznámka", "r1", "KA1/1.1/setkani", "orp-1", "held", "a.pdf", "b.pdf", "K-1"}
	if !slices.Equal(got, want) {
		t.Errorf("Texts gave %q, want %q", got, want)
	}
	for stop := range len(want) {
		n := 0
		for range r.Texts {
			if n == stop {
				break
			}
			n++
		}
		if n != stop {
			t.Errorf("breaking after %d texts went on to %d", stop, n)
		}
	}
}

// The personal-data check ranges over the texts of every record.
func TestTextsAllocatesNothing(t *testing.T) {
	r := &Record{Note: text("poznámka", 2), Evidence: []source.Value[string]{text("a.pdf", 7)}}
	var set int
	allocs := testing.AllocsPerRun(100, func() {
		for v := range r.Texts {
			if v.IsSet() {
				set++
			}
		}
	})
	if allocs != 0 {
		t.Errorf("ranging over Texts allocates %v times", allocs)
	}
	if set == 0 {
		t.Error("no text was set")
	}
}
