package load

import (
	"slices"
	"strconv"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestNumberForms: a number not written in decimal, and a YAML tag, are
// refused with a hint at the value; decimal numbers and !!str on text
// still read.
func TestNumberForms(t *testing.T) {
	tests := []struct {
		name     string
		value    string // of quantity, or of note for the tags
		key      string
		quantity float64
		code     finding.Code
		hint     string
	}{
		{"decimal", "12", "quantity", 12, "", ""},
		{"exponent", "1e3", "quantity", 1000, "", ""},
		{"leading zero is decimal", "012", "quantity", 12, "", ""},
		{"hexadecimal", "0x1F", "quantity", 0, finding.CodeNumberForm, "write it in decimal: 31"},
		{"octal", "0o17", "quantity", 0, finding.CodeNumberForm, "write it in decimal: 15"},
		{"binary", "0b101", "quantity", 0, finding.CodeNumberForm, "write it in decimal: 5"},
		{"underscores", "1_000", "quantity", 0, finding.CodeNumberForm, "write it without underscores: 1000"},
		{"infinity", ".inf", "quantity", 0, finding.CodeType, "write a number such as 3 or 1.5"},
		{"not a number", ".NaN", "quantity", 0, finding.CodeType, "write a number such as 3 or 1.5"},
		{"tagged int", "!!int 5", "quantity", 0, finding.CodeTag, "remove the !!int and write the value itself (in quotes if it is text)"},
		{"binary text", "!!binary aGVsbG8=", "note", 0, finding.CodeTag, "remove the !!binary and write the value itself (in quotes if it is text)"},
		{"custom tag", "!custom x", "note", 0, finding.CodeTag, "remove the !custom and write the value itself (in quotes if it is text)"},
		{"str on text is harmless", "!!str beseda", "note", 0, "", ""},
		{"tagged mapping", "!!map {total: 3}", "participants", 0, finding.CodeTag, "remove the !!map and write the value itself (in quotes if it is text)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs finding.List
			recs := decodeRecords("r.yaml", []byte("date: 2025-03-12\noutput: 4.1/e\n"+tt.key+": "+tt.value+"\n"), &fs)
			var codes []finding.Code
			for _, f := range fs.Sorted() {
				codes = append(codes, f.Code)
				if f.Hint != tt.hint || f.Pos.String() != "r.yaml:3:"+strconv.Itoa(len(tt.key)+3) {
					t.Errorf("finding at %s with hint %q, want r.yaml:3:%d with %q", f.Pos, f.Hint, len(tt.key)+3, tt.hint)
				}
			}
			var want []finding.Code
			if tt.code != "" {
				want = []finding.Code{tt.code}
			}
			if !slices.Equal(codes, want) {
				t.Fatalf("findings %v, want %v", fs.Sorted(), want)
			}
			if got := recs[0].Quantity.Val; got != tt.quantity {
				t.Errorf("quantity %g, want %g", got, tt.quantity)
			}
		})
	}
}
