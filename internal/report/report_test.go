package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitinfo"
	"github.com/kraj-hk/rrp/internal/project"
)

// fixtureInput loads testdata/project and computes period ZoR2 as of its
// last day, 2025-12-31 (today taken as 2026-06-30).
func fixtureInput(t *testing.T, ka string) *Input {
	t.Helper()
	_, in := fixture(t, ka)
	return in
}

// fixture is fixtureInput with the snapshot it was computed from.
func fixture(t *testing.T, ka string) (*project.Snapshot, *Input) {
	t.Helper()
	snap, err := project.OpenDir("testdata/project", project.Options{Today: date.New(2026, 6, 30)})
	if err != nil {
		t.Fatal(err)
	}
	checked := snap.Check(0)
	if checked.Errors != 0 {
		t.Fatalf("the fixture has errors: %v", checked.Findings)
	}
	return snap, &Input{
		Project: snap.Project, Result: snap.Fulfil(fixtureOptions(t, snap, ka)),
		Findings: checked.Findings, Generator: "rrp test", Data: gitinfo.Info{Commit: "0123456789abcdef0123", Dirty: true},
	}
}

// fixtureOptions selects period ZoR2 as of its last day.
func fixtureOptions(t *testing.T, snap *project.Snapshot, ka string) fulfil.Options {
	t.Helper()
	opts, err := snap.Options(fulfil.Request{Today: date.New(2026, 6, 30), PeriodID: "ZoR2", KA: ka, Thresholds: fulfil.DefaultThresholds})
	if err != nil {
		t.Fatal(err)
	}
	return opts
}

// readBack writes the workbook to bytes and opens it again, as a reader
// of the file would.
func readBack(t *testing.T, in *Input) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestSheets(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	if got := f.GetSheetList(); !slices.Equal(got, Sheets) {
		t.Errorf("sheets %v, want %v", got, Sheets)
	}
}

func TestSummary(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	want := map[string]string{
		"A1":  "Monitorovací zpráva o plnění výstupů",
		"B3":  "Testovací projekt pro sestavu",
		"B4":  "CZ.03.02.02/00/22_000/0000001",
		"B5":  "Královéhradecký kraj",
		"B8":  "ZoR2 (1. 7. 2025 – 31. 12. 2025)",
		"B9":  "31. 12. 2025",
		"B10": "rrp test",
		"B11": "0123456789ab (s neuloženými změnami)",
		"A13": "KA",
		"A14": "KA4", "C14": "Broumov",
		"A15": "KA5", "C15": "Policko",
		"A16": "Celkem",
	}
	expectCells(t, f, sheetSummary, want)
	// KA4: supervize 25 %, podpora 12.5 %, workshop 50 %, akce 30 %; the
	// leaflets are internal. KA5: 25 %. Index = mean of the reported.
	expectNumbers(t, f, sheetSummary, map[string]float64{
		"D14": 4, "E14": 0, "F14": 1, "G14": 1, "H14": 2, "I14": 0, "J14": 117.5 / 4 / 100, "K14": 1,
		"D15": 1, "H15": 1, "J15": 0.25,
		"D16": 5, "F16": 1, "G16": 1, "H16": 3, "J16": 142.5 / 5 / 100, "K16": 1,
	})
	expectFormat(t, f, sheetSummary, "J14", fmtPercent)
	// The title's 14-point letters fit their row.
	if h, err := f.GetRowHeight(sheetSummary, 1); err != nil || h < 20 {
		t.Errorf("the title's row is %v points high (%v), its letters are cut", h, err)
	}
}

func TestOutputs(t *testing.T) {
	in := fixtureInput(t, "")
	f := readBack(t, in)
	rows, err := f.GetRows(sheetOutputs)
	if err != nil {
		t.Fatal(err)
	}
	// Header, the 5 reported outputs and 2 parts; the leaflets are
	// internal (TestInternalOutputs).
	if len(rows) != 8 {
		t.Fatalf("%d rows, want 8", len(rows))
	}
	expectCells(t, f, sheetOutputs, map[string]string{
		"A1": "KA", "I1": "Plnění",
		"C2": "supervize", "E2": "akce", "K2": "ohroženo", "L2": "ano",
		"C3": "podpora", "E3": "hodiny",
		"C5": "akce", "C6": "akce/a", "D6": "– školení", "C7": "akce/b",
		"A8": "KA5", "C8": "konzultace", "K4": "v plánu", "K5": "zpoždění",
	})
	expectNumbers(t, f, sheetOutputs, map[string]float64{
		// target, in period, cumulative, percent
		"F2": 12, "G2": 2, "H2": 3, "I2": 0.25,
		"F3": 20, "G3": 2.5, "H3": 2.5, "I3": 0.125,
		"F4": 2, "G4": 1, "H4": 1, "I4": 0.5,
		"F5": 10, "G5": 3, "H5": 3, "I5": 0.3,
		"F6": 6, "H6": 3, "I6": 0.5,
		"F7": 4, "H7": 0, "I7": 0,
		"F8": 4, "G8": 1, "H8": 1, "I8": 0.25,
	})
	expectFormat(t, f, sheetOutputs, "I2", fmtPercent)
	expectFormat(t, f, sheetOutputs, "F2", fmtInteger)
	expectFormat(t, f, sheetOutputs, "H3", fmtDecimal)
	// The figures are rrp status's: every reported output's cumulative
	// value and expectation as fulfil computed them.
	row := 2
	for _, o := range in.Result.Outputs {
		if !o.Reported {
			continue
		}
		expectNumbers(t, f, sheetOutputs, map[string]float64{ref(8, row): o.Achieved, ref(10, row): o.Expected})
		row += 1 + len(o.Parts)
	}
	cf, err := f.GetConditionalFormats(sheetOutputs)
	if err != nil {
		t.Fatal(err)
	}
	if len(cf["K2:K8"]) != 5 || len(cf["I2:I8"]) != 1 || cf["I2:I8"][0].Type != "data_bar" {
		t.Errorf("conditional formats: %+v", cf)
	}
}

func TestEvents(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	rows, err := f.GetRows(sheetEvents)
	if err != nil {
		t.Fatal(err)
	}
	// ZoR2 up to 2025-12-31, held only: 08-05, four workshops in July,
	// 09-01 (09-02 was cancelled), 10-01, 11-01, 12-31; not 03-10 (ZoR1)
	// nor 2026-01-05 (after the as-of date).
	if len(rows) != 10 {
		t.Fatalf("%d rows, want a header and 9 events: %v", len(rows), rows)
	}
	wantOrder := []string{"4.2/workshop", "4.2/workshop", "4.2/workshop", "4.2/workshop", "4.1/supervize", "4.1/podpora", "4.2/akce/a", "4.2/letak", "5.1/konzultace"}
	for i, want := range wantOrder {
		if got := rows[i+1][3]; got != want {
			t.Errorf("event %d: %s, want %s", i+1, got, want)
		}
	}
	// Dates are real dates shown the Czech way.
	v, err := f.GetCellValue(sheetEvents, "A2", excelize.Options{RawCellValue: true})
	if err != nil || v != "45848" { // 2025-07-10
		t.Errorf("A2 raw value %q (%v), want the serial date 45848", v, err)
	}
	expectFormat(t, f, sheetEvents, "A2", fmtDate)
	expectCells(t, f, sheetEvents, map[string]string{
		"J6": "Policko", // the record's own territory
		"K6": "Obecní úřad Police",
		"E8": "vzdělávací akce – školení",
		"L6": "evidence/KA04/2025-08-05.pdf",
	})
	expectNumbers(t, f, sheetEvents, map[string]float64{"G6": 2, "I6": 8, "H7": 2.5, "G8": 3})
	panes, err := f.GetPanes(sheetEvents)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("the header row is not frozen: %+v %v", panes, err)
	}
	tables, err := f.GetTables(sheetEvents)
	if err != nil || len(tables) != 1 || tables[0].Range != "A1:L10" {
		t.Errorf("want one table (with autofilter) over A1:L10, got %+v %v", tables, err)
	}
}

func TestGroups(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	expectCells(t, f, sheetGroups, map[string]string{
		"A2": "KA4", "B2": "Senioři",
		"A3": "KA4", "B3": "Neformální pečující",
		"A4": "Celkem", "B4": "Senioři",
		"A5": "Celkem", "B5": "Neformální pečující",
	})
	// in period, cumulative participants; in period, cumulative events.
	expectNumbers(t, f, sheetGroups, map[string]float64{
		"C2": 0, "D2": 6, "E2": 0, "F2": 1,
		"C3": 3, "D3": 3, "E3": 1, "F3": 1,
		"C4": 0, "D4": 6, "C5": 3, "D5": 3,
	})
	// Target groups' names are long (a line of the plan): they wrap,
	// in the key activities' rows and in the totals.
	for _, cell := range []string{"B2", "B4"} {
		id, err := f.GetCellStyle(sheetGroups, cell)
		if err != nil {
			t.Fatal(err)
		}
		style, err := f.GetStyle(id)
		if err != nil || style.Alignment == nil || !style.Alignment.WrapText {
			t.Errorf("%s!%s does not wrap: %+v %v", sheetGroups, cell, style, err)
		}
	}
}

func TestControl(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	expectCells(t, f, sheetControls, map[string]string{
		"A2": "informace", "E2": "po-datu-stavu",
		"F2": "Do čísel nejsou započteny záznamy s datem po 31. 12. 2025: 1 záznam.",
		"A3": "varování", "B3": "testdata/project/records/ka04.yaml", "C3": "26", "D3": "3", "E3": "no-evidence",
		"F3": "Uskutečněná akce bez doložení.", "G3": "Doplňte evidence: [cesta k prezenční listině nebo jinému dokladu].",
	})
}

func TestOneKeyActivity(t *testing.T) {
	snap, in := fixture(t, "KA5")
	in.Findings = snap.FindingsOf(in.Findings, "KA5")
	f := readBack(t, in)
	rows, _ := f.GetRows(sheetEvents)
	if len(rows) != 2 || rows[1][1] != "KA5" {
		t.Errorf("KA5's events: %v", rows)
	}
	out, _ := f.GetRows(sheetOutputs)
	if len(out) != 2 {
		t.Errorf("KA5 has one output: %v", out)
	}
	// The missing evidence is KA4's, not KA5's.
	if v, _ := f.GetCellValue(sheetControls, "A3"); v != "" {
		t.Errorf("KA5's Kontrola shows another key activity's finding: %q", v)
	}
}

// TestDeterministic: the same data and arguments give the same workbook,
// byte for byte, whenever it is made (an auditor may compare checksums).
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, fixtureInput(t, "")); err != nil {
		t.Fatal(err)
	}
	for range 5 { // excelize adds some content types in map order
		b.Reset()
		if err := Write(&b, fixtureInput(t, "")); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			pa, pb := zipParts(t, a.Bytes()), zipParts(t, b.Bytes())
			for name, content := range pa {
				if !bytes.Equal(content, pb[name]) {
					t.Errorf("part %s differs between runs", name)
				}
			}
			t.Fatal("two workbooks of the same data differ")
		}
	}
	f, err := excelize.OpenReader(&a)
	if err != nil {
		t.Fatal(err)
	}
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2025-12-31T00:00:00Z" || props.Modified != props.Created || props.Language != "cs-CZ" {
		t.Errorf("document properties: %+v %v", props, err)
	}
}

func zipParts(t *testing.T, data []byte) map[string][]byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = content
	}
	return parts
}

func TestFileName(t *testing.T) {
	per := &fulfil.Period{ID: "ZoR3", From: date.New(2026, 1, 1), To: date.New(2026, 6, 30)}
	byDates := &fulfil.Period{From: date.New(2025, 7, 1), To: date.New(2025, 7, 31)}
	for _, tt := range []struct {
		got, want string
	}{
		{FileName("rrp-iv", per, 0, ""), "rrp-iv-ZoR3.xlsx"},
		{FileName("rrp-iv", per, 0, "KA4"), "rrp-iv-ZoR3-KA4.xlsx"},
		{FileName("rrp-iv", byDates, 0, ""), "rrp-iv-2025-07-01_2025-07-31.xlsx"},
		{FileName("a b/c", nil, date.New(2025, 3, 1), ""), "a_b_c-2025-03-01.xlsx"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %s, want %s", tt.got, tt.want)
		}
	}
}

func expectCells(t *testing.T, f *excelize.File, sheet string, want map[string]string) {
	t.Helper()
	for cell, w := range want {
		got, err := f.GetCellValue(sheet, cell)
		if err != nil || got != w {
			t.Errorf("%s!%s = %q, want %q (%v)", sheet, cell, got, w, err)
		}
	}
}

func expectNumbers(t *testing.T, f *excelize.File, sheet string, want map[string]float64) {
	t.Helper()
	for cell, w := range want {
		raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Errorf("%s!%s: %v", sheet, cell, err)
			continue
		}
		typ, _ := f.GetCellType(sheet, cell)
		var got float64
		if _, err := fmtSscan(raw, &got); err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("%s!%s = %q (type %v), want the number %v", sheet, cell, raw, typ, w)
			continue
		}
		if math.Abs(got-w) > 1e-9 {
			t.Errorf("%s!%s = %v, want %v", sheet, cell, got, w)
		}
	}
}

func expectFormat(t *testing.T, f *excelize.File, sheet, cell, want string) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	style, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if style.CustomNumFmt == nil || *style.CustomNumFmt != want {
		got := "<none>"
		if style.CustomNumFmt != nil {
			got = *style.CustomNumFmt
		}
		t.Errorf("%s!%s number format %s, want %s", sheet, cell, got, want)
	}
}

func fmtSscan(s string, v *float64) (int, error) { return fmt.Sscan(s, v) }

// TestChartPageBreak: with many key activities the chart starts a printed
// page of its own, above its first row; with few it stays below the table.
func TestChartPageBreak(t *testing.T) {
	for _, tt := range []struct {
		kas       int
		wantBreak bool
	}{{1, false}, {chartOwnPage - 1, false}, {chartOwnPage, true}, {14, true}} {
		f := excelize.NewFile()
		if err := f.SetSheetName("Sheet1", sheetSummary); err != nil {
			t.Fatal(err)
		}
		if err := chartPageBreak(f, tt.kas, 30); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		sheet := string(zipParts(t, buf.Bytes())["xl/worksheets/sheet1.xml"])
		if got := strings.Contains(sheet, `<brk id="29"`); got != tt.wantBreak {
			t.Errorf("%d key activities: page break above row 30 %v, want %v:\n%s", tt.kas, got, tt.wantBreak, sheet)
		}
	}
}

// TestProvisionalDates: a project whose dates are provisional says on its
// summary that the pace rests on them; one with final dates adds no row.
func TestProvisionalDates(t *testing.T) {
	in := fixtureInput(t, "")
	in.Result.Provisional = true
	rows, err := readBack(t, in).GetRows(sheetSummary)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rows {
		if len(row) > 1 && row[0] == "Termíny" && strings.HasPrefix(row[1], "předběžné") {
			found = true
		}
	}
	if !found {
		t.Errorf("no provisional dates on the summary: %q", rows)
	}
}
