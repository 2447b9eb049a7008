package importer

import (
	"strconv"
	"strings"
	"testing"
)

// What a second import of a changed sheet does with each row: corrected
// rows replace their records, inserted rows are new, and where a
// correction cannot be told from an insertion nothing is replaced.
func TestCorrections(t *testing.T) {
	const first = "datum,výstup,hodiny,doklad\n" +
		"2025-03-05,4.1/supervize,1,a.pdf\n" + // row 2
		"2025-03-12,4.1/supervize,1,b.pdf\n" + // row 3
		"2025-03-19,4.1/supervize,1,c.pdf\n" + // row 4
		"2025-03-26,4.1/supervize,1,d.pdf\n" // row 5
	tests := []struct {
		name, second  string
		new, replaced int
		replacedRows  string // the rows that replace, with the row of the record they replace
	}{
		{"unchanged", first, 0, 0, ""},
		{"one row corrected", strings.Replace(first, "1,b.pdf", "2,b.pdf", 1), 0, 1, "3>3"},
		{"two rows corrected apart", strings.Replace(strings.Replace(first, "1,b.pdf", "2,b.pdf", 1), "1,d.pdf", "3,d.pdf", 1), 0, 2, "3>3 5>5"},
		{"the last row corrected", strings.Replace(first, "1,d.pdf", "2,d.pdf", 1), 0, 1, "5>5"},
		{"a row inserted at the top", strings.Replace(first, "hodiny,doklad\n", "hodiny,doklad\n2025-03-01,4.1/supervize,4,z.pdf\n", 1), 1, 0, ""},
		{"inserted above, corrected below", strings.Replace(strings.Replace(first, "hodiny,doklad\n", "hodiny,doklad\n2025-03-01,4.1/supervize,4,z.pdf\n", 1), "1,d.pdf", "2,d.pdf", 1), 1, 1, "6>5"},
		{"inserted beside the corrected row", strings.Replace(first, "2025-03-12,4.1/supervize,1,b.pdf\n", "2025-03-12,4.1/supervize,2,b.pdf\n2025-03-13,4.1/supervize,4,z.pdf\n", 1), 2, 0, ""},
		{"a row deleted", strings.Replace(first, "2025-03-12,4.1/supervize,1,b.pdf\n", "", 1), 0, 0, ""},
		{"moved to another year", strings.Replace(first, "2025-03-12,4.1/supervize,1,b.pdf", "2026-01-12,4.1/supervize,1,b.pdf", 1), 1, 0, ""},
		{"moved to another key activity", strings.Replace(first, "2025-03-12,4.1/supervize,1,b.pdf", "2025-03-12,17.1/kulaty-stul,1,b.pdf", 1), 1, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := testProject(t)
			tb, _ := ReadCSV("akce.csv", []byte(first))
			if err := Write(dir, prepare(t, dir, tb, nil).Files); err != nil {
				t.Fatal(err)
			}
			rowOf := map[string]int{} // the first import's ids and rows
			for _, r := range prepare(t, dir, tb, nil).Rows {
				rowOf[r.ID] = r.Row
			}
			tb2, err := ReadCSV("akce.csv", []byte(tt.second))
			if err != nil {
				t.Fatal(err)
			}
			res := prepare(t, dir, tb2, nil)
			if !res.OK() {
				t.Fatalf("problems %+v", res.Findings)
			}
			var pairs []string
			for _, r := range res.Rows {
				if r.Outcome == Replaced {
					pairs = append(pairs, strconv.Itoa(r.Row)+">"+strconv.Itoa(rowOf[r.Replaces]))
				}
			}
			if res.Count(New) != tt.new || res.Count(Replaced) != tt.replaced || strings.Join(pairs, " ") != tt.replacedRows {
				t.Fatalf("new %d, replaced %d (%s), want %d, %d (%s)", res.Count(New), res.Count(Replaced), strings.Join(pairs, " "), tt.new, tt.replaced, tt.replacedRows)
			}
			if err := Write(dir, res.Files); err != nil {
				t.Fatal(err)
			}
			back := readBack(t, dir)
			if want := 4 + tt.new; len(back.Records) != want && !strings.Contains(tt.name, "deleted") {
				t.Errorf("%d records after the second import, want %d", len(back.Records), want)
			}
			again := prepare(t, dir, tb2, nil)
			if again.Count(New) != 0 || again.Count(Replaced) != 0 {
				t.Errorf("importing the second sheet again: new %d, replaced %d", again.Count(New), again.Count(Replaced))
			}
		})
	}
}
