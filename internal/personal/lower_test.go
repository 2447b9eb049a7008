package personal

import (
	"strings"
	"testing"
)

// TestContainsLower: the copy-free comparison finds what strings.ToLower
// and strings.Contains find, Unicode upper case and broken UTF-8 included.
func TestContainsLower(t *testing.T) {
	texts := []string{"", "a", "at", "AT", "Jan (AT) seznam", "ZAVINÁČ", "zavin", "ZAVİN", "zav\xffin",
		"Obecní úřad", "Kat", "K\u212Aat", "ZAVI", "xxzavinac", "ňat", "a\u0301t", "\u0130N", "x\u212AAT"}
	for _, s := range texts {
		for _, sub := range []string{"zavin", "at", "a", "in", "kat"} {
			if got, want := containsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
