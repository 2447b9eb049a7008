package importer

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseMapping(t *testing.T) {
	m, ps := ParseMapping("map.yaml", []byte(`columns:
  Datum akce: date
  Senioři: by_group.seniori
fixed:
  output: 4.1/supervize
  hours: 1,5
ignore: [Jméno, Telefon]
`))
	if len(ps) > 0 {
		t.Fatalf("problems: %+v", ps)
	}
	want := &Mapping{
		File: "map.yaml",
		Columns: []ColumnMap{
			{Header: "Datum akce", Key: "date", Line: 2, Col: 3},
			{Header: "Senioři", Key: "by_group.seniori", Line: 3, Col: 3},
		},
		Fixed: []Fixed{
			{Key: "output", Value: "4.1/supervize", Line: 5, Col: 11},
			{Key: "hours", Value: "1,5", Line: 6, Col: 10},
		},
		Ignore: []string{"jmeno", "telefon"},
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("got  %+v\nwant %+v", m, want)
	}
}

func TestParseMappingProblems(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // Where() + message + hint of the first problem
	}{
		{"typo in a key", "columns:\n  A: ouptut\n", `map.yaml:2:6: column "A": unknown record key "ouptut" | did you mean "output"?`},
		{"unknown key", "colums:\n  Datum: date\n", `map.yaml:1:1: mapping: unknown key "colums" | did you mean "columns"?`},
		{"unknown record key", "columns:\n  Datum: datum\n", `map.yaml:2:10: column "Datum": unknown record key "datum" | the record key is "date"`},
		{"unknown fixed key", "fixed:\n  ouput: 4.1/x\n", `map.yaml:2:3: fixed: unknown key "ouput" | did you mean "output"?`},
		{"id cannot be fixed", "fixed:\n  id: x\n", `map.yaml:2:3: fixed: unknown key "id" | keys that can be fixed: date, output, quantity, hours, place, territory, evidence, status, note`},
		{"empty group", "columns:\n  A: by_group.\n", `map.yaml:2:6: column "A": unknown record key "by_group." | write by_group. and a target group id from plans/project.yaml, e.g. by_group.seniori`},
		{"list value", "columns:\n  A: [date]\n", `map.yaml:2:6: columns: expected a value | write a single value on the same line`},
		{"null value", "fixed:\n  output:\n", `map.yaml:2:10: fixed output: expected a value | write a single value on the same line`},
		{"duplicate", "columns:\n  A: date\n  A: note\n", `map.yaml:3:3: columns: duplicate key "A" (first at line 2) | keep one of them`},
		{"alias", "columns: &a\n  A: date\nfixed: *a\n", `map.yaml:1:10: columns: expected key: value lines | write it as key: value lines`},
		{"not a mapping", "- date\n", `map.yaml:1:1: mapping: expected key: value lines | write it as key: value lines`},
		{"empty", "", `map.yaml:1:1: the mapping file is empty | write columns: (header: key lines) or fixed: (key: value lines)`},
		// YAML's mistakes are placed as rrp validate places them in
		// records: the tab's own line and column, the line of a missing
		// colon.
		{"tab", "columns:\n\tA: date\n", `map.yaml:2:1: invalid YAML: found character that cannot start any token | indent with spaces, not tabs`},
		{"syntax", "columns:\n  Datum: date\n  Výstup output\n  x: [\n", `map.yaml:3:1: invalid YAML: could not find expected ':' | check the indentation and that every key ends with a colon`},
		{"not text", "columns:\n  A: d\x00ate\n", `map.yaml:2:7: the file holds a control character (is it a binary file?) | save the file as UTF-8 text`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, ps := ParseMapping("map.yaml", []byte(tc.in))
			if m != nil || len(ps) == 0 {
				t.Fatalf("got mapping %+v and no problems", m)
			}
			got := ps[0].Where() + ": " + ps[0].Message + " | " + ps[0].Hint
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestMappingAllowsEveryRecordKey(t *testing.T) {
	var b strings.Builder
	b.WriteString("columns:\n")
	for _, k := range Keys {
		b.WriteString("  col " + k + ": " + k + "\n")
	}
	if _, ps := ParseMapping("m.yaml", []byte(b.String())); len(ps) > 0 {
		t.Errorf("problems: %+v", ps)
	}
}
