package statuscmd

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/office"
)

// TestCzechCSVInLibreOffice opens the CSV rrp status writes in Czech the
// way a Czech spreadsheet opens it: semicolons between values, decimal
// commas, Czech dates recognised (what Excel takes from the Czech locale).
// LibreOffice saves it as a workbook, and every value must sit in its own
// column, titles with their diacritics, figures as numbers, ids such as
// 1.1 as the text they are. CI installs LibreOffice (.ci/run) and fails
// without it; elsewhere the test is skipped.
func TestCzechCSVInLibreOffice(t *testing.T) {
	soffice := office.Find(t, "the CSV")
	out, stderr, err := runStatusAt(t, "testdata/realproject", date.New(2022, 9, 30), func(o *Options) {
		o.Format, o.Period, o.P = "csv", "ZoR5", i18n.New(i18n.Czech)
	})
	if err != nil || stderr != "" {
		t.Fatalf("error %v, stderr %q", err, stderr)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "stav.csv")
	if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	rows := openedBy(t, soffice, path)
	want := rfcRows(t)
	if len(rows) != len(want) {
		t.Fatalf("LibreOffice reads %d rows, want %d", len(rows), len(want))
	}
	for r, row := range rows {
		if len(row) > len(want[0]) {
			t.Errorf("row %d: %d columns, the header %d: %q", r+1, len(row), len(want[0]), row)
			continue
		}
		for c, w := range want[r] {
			got := cellAt(row, c)
			if got.text != w && !sameNumber(got, w) {
				t.Errorf("row %d, %s: LibreOffice shows %q (%s), want %q", r+1, want[0][c], got.text, got.kind, w)
			}
		}
	}
	for _, tt := range []struct {
		row  int
		key  string
		kind string
	}{
		{1, "title", "text"},
		{1, "activity", "text"},
		{1, "expected", "number"},
		{1, "percent", "number"},
		{1, "target", "number"},
	} {
		c := indexOf(want[0], tt.key)
		if got := cellAt(rows[tt.row], c); got.kind != tt.kind {
			t.Errorf("row %d, %s: %q is %s, want %s", tt.row+1, tt.key, got.text, got.kind, tt.kind)
		}
	}
}

// rfcRows are the values as RFC 4180 CSV (csv-rfc) has them: what the
// Czech CSV must read back as.
func rfcRows(t *testing.T) [][]string {
	t.Helper()
	out, _, err := runStatusAt(t, "testdata/realproject", date.New(2022, 9, 30), func(o *Options) {
		o.Format, o.Period = "csv-rfc", "ZoR5"
	})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// shown is a cell of the workbook LibreOffice saved: its value and
// whether it is a number or a text.
type shown struct{ text, kind string }

func cellAt(row []shown, c int) shown {
	if c < len(row) {
		return row[c]
	}
	return shown{kind: "empty"}
}

// sameNumber reports whether a number cell holds the number want writes.
func sameNumber(got shown, want string) bool {
	g, err1 := strconv.ParseFloat(got.text, 64)
	w, err2 := strconv.ParseFloat(want, 64)
	return got.kind == "number" && err1 == nil && err2 == nil && g == w
}

func indexOf(header []string, key string) int {
	for i, k := range header {
		if k == key {
			return i
		}
	}
	return -1
}

// openedBy has LibreOffice open the CSV at path as Czech and save it as
// a workbook, and returns its cells.
func openedBy(t *testing.T, soffice, path string) [][]shown {
	t.Helper()
	dir := filepath.Dir(path)
	// Separator 59 (;), text in double quotes (34), UTF-8 (76: Excel
	// knows it by the byte order mark, LibreOffice is told), from line 1,
	// Czech (1029) numbers and dates, special numbers (dates) detected as
	// Excel does.
	filter := "CSV:59,34,76,1,,1029,false,true"
	out := office.Run(t, soffice, dir, []string{"LANG=cs_CZ.UTF-8", "LC_ALL=cs_CZ.UTF-8"},
		"--infilter="+filter, "--convert-to", "xlsx", "--outdir", dir, path)
	book, err := excelize.OpenFile(strings.TrimSuffix(path, ".csv") + ".xlsx")
	if err != nil {
		t.Fatalf("LibreOffice wrote no workbook: %v\n%s", err, out)
	}
	defer book.Close()
	return cells(t, book)
}

func cells(t *testing.T, book *excelize.File) [][]shown {
	t.Helper()
	sheet := book.GetSheetList()[0]
	rows, err := book.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]shown, len(rows))
	for r, row := range rows {
		for c, v := range row {
			name, _ := excelize.CoordinatesToCellName(c+1, r+1)
			typ, _ := book.GetCellType(sheet, name)
			out[r] = append(out[r], shown{text: v, kind: kindOf(typ, v)})
		}
	}
	return out
}

func kindOf(typ excelize.CellType, v string) string {
	switch {
	case v == "":
		return "empty"
	case typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset && isNumber(v):
		return "number"
	case typ == excelize.CellTypeDate:
		return "date"
	case typ == excelize.CellTypeBool:
		return "bool"
	}
	return "text"
}

func isNumber(v string) bool {
	_, err := strconv.ParseFloat(v, 64)
	return err == nil
}
