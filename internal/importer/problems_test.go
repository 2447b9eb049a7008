package importer

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/source"
)

// badCSV has one mistake of each kind a coordinator makes, some rows two.
const badCSV = "datum;výstup;hodiny;počet;účastníci;senioři;území;stav;doklad;id\n" +
	"12. 3. 2025;4.1/supervise;;1;12;;;;a.pdf;\n" + // unknown output
	"2025-03-19;4.1/metodicka-podpora;1,5h;;;;;;b.pdf;\n" + // not a number
	"32.3.2025;4.1/supervize;;;;;;;c.pdf;\n" + // no such day
	"2025-04-01;;;;;;;;d.pdf;\n" + // no output
	";;;;;;;;;\n" + // empty: skipped
	"2024-12-31;4.1/supervize;;1,5;5;7;brumov;odloženo;e.pdf;\n" + // before the start, half an event, more seniors than people, unknown territory and status
	"2025-05-01;4.1/metodicka-podpora;;;;;;;f.pdf;\n" + // hours missing
	"2025-05-02;4.1/supervize;;;;;;;g.pdf;x1\n" +
	"2025-05-03;4.1/supervize;;;;;;;h.pdf;x1\n" + // the same id twice
	"2025-05-04;4.1/supervize;;;;;;;i.pdf;;navíc\n" // a cell beyond the header

func TestErrorListGolden(t *testing.T) {
	dir := testProject(t)
	tb, err := ReadCSV("akce.csv", []byte(badCSV))
	if err != nil {
		t.Fatal(err)
	}
	res := prepare(t, dir, tb, nil)
	if res.OK() || len(res.Files) != 0 {
		t.Fatalf("a sheet with errors gives files: %d", len(res.Files))
	}
	var b bytes.Buffer
	if err := (format.Text{}).List(&b, finding.OnlyErrors(res.Findings), nil); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "errors.golden"), b.Bytes())
	if got := res.Count(Empty); got != 1 {
		t.Errorf("empty rows %d, want 1", got)
	}
}

// Problems of the sheet's layout and of the mapping against the sheet.
func TestLayoutProblems(t *testing.T) {
	for _, tc := range []struct {
		name, csv, mapping string
		want               string
	}{
		{"no header", "a;b\n1;2\n", "", `akce.csv: no header row: none of the first rows names a column to import | give the columns headers such as datum, výstup, hodiny, účastníci, or map them in a mapping file (--map)`},
		{"no date", "výstup;datm\n4.1/supervize;2025-03-12\n", "", `akce.csv:row 1: no column holds the date | is it column "datm"? map it in a mapping file: columns: {datm: date}`},
		{"no output", "datum\n2025-03-12\n", "", `akce.csv:row 1: no column holds the output | name a column výstup or output, map one in a mapping file (--map), or fix one value for all rows (fixed: {output: …})`},
		{"two date columns", "datum;výstup;Date\n", "", `akce.csv:row 1: column "Date": column "datum" holds date too | keep one of them, or list the other under ignore: in a mapping file (--map)`},
		{"mapped header not in sheet", "datum;výstup;Hodin\n", "columns:\n  Hodiny celkem: hours\n", `map.yaml:2:3: columns: the sheet has no column "Hodiny celkem" | the sheet's headers are: datum, výstup, Hodin`},
		{"mapped header typo", "datum;výstup;Hodin\n", "columns:\n  Hodinn: hours\n", `map.yaml:2:3: columns: the sheet has no column "Hodinn" | did you mean "Hodin"?`},
		{"fixed and column", "datum;výstup\n", "fixed:\n  output: 4.1/supervize\ncolumns:\n  výstup: output\n", `map.yaml:2:11: fixed: output is fixed, but column "výstup" holds it too | remove the fixed value, or list the column under ignore:`},
		{"unknown group", "datum;výstup;S\n", "columns:\n  S: by_group.senioři\n", `map.yaml:2:3: columns: "S": unknown target group "senioři" | did you mean "seniori"?`},
		{"bad fixed value", "datum\n2025-03-12\n2025-03-13\n", "fixed:\n  output: 4.1/supervize\n  hours: 1,5 h\n", `map.yaml:3:10: fixed: "1,5 h" is not a number | write only the number, e.g. 3 or 1,5`},
		{"fixed output not in plan", "datum\n2025-03-12\n2025-03-13\n", "fixed:\n  output: 4.1/supervise\n", `map.yaml:2:11: output "4.1/supervise" is not in the plan | did you mean "4.1/supervize"?`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := testProject(t)
			var m *Mapping
			if tc.mapping != "" {
				var ps []finding.Finding
				if m, ps = ParseMapping("map.yaml", []byte(tc.mapping)); len(ps) > 0 {
					t.Fatal(ps)
				}
			}
			tb, _ := ReadCSV("akce.csv", []byte(tc.csv))
			res := prepare(t, dir, tb, m)
			errs := finding.OnlyErrors(res.Findings)
			if len(errs) != 1 {
				t.Fatalf("want one error, got %+v", errs)
			}
			got := errs[0].Where() + ": " + errs[0].Message
			if errs[0].Hint != "" {
				got += " | " + errs[0].Hint
			}
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestWarningsOfManyRowsCollapse(t *testing.T) {
	dir := testProject(t)
	tb, _ := ReadCSV("akce.csv", []byte("datum;výstup\n2025-03-12;4.1/supervize\n2025-03-13;4.1/supervize\n2025-03-14;4.1/supervize\n"))
	res := prepare(t, dir, tb, nil)
	var b bytes.Buffer
	(format.Text{}).List(&b, finding.Collapse(res.Findings), nil)
	want := "akce.csv:rows 2, 3, 4: warning: a held event without evidence\n    hint: add a column doklad (evidence) with the attendance sheet or other proof\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// TestDuplicateIDRelated: an id used twice in the sheet points at its
// first row as a related position, as data beside the hint.
func TestDuplicateIDRelated(t *testing.T) {
	dir := testProject(t)
	tb, _ := ReadCSV("akce.csv", []byte(badCSV))
	res := prepare(t, dir, tb, nil)
	var dups []finding.Finding
	for _, f := range res.Findings {
		if f.Code == finding.CodeDuplicateID {
			dups = append(dups, f)
		}
	}
	if len(dups) != 1 {
		t.Fatalf("duplicate ids: %+v", dups)
	}
	d := dups[0]
	if d.Where() != `akce.csv:row 10: column "id"` || d.Hint != "give the row another id" {
		t.Errorf("%s: %s (hint %q)", d.Where(), d.Message, d.Hint)
	}
	if len(d.Related) != 1 || d.Related[0] != (source.At("akce.csv", 9, 10)) {
		t.Errorf("related %v, want the first use at row 9", d.Related)
	}
}
