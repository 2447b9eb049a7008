package importer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestPersonsAndDateTo: a persons column holds codes separated by commas
// (or as evidence is separated), each kept at its cell; a date_to column
// is read as the date is; both are written in the loader's key order.
func TestPersonsAndDateTo(t *testing.T) {
	for _, tt := range []struct {
		name, row  string
		persons    string // the codes read, as fmt prints them
		dateTo     string
		errColumn  string // the column of an error, "" for none
		wantInFile string
	}{
		{"codes by commas", "12. 3. 2025\t\t4.1/supervize\tK-017, K-023\ta.pdf", "[K-017 K-023]", "", "",
			"- date: 2025-03-12\n  output: 4.1/supervize\n  persons: [K-017, K-023]\n  evidence: [a.pdf]\n"},
		{"codes as evidence is split", "12. 3. 2025\t\t4.1/supervize\tK-1; K-2|K-3\ta.pdf", "[K-1 K-2 K-3]", "", "", ""},
		{"last day", "12. 3. 2025\t14. 3. 2025\t4.1/supervize\t\ta.pdf", "[]", "2025-03-14", "",
			"- date: 2025-03-12\n  date_to: 2025-03-14\n  output: 4.1/supervize\n"},
		{"last day not a date", "12. 3. 2025\t32. 3. 2025\t4.1/supervize\t\ta.pdf", "", "", "Do", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := testProject(t)
			// Tabs separate the cells: the codes' own separators stay in them.
			csv := "Datum\tDo\tVýstup\tKódy osob\tDoklad\n" + tt.row + "\n"
			tb, err := ReadCSV("akce.csv", []byte(csv))
			if err != nil {
				t.Fatal(err)
			}
			res := prepare(t, dir, tb, nil)
			if tt.errColumn != "" {
				errs := finding.OnlyErrors(res.Findings)
				if len(errs) != 1 || errs[0].Sheet == nil || errs[0].Sheet.Column != tt.errColumn || errs[0].Code != finding.CodeSheetValue {
					t.Fatalf("findings %+v, want one value error in column %q", res.Findings, tt.errColumn)
				}
				return
			}
			if !res.OK() || len(res.Files) != 1 {
				t.Fatalf("findings %+v, %d files", res.Findings, len(res.Files))
			}
			r := res.Files[0].Records[0]
			var codes []string
			for _, p := range r.Persons {
				codes = append(codes, p.Val)
				if p.Pos.Line != 2 || p.Pos.Col != 4 {
					t.Errorf("code at %v, want row 2, column 4", p.Pos)
				}
			}
			if got := fmt.Sprint(codes); got != tt.persons {
				t.Errorf("persons %s, want %s", got, tt.persons)
			}
			if r.DateTo.IsSet() != (tt.dateTo != "") || tt.dateTo != "" && r.DateTo.Val.String() != tt.dateTo {
				t.Errorf("date_to %v, want %q", r.DateTo, tt.dateTo)
			}
			data, err := res.Files[0].Encode()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), tt.wantInFile) {
				t.Errorf("written:\n%s\nwant in it:\n%s", data, tt.wantInFile)
			}
		})
	}
}
