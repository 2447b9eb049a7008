package importer

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/project"
)

var today = date.New(2026, time.January, 15)

// testProject writes a small project of two key activities into a new folder.
func testProject(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"plans/project.yaml": `id: t
name: Test
start: 2025-01-01
end: 2027-12-31
target_groups:
  seniori: Senioři
  neformalni-pecujici: Neformální pečující
territories:
  broumov: {name: Broumov, type: ORP}
  pocidlinsko: {name: Pocidlinsko, type: DSO}
`,
		"plans/ka04.yaml": `id: KA4
title: A
territory: broumov
activities:
  - id: "4.1"
    title: Setkávání
    outputs:
      - {id: supervize, title: supervizní setkání, unit: event, target: 12}
      - {id: metodicka-podpora, title: metodická podpora, unit: hour, target: 20}
`,
		"plans/ka17.yaml": `id: KA17
title: B
territory: pocidlinsko
activities:
  - id: "17.1"
    title: Kulaté stoly
    outputs:
      - {id: kulaty-stul, title: kulatý stůl, unit: event, target: 10}
`,
	}
	for name, body := range files {
		write(t, filepath.Join(dir, name), body)
	}
	return dir
}

func write(t testing.TB, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// prepare loads the project and prepares the import of the table.
func prepare(t *testing.T, dir string, tb *Table, m *Mapping) *Result {
	t.Helper()
	return Prepare(Input{Table: tb, Mapping: m, Snapshot: open(t, dir), Dir: dir})
}

// open opens the project in dir as rrp does, today being today.
func open(t testing.TB, dir string) *project.Snapshot {
	t.Helper()
	snap, err := project.OpenDir(dir, project.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// readBack loads the project as rrp validate does and fails on any error.
func readBack(t *testing.T, dir string) *project.Snapshot {
	t.Helper()
	res := open(t, dir)
	for _, f := range res.Check(0).Findings {
		if f.Severity == finding.Error {
			t.Errorf("written records do not validate: %s: %s", f.Pos, f.Message)
		}
	}
	return res
}

const goodCSV = "\ufeffDatum;Výstup;Hodiny;Účastníci;Senioři;Území;Doklad;Poznámka\n" +
	"12. 3. 2025;4.1/supervize;1,5;12;4;Broumov;ev/a.pdf;první\n" +
	";;;;;;;\n" +
	"2025-03-19;4.1/metodicka-podpora;2;;;;ev/b.pdf;\n" +
	"19.3.2025;17.1/kulaty-stul;;8;;pocidlinsko;ev/c.pdf; s \"uvozovkami\"\n" +
	"5.1.2026;4.1/supervize;;;;;ev/d.pdf;\n"

func TestImportCSVReadsBackAndReimportsNothing(t *testing.T) {
	dir := testProject(t)
	tb, err := ReadCSV("akce.csv", []byte(goodCSV))
	if err != nil {
		t.Fatal(err)
	}
	res := prepare(t, dir, tb, nil)
	if !res.OK() {
		t.Fatalf("problems: %+v", res.Findings)
	}
	if got := [4]int{res.Count(New), res.Count(Empty), res.Count(Already), len(res.Files)}; got != [4]int{4, 1, 0, 3} {
		t.Fatalf("new, empty, already, files = %v", got)
	}
	if err := Write(dir, res.Files); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"records/2025/KA04/import-akce.yaml", "records/2025/KA17/import-akce.yaml", "records/2026/KA04/import-akce.yaml"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Errorf("missing %s: %v", p, err)
		}
	}
	back := readBack(t, dir)
	if len(back.Records) != 4 {
		t.Fatalf("read back %d records, want 4", len(back.Records))
	}
	r := back.Records[0] // records/2025/KA04: the first row
	if r.Hours.Val != 1.5 || r.Participants.Total.Val != 12 || len(r.Participants.ByGroup) != 1 ||
		r.Participants.ByGroup[0].Group.Val != "seniori" || r.Territory.Val != "broumov" || r.Note.Val != "první" ||
		r.Date.Val.String() != "2025-03-12" || !strings.HasPrefix(r.ID.Val, IDPrefix) {
		t.Errorf("first record read back as %+v", r)
	}

	again := prepare(t, dir, tb, nil)
	if again.Count(New) != 0 || again.Count(Already) != 4 || len(again.Files) != 0 {
		t.Errorf("re-import: new %d, already %d, files %d", again.Count(New), again.Count(Already), len(again.Files))
	}
}

// A second sheet of the same name goes to a new file beside the first.
func TestImportNeverReplacesAFile(t *testing.T) {
	dir := testProject(t)
	old := "- {date: 2025-02-01, output: 4.1/supervize, evidence: [x.pdf]}\n"
	write(t, filepath.Join(dir, "records/2025/KA04/import-akce.yaml"), old)
	tb, _ := ReadCSV("in/akce.csv", []byte("datum,výstup,doklad\n2025-03-12,4.1/supervize,a.pdf\n"))
	res := prepare(t, dir, tb, nil)
	if !res.OK() || len(res.Files) != 1 {
		t.Fatalf("problems %+v, files %d", res.Findings, len(res.Files))
	}
	want := filepath.Join(dir, "records/2025/KA04/import-akce-2.yaml")
	if res.Files[0].Path != want {
		t.Errorf("path %s, want %s", res.Files[0].Path, want)
	}
	// Someone takes that name between planning and writing.
	write(t, want, old)
	if err := Write(dir, res.Files); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"import-akce.yaml", "import-akce-2.yaml"} {
		if data, _ := os.ReadFile(filepath.Join(dir, "records/2025/KA04", p)); string(data) != old {
			t.Errorf("%s was changed", p)
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, "records/2025/KA04/import-akce-3.yaml"))
	if err != nil || !bytes.Contains(data, []byte("# Imported by rrp import from akce.csv.")) {
		t.Errorf("import-akce-3.yaml: %v\n%s", err, data)
	}
	readBack(t, dir)
}

// When one file cannot be written, none is, and no folder is left behind.
func TestWriteAllOrNothing(t *testing.T) {
	dir := testProject(t)
	tb, _ := ReadCSV("akce.csv", []byte("datum;výstup;doklad\n2025-03-12;4.1/supervize;a.pdf\n2026-01-02;4.1/supervize;b.pdf\n"))
	res := prepare(t, dir, tb, nil)
	if !res.OK() || len(res.Files) != 2 {
		t.Fatalf("problems %+v, files %d", res.Findings, len(res.Files))
	}
	write(t, filepath.Join(dir, "records/2026"), "a file where the folder for 2026 should go")
	if err := Write(dir, res.Files); err == nil {
		t.Fatal("Write succeeded")
	}
	var left []string
	filepath.WalkDir(filepath.Join(dir, "records"), func(p string, d os.DirEntry, err error) error {
		left = append(left, p)
		return nil
	})
	want := []string{filepath.Join(dir, "records"), filepath.Join(dir, "records/2026")}
	if strings.Join(left, "\n") != strings.Join(want, "\n") {
		t.Errorf("left behind:\n%s", strings.Join(left, "\n"))
	}
}

// A workbook with real date cells, numbers and a text date, its header
// below a title row, read through a mapping file.
func TestImportXLSX(t *testing.T) {
	dir := testProject(t)
	f := excelize.NewFile()
	sh := "Akce KA4"
	f.SetSheetName("Sheet1", sh)
	f.NewSheet("Jiný list")
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	rows := [][]any{
		{"Přehled akcí 2025"},
		{"Datum akce", "Hodin", "Pečující", "Senioři", "Jméno lektora", "Doklad"},
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), 1.5, 3, 4, "Jana", "a.pdf"},
		{"19. 3. 2025", "2,5", nil, 2, nil, "b.pdf"},
		{nil, nil, nil, nil, nil, nil},
		{45747.0, 1, 0, 1, nil, "c.pdf"}, // 31. 3. 2025 as a bare serial with a date format
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sh, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellStyle(sh, "A3", "A6", dateStyle)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m, ps := ParseMapping("map.yaml", []byte(`columns:
  Datum akce: date
  Hodin: hours
  Pečující: by_group.neformalni-pecujici
fixed:
  output: 4.1/metodicka-podpora
ignore: [Jméno lektora]
`))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if _, err := ReadXLSX("akce.xlsx", bytes.NewReader(buf.Bytes()), "Jiny list"); err == nil || !strings.Contains(err.(*ErrSheet).Hint.String(), `"Jiný list"`) {
		t.Errorf("unknown sheet: %v", err)
	}
	tb, err := ReadXLSX("akce.xlsx", bytes.NewReader(buf.Bytes()), "")
	if err != nil {
		t.Fatal(err)
	}
	res := prepare(t, dir, tb, m)
	if !res.OK() || res.Count(New) != 3 || res.Count(Empty) != 1 || len(res.Ignored) != 0 {
		t.Fatalf("problems %+v, new %d, empty %d, ignored %q", res.Findings, res.Count(New), res.Count(Empty), res.Ignored)
	}
	if err := Write(dir, res.Files); err != nil {
		t.Fatal(err)
	}
	back := readBack(t, dir)
	var got []string
	for _, r := range back.Records {
		got = append(got, r.Date.Val.String()+" "+r.Output.Val+" "+num(r.Hours.Val)+" "+num(r.Participants.Total.Val))
	}
	want := "2025-03-12 4.1/metodicka-podpora 1.5 7|2025-03-19 4.1/metodicka-podpora 2.5 2|2025-03-31 4.1/metodicka-podpora 1 1"
	if strings.Join(got, "|") != want {
		t.Errorf("read back\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	data, _ := os.ReadFile(res.Files[0].Path)
	if !bytes.HasPrefix(data, []byte(`# Imported by rrp import from akce.xlsx, sheet "Akce KA4".`)) {
		t.Errorf("header comment:\n%s", data)
	}
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// TestProgressOfRows: the progress is told of every row below the header,
// in order, and ends at all of them; the result is as without it.
func TestProgressOfRows(t *testing.T) {
	dir := testProject(t)
	var csv strings.Builder
	csv.WriteString("datum;výstup;místo\n")
	for i := range 40 {
		if i == 7 {
			csv.WriteString(";;\n") // an empty row counts too
		}
		csv.WriteString("12. 3. 2025;4.1/supervize;Sál " + strconv.Itoa(i) + "\n")
	}
	tb, err := ReadCSV("akce.csv", []byte(csv.String()))
	if err != nil {
		t.Fatal(err)
	}
	var told [][2]int
	in := Input{Table: tb, Snapshot: open(t, dir), Dir: dir, Progress: func(done, total int) { told = append(told, [2]int{done, total}) }}
	res := Prepare(in)
	if n := res.Count(New); n != 40 {
		t.Fatalf("%d new records, want 40: %v", n, res.Findings)
	}
	if len(told) == 0 || told[len(told)-1] != [2]int{41, 41} {
		t.Fatalf("progress ended at %v, want [41 41]", told[len(told)-1:])
	}
	for i := 1; i < len(told); i++ {
		if told[i][0] < told[i-1][0] || told[i][1] != 41 {
			t.Fatalf("progress went %v then %v", told[i-1], told[i])
		}
	}
}
