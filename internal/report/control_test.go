package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/source"
)

// TestControlWording: the Kontrola sheet says the findings in Czech, from
// the catalogue, as sentences: Czech dates and decimal commas, a capital
// letter and a full stop, a key of the files kept as written.
func TestControlWording(t *testing.T) {
	warn := func(code finding.Code, hint, format string, args ...any) finding.Finding {
		var l finding.List
		l.Warnf(source.At("a.yaml", 1, 1), code, hint, format, args...)
		return l.Sorted()[0]
	}
	tests := []struct {
		name     string
		fd       finding.Finding
		msg, hnt string
	}{
		{"future date", warn("future-date", "record events once they have taken place; for a planned one, check the date",
			"the date %s is in the future", date.New(2026, 3, 5)),
			"Datum 5. 3. 2026 je v budoucnosti.", "Zapisujte akce, až proběhnou; u plánované akce zkontrolujte datum."},
		{"no evidence", warn("no-evidence", "add evidence: [path to the attendance sheet or other proof]", "a held event without evidence"),
			"Uskutečněná akce bez doložení.", "Doplňte evidence: [cesta k prezenční listině nebo jinému dokladu]."},
		{"output over target", warn("over-target", "check that no record is filed under the wrong output; if the plan changed, update the target",
			"output %s: %g recorded, over the target of %g", "17.2/psychoterapie", 21.5, 20.0),
			"Výstup 17.2/psychoterapie: zaznamenáno 21,5, více než cílová hodnota 20.",
			"Zkontrolujte, že žádný záznam není zapsán u jiného výstupu; změnil-li se plán, upravte cílovou hodnotu."},
		{"part over maximum", warn("over-maximum", "the parts of a maximum are maximums: check that no record is filed under the wrong part",
			"part %s: %g recorded, over the maximum of %g", "5.1/supervize/skupinova", 11.0, 10.0),
			"Část výstupu 5.1/supervize/skupinova: zaznamenáno 11, více než maximum 10.",
			"Části maxima jsou také maxima: zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."},
		{"a key first", warn("over-maximum", "at_most is a ceiling: check that no record is filed under the wrong output; more may not be paid for",
			"output %s: %g recorded, over the maximum of %g", "5.1/supervize", 21.5, 20.0),
			"Výstup 5.1/supervize: zaznamenáno 21,5, více než maximum 20.",
			"at_most je strop: zkontrolujte, že žádný záznam není zapsán u jiného výstupu; víc nemusí být proplaceno."},
		{"a key and a colon", warn("text-comment", "", `%s: the text after " #" is read as a comment and left out`, "note").
			WithHint(`put the text in quotes: %s: "…"`, "note"),
			"note: text za „ #“ se čte jako komentář a vynechá se.", `Dejte text do uvozovek: note: "…"`},
		{"a hint that asks", warn("unknown-output", "", "output %q is not in the plan", "4.1/supervise").
			WithHint("did you mean %q?", "4.1/supervize"),
			`Výstup "4.1/supervise" v plánu není.`, `Myslíte "4.1/supervize"?`},
		{"event too short", warn("per-event-hours", "check the hours; an event shorter than the plan's per_event may not count with the funding body",
			"output %s: %g hours, less than the %g one event should last", "5.1/setkani", 1.5, 2.0),
			"Výstup 5.1/setkani: akce trvala 1,5 h, méně než 2 h, které má trvat jedna akce.",
			"Zkontrolujte hodiny; kratší akci, než plán uvádí v per_event, nemusí poskytovatel uznat."},
		{"no hint", warn("empty-file", "", "the records file is empty"), "Soubor záznamů je prázdný.", ""},
	}
	cs := i18n.New(i18n.Czech)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg, hint := tt.fd.Say(cs)
			if got, got2 := sentence(msg), sentence(hint); got != tt.msg || got2 != tt.hnt {
				t.Errorf("got %q, %q\nwant %q, %q", got, got2, tt.msg, tt.hnt)
			}
		})
	}
}

// TestControlIsCzech: a workbook made of a project with errors and
// warnings of every usual kind (as rrp report --force makes it) has no
// English sentence in its Kontrola sheet: every finding's message and hint
// differs from the English one and has no formatting mistake.
func TestControlIsCzech(t *testing.T) {
	snap := badProject(t)
	checked := snap.Check(0)
	if checked.Errors == 0 || checked.Warnings == 0 {
		t.Fatalf("the project gives %d errors and %d warnings; the test needs both", checked.Errors, checked.Warnings)
	}
	opts, err := snap.Options(fulfil.Request{Today: date.New(2026, 1, 1), Thresholds: fulfil.DefaultThresholds})
	if err != nil {
		t.Fatal(err)
	}
	f := readBack(t, &Input{Project: snap.Project, Result: snap.Fulfil(opts), Findings: checked.Findings, Generator: "rrp test"})
	rows, err := f.GetRows(sheetControls)
	if err != nil {
		t.Fatal(err)
	}
	english := map[string]bool{}
	for _, fd := range checked.Findings {
		english[sentence(fd.Message)], english[sentence(fd.Hint)] = true, true
	}
	seen := 0
	for _, row := range rows[1:] {
		if row[0] == "informace" {
			continue
		}
		seen++
		for _, text := range row[5:] {
			if english[text] && text != "" || strings.Contains(text, "%!") {
				t.Errorf("Kontrola says %q, not in Czech", text)
			}
		}
	}
	if seen != len(checked.Findings) {
		t.Errorf("Kontrola lists %d findings, want %d", seen, len(checked.Findings))
	}
}

// badProject is a small project whose plan and records give errors and
// warnings of many kinds.
func badProject(t *testing.T) *project.Snapshot {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"plans/project.yaml": "id: p\nname: P\nstart: 2025-01-01\nend: 2027-12-31\nbudget: -5\n" +
			"target_groups: {seniori: Senioři}\nterritories:\n  broumov: {name: Broumov, type: ORP}\n",
		"plans/ka04.yaml": `id: KA4
title: K
territory: broumov
staff: [{role: k, fte: 1.5}]
activities:
  - id: "4.1"
    title: A
    outputs:
      - {id: supervize, title: s, unit: hour, at_most: 20, opening: {value: 21, date: 2025-01-31}}
      - {id: setkani, title: s, unit: event, target: 10, per_event: {hours: 2, participants: 8}}
      - {id: osoby, title: o, unit: person, target: 10, distinct: true}
      - {id: letak, title: l, unit: piece, target: 2.5, schedule: [{by: 2030-01-01, value: 1}]}
`,
		"records/r.yaml": `- {date: 2025-03-12, output: 4.1/supervize, hours: 21, evidence: [a.pdf], persons: [K-1]}
- {date: 2025-03-12, output: 4.1/setkani, hours: 1, participants: {total: 2, by_group: {senori: 1}}, evidence: [a.pdf]}
- {date: 2025-03-12, output: 4.1/osoby, persons: [K-1, K-1], evidence: [a.pdf]}
- {date: 2026-03-12, output: 4.1/supervise, territory: brumov}
- {date: 2025-04-01, output: 4.1/setkani, quantity: 2.5, status: hled, evidence: ["C:\\Users\\x.pdf"]}
`,
		"records/s.yaml":    "date: 2025-03-13\noutput: 4.1/setkani\nhours: 2\nparticipants: {total: 8}\nevidence: [a.pdf]\nnote: beseda #2\nstaus: held\n",
		"records/t.yaml":    "- date: 12. 3. 2025\n  output: 4.1/setkani\n  hours: 1,5\n",
		"records/notes.txt": "not a record\n",
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
	return snap
}
