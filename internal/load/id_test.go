package load

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestIDs: ids are read in Unicode NFC, so one written with a combining
// accent is the id written with a precomposed one; an id mixing Latin with
// Cyrillic or Greek look-alikes is refused at its value.
func TestIDs(t *testing.T) {
	const nfd = "pe\u0301c\u030ce"   // péče, accents combining
	const nfc = "p\u00e9\u010de"     // péče, precomposed
	const cyr = "supervиze"          // a Cyrillic и among Latin letters
	const cyrA = "ka04-\u0430ktivni" // a Cyrillic а
	tests := []struct {
		name   string
		output string
		want   string
		codes  []finding.Code
	}{
		{"ascii", "4.1/supervize", "4.1/supervize", nil},
		{"precomposed", "4.1/" + nfc, "4.1/" + nfc, nil},
		{"combining accents read as precomposed", "4.1/" + nfd, "4.1/" + nfc, nil},
		{"Cyrillic among Latin", "4.1/" + cyr, "", []finding.Code{finding.CodeMixedScript}},
		{"Cyrillic a", "4.1/" + cyrA, "", []finding.Code{finding.CodeMixedScript}},
		{"Greek epsilon", "4.1/supervizε", "", []finding.Code{finding.CodeMixedScript}},
		{"Czech is Latin", "4.1/ošetřovatelská-péče", "4.1/ošetřovatelská-péče", nil},
		{"all Cyrillic", "4.1/семинар", "4.1/семинар", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs finding.List
			recs := decodeRecords("r.yaml", []byte("date: 2025-03-12\noutput: "+tt.output+"\n"), &fs)
			var codes []finding.Code
			for _, f := range fs.Sorted() {
				codes = append(codes, f.Code)
				if f.Pos.String() != "r.yaml:2:9" || f.Hint == "" {
					t.Errorf("finding at %s, hint %q; want r.yaml:2:9 and a hint", f.Pos, f.Hint)
				}
			}
			if !slices.Equal(codes, tt.codes) {
				t.Fatalf("findings %v, want %v", fs.Sorted(), tt.codes)
			}
			if got := recs[0].Output.Val; got != tt.want {
				t.Errorf("output %q, want %q", got, tt.want)
			}
		})
	}
}

// TestKeysInNFC: two codelist keys that differ only in how their accents
// are encoded are one key written twice.
func TestKeysInNFC(t *testing.T) {
	var fs finding.List
	p := decodeProject("project.yaml", []byte("id: p\nname: n\nstart: 2025-01-01\nend: 2025-12-31\ntarget_groups:\n  p\u00e9\u010de: A\n  pe\u0301c\u030ce: B\n"), true, &fs)
	got := fs.Sorted()
	if len(got) != 1 || got[0].Code != finding.CodeDuplicateKey || got[0].Pos.String() != "project.yaml:7:3" {
		t.Fatalf("findings %v, want one duplicate-key at project.yaml:7:3", got)
	}
	if len(p.TargetGroups) != 1 {
		t.Errorf("target groups %v, want the first only", p.TargetGroups)
	}
}
