package importer

import (
	"bytes"
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/czech"
)

// workbookSeed builds a workbook of one or more sheets from rows of cell
// values, as a coordinator's export would hold them.
func workbookSeed(f testing.TB, date1904 bool, sheets map[string][][]any) []byte {
	f.Helper()
	wb := excelize.NewFile()
	defer wb.Close()
	for _, name := range slices.Sorted(maps.Keys(sheets)) {
		if _, err := wb.NewSheet(name); err != nil {
			f.Fatal(err)
		}
		for i, row := range sheets[name] {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := wb.SetSheetRow(name, cell, &row); err != nil {
				f.Fatal(err)
			}
		}
	}
	if err := wb.DeleteSheet("Sheet1"); err != nil {
		f.Fatal(err)
	}
	if date1904 {
		yes := true
		if err := wb.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}); err != nil {
			f.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := wb.Write(&buf); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzReadXLSX mutates the bytes of small workbooks and reads them as rrp
// import does, then prepares the import. Nothing may panic; a workbook
// that reads gives the sheet asked for, text that is UTF-8, a date system,
// the same table when read again, and rows an import can call new only
// with an id.
func FuzzReadXLSX(f *testing.F) {
	f.Add(workbookSeed(f, false, map[string][][]any{"Akce KA4": {
		{"Přehled akcí 2025"},
		{"Datum", "Výstup", "Hodiny", "Účastníci", "Senioři", "Území", "Doklad", "Poznámka"},
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "4.1/supervize", 1.5, 12, 4, "Broumov", "ev/a.pdf", "první"},
		{"19. 3. 2025", "4.1/metodicka-podpora", "2,5", nil, 2, nil, "ev/b.pdf"},
		{nil, nil, nil, nil, nil, nil},
		{45747.0, "17.1/kulaty-stul", 1, 8, nil, "pocidlinsko", "ev/c.pdf; ev/d.pdf"},
	}}), "")
	f.Add(workbookSeed(f, true, map[string][][]any{
		"List1":     {{"Datum", "Výstup"}, {44270, "4.1/supervize"}},
		"Jiný list": {{"a"}},
	}), "Jiný list")
	f.Add(workbookSeed(f, false, map[string][][]any{"Prázdný": nil}), "")
	f.Add([]byte("PK\x03\x04"), "")
	proj, dir := fuzzProject(f)
	f.Fuzz(func(t *testing.T, data []byte, sheet string) {
		tb, err := ReadXLSX("f.xlsx", bytes.NewReader(data), sheet)
		if err != nil {
			return
		}
		if sheet != "" && tb.Sheet != sheet {
			t.Fatalf("asked for sheet %q, read %q", sheet, tb.Sheet)
		}
		if tb.Serials != czech.Serials1900 && tb.Serials != czech.Serials1904 {
			t.Fatalf("a workbook read without a date system: %v", tb.Serials)
		}
		if again, err := ReadXLSX("f.xlsx", bytes.NewReader(data), sheet); err != nil || !reflect.DeepEqual(again, tb) {
			t.Fatalf("read again: %v, %+v\nfirst: %+v", err, again, tb)
		}
		for _, r := range tb.Rows {
			for _, c := range r.Cells {
				if !utf8.ValidString(c) {
					t.Fatalf("row %d: cell %q is not UTF-8", r.N, c)
				}
			}
		}
		res := Prepare(Input{Table: tb, Snapshot: proj, Dir: dir})
		for _, r := range res.Rows {
			if r.Outcome == New && res.OK() && r.ID == "" {
				t.Errorf("row %d is new without an id", r.Row)
			}
		}
	})
}

// A part whose header claims gigabytes is refused at once. One byte
// changed in a small workbook's central directory (the high byte of the
// size xl/styles.xml expands to) once made rrp import reserve the 4 GB
// claimed, which took up to a minute on a busy machine, and then read the
// broken workbook as if it were whole.
func TestReadXLSXRefusesAClaimedHugePart(t *testing.T) {
	data := bytes.Clone(workbookSeed(t, false, map[string][][]any{"A": {{"Datum", "Výstup"}, {45728, "4.1/supervize"}}}))
	entry := bytes.Index(data, []byte("PK\x01\x02"))
	for entry >= 0 && !bytes.HasPrefix(data[entry+46:], []byte("xl/styles.xml")) {
		next := bytes.Index(data[entry+4:], []byte("PK\x01\x02"))
		entry = max(-1, entry+4+next)
		if next < 0 {
			entry = -1
		}
	}
	if entry < 0 {
		t.Fatal("the workbook has no xl/styles.xml in its central directory")
	}
	data[entry+27] = 0xff // uncompressed size: over 4 GB
	start := time.Now()
	_, err := ReadXLSX("f.xlsx", bytes.NewReader(data), "")
	if err == nil {
		t.Fatal("read a workbook whose styles claim gigabytes")
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("refused after %v", took)
	}
}
