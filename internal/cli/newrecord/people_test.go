package newrecord

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/plan"
)

// TestParseByGroup: groups by id or name, each once, each with a whole
// number; an error names the item by its place, never what was typed.
func TestParseByGroup(t *testing.T) {
	groups := []plan.Code{{ID: plan.Str{Val: "seniori"}, Name: plan.Str{Val: "Senioři"}},
		{ID: plan.Str{Val: "neformalni-pecujici"}, Name: plan.Str{Val: "Neformální pečující"}}}
	for _, tt := range []struct {
		answer, want, err string
	}{
		{"seniori 8, neformalni-pecujici 4", "[{seniori 8} {neformalni-pecujici 4}]", ""},
		{"Senioři: 3; NEFORMÁLNÍ PEČUJÍCÍ=0", "[{seniori 3} {neformalni-pecujici 0}]", ""},
		{"seniori 8, Jan Novák 2", "", "item 2 is not a target group"},
		{"seniori", "", "item 1: write a target group and its number"},
		{"seniori 1.5", "", "item 1: the number of participants is a whole number"},
		{"seniori -1", "", "item 1: the number of participants is a whole number"},
		{"seniori 2, Senioři 3", "", "item 2: target group seniori is given twice"},
	} {
		got, err := parseByGroup(tt.answer, groups)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.answer, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want %q", tt.answer, err, tt.err)
		case tt.err == "" && fmt.Sprint(got) != tt.want:
			t.Errorf("%q: got %v, want %s", tt.answer, got, tt.want)
		case err != nil && strings.Contains(err.Error(), "Novák"):
			t.Errorf("%q: the error repeats what was typed: %v", tt.answer, err)
		}
	}
}

// TestCheckCodes: at least one code, each matching the pattern and given
// once; an error names the code by its place only.
func TestCheckCodes(t *testing.T) {
	pattern := regexp.MustCompile(plan.DefaultPersonCode)
	for _, tt := range []struct {
		codes []string
		err   string
	}{
		{[]string{"K-017", "K-023"}, ""},
		{nil, "at least one person"},
		{[]string{"K-017", "Jan Novák"}, "code 2 is not a person code"},
		{[]string{"k-017"}, "code 1 is not a person code"},
		{[]string{"K-017", "K-023", "K-017"}, "code 3 repeats code 1"},
	} {
		err := checkCodes(tt.codes, pattern)
		if (err == nil) != (tt.err == "") || err != nil && !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: error %v, want %q", tt.codes, err, tt.err)
		}
		if err != nil && (strings.Contains(err.Error(), "Novák") || strings.Contains(err.Error(), "k-017")) {
			t.Errorf("%q: the error repeats a code: %v", tt.codes, err)
		}
	}
}
