package check

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

func TestPersonalText(t *testing.T) {
	tests := []struct {
		text string
		want string // the message, "" for none
	}{
		{"kontakt jan.novak@example.cz", "an e-mail address"},
		{"pečující: marie.dvořáková@seznam.cz", "an e-mail address"},
		{"rč 850315/1236", "a birth number (rodné číslo)"},
		{"rč 8503151236", ""}, // ten digits failing the modulo-11 check: not a birth number, too long for a phone
		{"rč 8553151233", "a birth number (rodné číslo)"},
		{"narozena 535612/123", "a birth number (rodné číslo)"},
		{"tel. +420 603 123 456", "a phone number"},
		{"volejte 603123456", "a phone number"},
		{"podatelna 491 111 222", ""}, // a public contact of the project
		{"evidence/KA04/2025-03-12-prezencni-listina.pdf", ""},
		{"setkání 12. 3. 2025 od 10:00 do 12:30", ""},
		{"@obec na sociálních sítích", ""},
		{"registrace CZ.03.02.02/00/22_007/0000123", ""},
		{"faktura 2025/123", ""},
	}
	p := &plan.Project{PublicContacts: []plan.Str{{Val: "491 111 222"}}}
	for _, tt := range tests {
		var fs finding.List
		personalText(detector(p), source.Value[string]{Val: tt.text, Pos: source.At("r.yaml", 1, 1)}, &fs)
		got := ""
		if fs.Len() > 0 {
			got = fs.Sorted()[0].Message
		}
		if got != tt.want {
			t.Errorf("personalText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestWithholdQuoted holds that a finding quoting a flagged text, or a
// quoted value that looks like personal data, does not repeat it.
func TestWithholdQuoted(t *testing.T) {
	out := source.Value[string]{Val: "4.1/volat 777 123 456", Pos: source.At("r.yaml", 2, 9)}
	recs := []record.Record{{Output: out}}
	var fs finding.List
	fs.Errorf(out.Pos, finding.CodeUnknownOutput, `no activity "4.1"`, "output %q is not in the plan", out.Val)
	fs.Errorf(source.At("r.yaml", 3, 8), finding.CodeType, "write a number", "hours: expected a number, found %q", "603 123 456")
	fs.Errorf(source.At("r.yaml", 4, 8), finding.CodeStatus, "use one of: held", "unknown status %q", "hotovo")
	got := Withhold(&plan.Project{}, &fs, recs, personal.Set{out.Pos: true}).Sorted()
	for _, f := range got {
		all := f.Message + f.Hint
		for _, a := range f.Args {
			if s, ok := a.(string); ok {
				all += s
			}
		}
		if strings.Contains(all, "123 456") {
			t.Errorf("finding repeats personal data: %q", f.Message)
		}
	}
	if got[2].Message != `unknown status "hotovo"` {
		t.Errorf("a finding without personal data changed: %q", got[2].Message)
	}
}

func TestEvidencePath(t *testing.T) {
	for path, want := range map[string]bool{
		`C:\Users\novakova\Documents\prezence.pdf`: true,
		`c:/Users/novakova/prezence.pdf`:           true,
		"/home/novakova/prezence.pdf":              true,
		`\\server\share\prezence.pdf`:              true,
		"~/prezence.pdf":                           true,
		"evidence/KA04/2025-03-12.pdf":             false,
		"https://example.cz/prezence.pdf":          false,
		"prezence.pdf":                             false,
		"../evidence/a.pdf":                        false,
	} {
		var fs finding.List
		evidencePaths(&record.Record{Evidence: []source.Value[string]{{Val: path, Pos: source.At("r.yaml", 1, 1)}}}, &fs)
		if got := fs.Len() > 0; got != want {
			t.Errorf("%q refused: %v, want %v", path, got, want)
		}
		for _, f := range fs.Sorted() {
			if strings.Contains(f.Message+f.Hint, "novakova") {
				t.Errorf("finding repeats the path: %q", f.Message)
			}
		}
	}
}
