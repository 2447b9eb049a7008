package report

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/office"
)

// TestLibreOffice opens the workbook in LibreOffice, the spreadsheet
// program the funding body's reviewers may use, and checks the values it
// shows: each sheet exported as CSV with the cells "as shown", so number and
// date formats are applied as a reader sees them. CI installs LibreOffice
// (.ci/run) and fails without it; elsewhere the test is skipped.
func TestLibreOffice(t *testing.T) {
	sheets := shownByLibreOffice(t, fixtureInput(t, ""))
	for _, tt := range []struct {
		sheet, cell, want string
	}{
		{sheetSummary, "B8", "ZoR2 (1. 7. 2025 – 31. 12. 2025)"},
		{sheetSummary, "A14", "KA4"},
		{sheetSummary, "J14", "29.4 %"},
		{sheetSummary, "J16", "28.5 %"},
		{sheetSummary, "D16", "5"},
		{sheetOutputs, "C2", "supervize"},
		{sheetOutputs, "H2", "3"},
		{sheetOutputs, "I2", "25.0 %"},
		{sheetOutputs, "H3", "2.5"},
		{sheetOutputs, "K2", "ohroženo"},
		{sheetInternal, "C2", "letak"},
		{sheetInternal, "I2", "50.0 %"},
		{sheetEvents, "A2", "10. 7. 2025"},
		{sheetEvents, "A10", "31. 12. 2025"},
		{sheetEvents, "D6", "4.1/supervize"},
		{sheetEvents, "J6", "Policko"},
		{sheetGroups, "D2", "6"},
		{sheetGroups, "B5", "Neformální pečující"},
		{sheetControls, "E3", "no-evidence"},
		{sheetControls, "F3", "Uskutečněná akce bez doložení."},
		{sheetPlan, "A1", "KA"},
		{sheetPlan, "C3", "4.1"},
		{sheetPlan, "J4", "Senioři, Neformální pečující"},
	} {
		if got := cellOf(sheets[tt.sheet], tt.cell); got != tt.want {
			t.Errorf("LibreOffice shows %s!%s = %q, want %q", tt.sheet, tt.cell, got, tt.want)
		}
	}
}

// TestLibreOfficeRealProject: what real projects count reads in
// LibreOffice as in Excel: a minimum and a maximum with their words, the
// budget in crowns, a milestone's due date and status, the plan's details.
func TestLibreOfficeRealProject(t *testing.T) {
	sheets := shownByLibreOffice(t, realInput(t))
	for _, tt := range []struct {
		sheet, cell, want string
	}{
		{sheetSummary, "B7", "12,345,678 Kč"},
		{sheetSummary, "B8", "ESF 85 %, státní rozpočet 10 %, kraj 5 %"},
		{sheetSummary, "A15", "Priorita"},
		{sheetSummary, "N17", "1"},
		{sheetOutputs, "F2", "min. 33"},
		{sheetOutputs, "F3", "max. 20"},
		{sheetOutputs, "D5", "– Liberec"},
		{sheetOutputs, "I7", "50.0 %"},
		{sheetOutputs, "F10", "do 30. 6. 2018"},
		{sheetOutputs, "K10", "po termínu"},
		{sheetPlan, "G3", "1. 9. 2016 – 31. 12. 2019"},
		{sheetPlan, "D5", "   └ Informační systém"},
	} {
		if got := cellOf(sheets[tt.sheet], tt.cell); got != tt.want {
			t.Errorf("LibreOffice shows %s!%s = %q, want %q", tt.sheet, tt.cell, got, tt.want)
		}
	}
}

// shownByLibreOffice writes the workbook, has LibreOffice convert it and
// returns what each sheet shows. It skips the test with -short, and where
// LibreOffice is missing outside CI.
func shownByLibreOffice(t *testing.T, in *Input) map[string][][]string {
	t.Helper()
	soffice := office.Find(t, "the workbook")
	dir := t.TempDir()
	book := filepath.Join(dir, "zprava.xlsx")
	f, err := os.Create(book)
	if err != nil {
		t.Fatal(err)
	}
	if err := Write(f, in); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return exportCSV(t, soffice, book, dir, sheetsOf(in.Result))
}

// exportCSV converts every sheet of book to CSV (UTF-8, values as shown)
// and returns the rows per sheet name.
func exportCSV(t *testing.T, soffice, book, dir string, names []string) map[string][][]string {
	t.Helper()
	// Field 9 "true" saves cell contents as shown; field 12 "-1" exports
	// every sheet to book-<sheet>.csv.
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,1029,false,true,true,false,false,-1"
	out := office.Run(t, soffice, dir, nil, "--convert-to", filter, "--outdir", dir, book)
	sheets := map[string][][]string{}
	base := strings.TrimSuffix(filepath.Base(book), ".xlsx")
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, base+"-"+name+".csv"))
		if err != nil {
			t.Fatalf("sheet %s was not exported: %v\n%s", name, err, out)
		}
		r := csv.NewReader(strings.NewReader(string(data)))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		sheets[name] = rows
	}
	return sheets
}

// cellOf reads a cell such as "B8" from CSV rows.
func cellOf(rows [][]string, cell string) string {
	col, row := 0, 0
	for _, c := range cell {
		switch {
		case c >= 'A' && c <= 'Z':
			col = col*26 + int(c-'A'+1)
		default:
			row = row*10 + int(c-'0')
		}
	}
	if row-1 >= len(rows) || col-1 >= len(rows[row-1]) {
		return ""
	}
	return rows[row-1][col-1]
}
