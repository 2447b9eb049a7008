package check

import (
	"testing"

	"rrp/internal/finding"
	"rrp/internal/source"
)

func TestPersonalText(t *testing.T) {
	tests := []struct {
		text string
		want string // the message, "" for none
	}{
		{"kontakt jan.novak@example.cz", `an e-mail address: "jan.novak@example.cz"`},
		{"pečující: marie.dvořáková@seznam.cz", `an e-mail address: "marie.dvořáková@seznam.cz"`},
		{"rč 850315/1236", `a birth number (rodné číslo): "850315/1236"`},
		{"rč 8503151236", ""}, // ten digits failing the modulo-11 check: not a birth number, too long for a phone
		{"rč 8553151233", `a birth number (rodné číslo): "8553151233"`},
		{"narozena 535612/123", `a birth number (rodné číslo): "535612/123"`},
		{"tel. +420 603 123 456", `a phone number: "+420 603 123 456"`},
		{"volejte 603123456", `a phone number: "603123456"`},
		{"evidence/KA04/2025-03-12-prezencni-listina.pdf", ""},
		{"setkání 12. 3. 2025 od 10:00 do 12:30", ""},
		{"@obec na sociálních sítích", ""},
		{"registrace CZ.03.02.02/00/22_007/0000123", ""},
		{"faktura 2025/123", ""},
	}
	for _, tt := range tests {
		var fs finding.List
		personalText(source.Value[string]{Val: tt.text, Pos: source.At("r.yaml", 1, 1)}, &fs)
		got := ""
		if fs.Len() > 0 {
			got = fs.Sorted()[0].Message
		}
		if got != tt.want {
			t.Errorf("personalText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
