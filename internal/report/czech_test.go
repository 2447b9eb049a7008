package report

import (
	"strings"
	"testing"

	"rrp/internal/date"
	"rrp/internal/finding"
	"rrp/internal/project"
	"rrp/internal/source"
)

// TestCzech: the warnings a report shows read in Czech, with Czech dates
// and decimal commas; anything else keeps rrp's own words.
func TestCzech(t *testing.T) {
	warn := func(code finding.Code, format string, args ...any) finding.Finding {
		var l finding.List
		l.Warnf(source.At("a.yaml", 1, 1), code, "english hint", format, args...)
		return l.Sorted()[0]
	}
	tests := []struct {
		name     string
		fd       finding.Finding
		msg, hnt string
	}{
		{"future date", warn("future-date", "the date %s is in the future", date.New(2026, 3, 5)),
			"Datum 5. 3. 2026 je v budoucnosti.", "Zapisujte akce, až proběhnou; u plánované akce zkontrolujte datum."},
		{"no evidence", warn("no-evidence", "a held event without evidence"),
			"Uskutečněná akce bez doložení.", "Doplňte evidence: [cesta k prezenční listině nebo jinému dokladu]."},
		{"output over target", warn("over-target", "output %s: %g recorded, over the target of %g", "17.2/psychoterapie", 21.5, 20.0),
			"Výstup 17.2/psychoterapie: zaznamenáno 21,5, více než cílová hodnota 20.",
			"Zkontrolujte, že žádný záznam není zapsán u jiného výstupu; změnil-li se plán, upravte cílovou hodnotu."},
		{"part over target", warn("over-target", "part %s: %g recorded, over the target of %g", "5.1/akce/skoleni", 31.0, 30.0),
			"Část výstupu 5.1/akce/skoleni: zaznamenáno 31, více než cílová hodnota 30.",
			"Zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."},
		{"numbers as numbers", warn("over-target", "output %s: %g recorded, over the target of %d", "17.2/psychoterapie", 21.5, 20),
			"Výstup 17.2/psychoterapie: zaznamenáno 21,5, více než cílová hodnota 20.",
			"Zkontrolujte, že žádný záznam není zapsán u jiného výstupu; změnil-li se plán, upravte cílovou hodnotu."},
		{"unexpected values", warn("over-target", "over the target"), "over the target", "english hint"},
		{"numbers as text", warn("over-target", "output %s: %s recorded, over the target of %s", "17.2/psychoterapie", "21.5", "20"),
			"output 17.2/psychoterapie: 21.5 recorded, over the target of 20", "english hint"},
		{"date as text", warn("future-date", "the date %s is in the future", "2026-03-05"), "the date 2026-03-05 is in the future", "english hint"},
		{"empty file", warn("empty-file", "the records file is empty"), "Soubor záznamů je prázdný.", "Doplňte záznam, nebo soubor smažte."},
		{"link read anyway", warn("link", "a symbolic link to %s, which is read already", "records/a.yaml"),
			"Symbolický odkaz na records/a.yaml, který se načítá i tak: odkaz se přeskakuje, aby se nic nezapočítalo dvakrát.", "Odkaz smažte."},
		{"link error", warn("link", "a symbolic link out of the project"), "a symbolic link out of the project", "english hint"},
		{"unknown output", warn("unknown-output", "output %q is not in the plan", "4.1/x"), "Výstup 4.1/x v plánu není; záznam se nezapočítává.",
			"Opravte odkaz output: aktivita/výstup podle plánu (plans/); rrp validate navrhne nejbližší."},
		{"other check", warn("quantity", "quantity must be positive, not %s", "-1"), "quantity must be positive, not -1", "english hint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, hint := czech(tt.fd)
			if msg != tt.msg || hint != tt.hnt {
				t.Errorf("got %q, %q\nwant %q, %q", msg, hint, tt.msg, tt.hnt)
			}
		})
	}
}

// TestCzechOfTheChecks: the Czech wording takes the values as the checks
// hand them over; a check that changes their types must not fall back to
// English unnoticed.
func TestCzechOfTheChecks(t *testing.T) {
	snap, err := project.OpenDir("testdata/project", project.Options{Today: date.New(2025, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[finding.Code]bool{}
	for _, fd := range snap.Check(0).Findings {
		if _, known := czechFindings[fd.Code]; !known {
			continue
		}
		seen[fd.Code] = true
		if msg, _ := czech(fd); msg == fd.Message || strings.Contains(msg, "%!") {
			t.Errorf("%s: %q is not said in Czech", fd.Code, fd.Message)
		}
	}
	for _, c := range []finding.Code{finding.CodeFutureDate, finding.CodeNoEvidence} {
		if !seen[c] {
			t.Errorf("the sample project gives no %s finding; the test checks nothing", c)
		}
	}
}
