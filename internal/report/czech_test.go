package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/source"
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
		{"possible duplicate", warn("possible-duplicate", "a possible duplicate: the record at %s has the same output, date and territory", "records/a.yaml:3:3"),
			"Možná duplicita: záznam na records/a.yaml:3:3 má stejný výstup, datum i území.",
			"Jde-li o jednu akci, jeden ze záznamů smažte; konaly-li se dvě, uveďte u každé místo (place)."},
		{"unread file", warn("unread-file", "a file rrp does not read: only .yaml and .yml files in %s/ count", "records"),
			"Soubor, který rrp nečte: započítávají se jen soubory .yaml a .yml ve složce records/.",
			"Obsahuje-li záznamy, přejmenujte ho na .yaml; jinak ho ze složky přesuňte."},
		{"link read anyway", warn("link", "a symbolic link to %s, which is read already", "records/a.yaml"),
			"Symbolický odkaz na records/a.yaml, který se načítá i tak: odkaz se přeskakuje, aby se nic nezapočítalo dvakrát.", "Odkaz smažte."},
		{"link error", warn("link", "a symbolic link out of the project"), "a symbolic link out of the project", "english hint"},
		{"unknown output", warn("unknown-output", "output %q is not in the plan", "4.1/x"), "Výstup 4.1/x v plánu není; záznam se nezapočítává.",
			"Opravte odkaz output: aktivita/výstup podle plánu (plans/); rrp validate navrhne nejbližší."},
		{"output over maximum", warn("over-maximum", "output %s: %g recorded, over the maximum of %g", "5.1/supervize", 21.5, 20.0),
			"Výstup 5.1/supervize: zaznamenáno 21,5, více než maximum 20.",
			"at_most je strop: zkontrolujte, že žádný záznam není zapsán u jiného výstupu; víc nemusí být proplaceno."},
		{"part over maximum", warn("over-maximum", "part %s: %g recorded, over the maximum of %g", "5.1/supervize/skupinova", 11.0, 10.0),
			"Část výstupu 5.1/supervize/skupinova: zaznamenáno 11, více než maximum 10.",
			"Části maxima jsou také maxima: zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."},
		{"maximum as text", warn("over-maximum", "output %s: %s recorded, over the maximum of %s", "5.1/supervize", "21.5", "20"),
			"output 5.1/supervize: 21.5 recorded, over the maximum of 20", "english hint"},
		{"opening over the target", warn("opening-over-target", "output %s: the opening value %g is over %s of %g", "osoby", 52.0, "the target", 50.0),
			"Výstup osoby: počáteční hodnota 52 je vyšší než cílová hodnota 50.",
			"Zkontrolujte počáteční hodnotu (opening); změnil-li se plán, upravte cílovou hodnotu."},
		{"opening over the maximum", warn("opening-over-target", "output %s: the opening value %g is over %s of %g", "supervize", 20.5, "the maximum", 20.0),
			"Výstup supervize: počáteční hodnota 20,5 je vyšší než maximum 20.",
			"Zkontrolujte počáteční hodnotu (opening); změnil-li se plán, upravte maximum."},
		{"opening over what is not known", warn("opening-over-target", "output %s: the opening value %g is over %s of %g", "osoby", 52.0, "the goal", 50.0),
			"output osoby: the opening value 52 is over the goal of 50", "english hint"},
		{"event too short", warn("per-event-hours", "output %s: %g hours, less than the %g one event should last", "5.1/setkani", 1.5, 2.0),
			"Výstup 5.1/setkani: akce trvala 1,5 h, méně než 2 h, které má trvat jedna akce.",
			"Zkontrolujte hodiny; kratší akci, než plán uvádí v per_event, nemusí poskytovatel uznat."},
		{"event too small", warn("per-event-participants", "output %s: %g participants, fewer than the %g one event should have", "5.1/setkani", 6.0, 8.0),
			"Výstup 5.1/setkani: počet účastníků 6 je menší než 8, kolik má mít jedna akce.",
			"Zkontrolujte účastníky; menší akci, než plán uvádí v per_event, nemusí poskytovatel uznat."},
		{"person twice", warn("person-twice", "person code %d is the same as person code %d", 3, 1),
			"Kód osoby č. 3 je stejný jako kód osoby č. 1.", "Každou osobu uveďte v záznamu jednou."},
		{"person twice, as text", warn("person-twice", "person code %s is the same as person code %s", "3", "1"),
			"person code 3 is the same as person code 1", "english hint"},
		{"persons not counted", warn("persons-not-counted", "output %s does not count persons: the record's person codes count for nothing", "4.1/supervize"),
			"Výstup 4.1/supervize osoby nepočítá: kódy osob v záznamu se nezapočítávají.",
			"Zapište záznam k výstupu, který osoby počítá (distinct: true), nebo persons vynechte."},
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

// TestCzechOfTheNewChecks: the warnings of the newer keys, made by the
// checks themselves on a small project, read in Czech: the wording takes
// the values with the types the checks give them.
func TestCzechOfTheNewChecks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"plans/project.yaml": "id: p\nname: P\nstart: 2025-01-01\nend: 2027-12-31\nterritories:\n  broumov: {name: Broumov, type: ORP}\n",
		"plans/ka04.yaml": `id: KA4
title: K
territory: broumov
staff: [{role: k, fte: 1}]
activities:
  - id: "4.1"
    title: A
    outputs:
      - {id: supervize, title: s, unit: hour, at_most: 20, opening: {value: 21, date: 2025-01-31}}
      - {id: setkani, title: s, unit: event, target: 10, per_event: {hours: 2, participants: 8}}
      - {id: osoby, title: o, unit: person, target: 10, distinct: true}
`,
		"records/r.yaml": `- {date: 2025-03-12, output: 4.1/supervize, hours: 21, evidence: [a.pdf], persons: [K-1]}
- {date: 2025-03-12, output: 4.1/setkani, hours: 1, participants: {total: 2}, evidence: [a.pdf]}
- {date: 2025-03-12, output: 4.1/osoby, persons: [K-1, K-1], evidence: [a.pdf]}
`,
		"records/s.yaml": "date: 2025-03-13\noutput: 4.1/setkani\nhours: 2\nparticipants: {total: 8}\nevidence: [a.pdf]\nnote: beseda #2\n",
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := project.OpenDir(dir, project.Options{Today: date.New(2026, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[finding.Code]bool{}
	for _, fd := range snap.Check(0).Findings {
		seen[fd.Code] = true
		if fd.Severity != finding.Warning {
			t.Errorf("%s: %s: an error in a project meant to have warnings only", fd.Pos, fd.Message)
			continue
		}
		if msg, _ := czech(fd); msg == fd.Message || strings.Contains(msg, "%!") {
			t.Errorf("%s: %q is not said in Czech", fd.Code, fd.Message)
		}
	}
	for _, c := range []finding.Code{finding.CodeOverMaximum, finding.CodeOpeningOverTarget, finding.CodePerEventHours,
		finding.CodePerEventParticipants, finding.CodePersonTwice, finding.CodePersonsNotCounted, finding.CodeTextComment} {
		if !seen[c] {
			t.Errorf("the project gives no %s finding; the test checks nothing", c)
		}
	}
}
