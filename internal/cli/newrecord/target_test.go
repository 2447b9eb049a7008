package newrecord

import (
	"maps"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// TestKANumber: the number a key activity's id carries, which the list
// of key activities shows and takes; none for an id without one.
func TestKANumber(t *testing.T) {
	for id, want := range map[string]int{
		"KA4": 4, "KA17": 17, "KA 12": 12, "ka04": 4, "4": 4,
		"KA-sever": 0, "KA0": 0, "KA4b": 0, "": 0, "KA99999999999999999999": 0,
	} {
		if got := kaNumber(id); got != want {
			t.Errorf("kaNumber(%q) = %d, want %d", id, got, want)
		}
	}
}

// TestErrorKeys: the errors of a draft are placed at the keys whose
// values hold their lines, a nested one at its key; warnings do not
// count; an error before the first key or without a line places none.
func TestErrorKeys(t *testing.T) {
	data := []byte(`# comment
date: 2024-12-31
output: 4.1/supervize
participants:
  total: 3
  by_group: {seniori: 5}
note: volejte 603 123 456
`)
	at := func(sev finding.Severity, line int32) finding.Finding {
		return finding.Finding{Severity: sev, Pos: source.Pos{Line: line, Col: 1}}
	}
	for _, tt := range []struct {
		name string
		own  []finding.Finding
		want []string // nil: ask everything again
	}{
		{"date", []finding.Finding{at(finding.Error, 2)}, []string{"date"}},
		{"nested and note", []finding.Finding{at(finding.Error, 6), at(finding.Error, 7)}, []string{"note", "participants"}},
		{"warnings aside", []finding.Finding{at(finding.Warning, 3), at(finding.Error, 7)}, []string{"note"}},
		{"before the first key", []finding.Finding{at(finding.Error, 1)}, nil},
		{"no line", []finding.Finding{at(finding.Error, 0)}, nil},
	} {
		got := draft{data: data, own: tt.own}.errorKeys()
		if (got == nil) != (tt.want == nil) || !slices.Equal(slices.Sorted(maps.Keys(got)), tt.want) {
			t.Errorf("%s: keys %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAsks: the interview asks again alone only for the values it asks
// for; the output, or a value given only as a flag, needs it all.
func TestAsks(t *testing.T) {
	iv := &interview{}
	for _, tt := range []struct {
		keys []string
		want bool
	}{
		{[]string{"date"}, true},
		{[]string{"note", "participants"}, true},
		{[]string{"output"}, false},
		{[]string{"note", "id"}, false},
		{nil, false},
	} {
		keys := map[string]bool{}
		for _, k := range tt.keys {
			keys[k] = true
		}
		if got := iv.asks(keys); got != tt.want {
			t.Errorf("asks(%v) = %v, want %v", tt.keys, got, tt.want)
		}
	}
}
