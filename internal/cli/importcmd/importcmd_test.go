package importcmd_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/cli"
	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/cli/importcmd"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// project copies the scripts' project into a new folder.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"plans/project.yaml", "plans/ka04.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "project", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, "plans"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// rrp runs the command line in-process and returns the exit code and output.
func rrp(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("RRP_TODAY", "2026-01-15")
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{
		IO:       &cmdutil.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut},
		Settings: cmdutil.NewSettings(),
		Now:      time.Now,
	}
	code = cli.Run(f, args)
	return code, out.String(), errOut.String()
}

// workbook writes an xlsx of two sheets: the events sit on the second,
// their dates real date cells.
func workbook(t *testing.T, path string) { workbookIn(t, path, false) }

// workbookIn writes the workbook in the 1900 or the 1904 date system.
func workbookIn(t *testing.T, path string, date1904 bool) {
	t.Helper()
	f := excelize.NewFile()
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
		t.Fatal(err)
	}
	f.SetSheetName("Sheet1", "Úvod")
	f.NewSheet("Akce")
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	rows := [][]any{
		{"Datum", "Výstup", "Hodiny", "Účastníci", "Doklad"},
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), "4.1/metodicka-podpora", 1.5, 6, "a.pdf"},
		{time.Date(2025, 4, 2, 0, 0, 0, 0, time.UTC), "4.1/supervize", nil, 9, "b.pdf"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Akce", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellStyle("Akce", "A2", "A3", style)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestImportXLSX1904: a workbook saved in the 1904 date system (old Mac
// Excel) keeps its days: the same serial number is another day there.
func TestImportXLSX1904(t *testing.T) {
	dir := project(t)
	book := filepath.Join(dir, "akce.xlsx")
	workbookIn(t, book, true)
	if f, err := excelize.OpenFile(book); err != nil {
		t.Fatal(err)
	} else {
		raw, _ := f.GetCellValue("Akce", "A2", excelize.Options{RawCellValue: true})
		f.Close()
		if raw != "44266" {
			t.Fatalf("the 1904 serial of 12. 3. 2025 is 44266, the workbook holds %q", raw)
		}
	}
	code, stdout, stderr := rrp(t, "import", book, "--dir", dir, "--sheet", "Akce")
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 || res.Records[0].Date.Val.String() != "2025-03-12" || res.Records[1].Date.Val.String() != "2025-04-02" {
		t.Errorf("read back %+v", res.Records)
	}
}

func TestImportXLSX(t *testing.T) {
	dir := project(t)
	book := filepath.Join(dir, "akce.xlsx")
	workbook(t, book)

	code, _, stderr := rrp(t, "import", book, "--dir", dir, "--sheet", "akce")
	if code != cmdutil.ExitUsage || !strings.Contains(stderr, `rrp: error: the workbook has no sheet "akce"`) ||
		!strings.Contains(stderr, `rrp: hint: did you mean "Akce"?`) {
		t.Errorf("unknown sheet: exit %d\n%s", code, stderr)
	}

	code, stdout, stderr := rrp(t, "import", book, "--dir", dir, "--sheet", "Akce", "--dry-run")
	if code != 0 || !strings.Contains(stdout, "would import 2 records into 1 file") {
		t.Fatalf("dry run: exit %d\n%s%s", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "records")); err == nil {
		t.Error("--dry-run wrote records")
	}

	code, stdout, stderr = rrp(t, "import", book, "--dir", dir, "--sheet", "Akce")
	if code != 0 || !strings.Contains(stdout, "imported 2 records into 1 file\n") || stderr != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	res, err := load.Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 2 || res.Records[0].Date.Val.String() != "2025-03-12" || res.Records[0].Hours.Val != 1.5 ||
		res.Records[1].Participants.Total.Val != 9 || res.Findings.Len() != 0 {
		t.Errorf("read back %+v, findings %v", res.Records, res.Findings.Sorted())
	}
	data, _ := os.ReadFile(filepath.Join(dir, "records/2025/KA04/import-akce.yaml"))
	if !bytes.HasPrefix(data, []byte("# Imported by rrp import from akce.xlsx, sheet \"Akce\".\n")) {
		t.Errorf("file:\n%s", data)
	}

	code, stdout, _ = rrp(t, "import", book, "--dir", dir, "--sheet", "Akce")
	if code != 0 || stdout != "nothing to import (2 rows already imported)\n" {
		t.Errorf("re-import: exit %d\n%s", code, stdout)
	}
}

func TestExitCodes(t *testing.T) {
	dir := project(t)
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.csv", "datum;výstup;doklad\n2025-03-12;4.1/supervize;a.pdf\n")
	bad := write("bad.csv", "datum;výstup\n2025-03-12;4.1/supervise\n")
	badMap := write("map.yaml", "fixed: {ouput: 4.1/supervize}\n")
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"no file", []string{"import", "--dir", dir}, cmdutil.ExitUsage},
		{"missing file", []string{"import", filepath.Join(dir, "nothing.csv"), "--dir", dir}, cmdutil.ExitUsage},
		{"not a spreadsheet", []string{"import", filepath.Join(dir, "plans/ka04.yaml"), "--dir", dir}, cmdutil.ExitUsage},
		{"not a project", []string{"import", good, "--dir", t.TempDir()}, cmdutil.ExitUsage},
		{"bad row", []string{"import", bad, "--dir", dir}, cmdutil.ExitFailure},
		{"bad mapping", []string{"import", good, "--map", badMap, "--dir", dir}, cmdutil.ExitFailure},
		{"corrupt workbook", []string{"import", write("x.xlsx", "not a zip"), "--dir", dir}, cmdutil.ExitFailure},
		{"good", []string{"import", good, "--dir", dir, "--dry-run"}, cmdutil.ExitOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, stdout, stderr := rrp(t, tc.args...); code != tc.want {
				t.Errorf("exit %d, want %d\n%s%s", code, tc.want, stdout, stderr)
			}
		})
	}
}

func TestFlags(t *testing.T) {
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{}, Settings: cmdutil.NewSettings(), Now: time.Now}
	var got *importcmd.Options
	cmd := importcmd.NewCmdImport(f, func(o *importcmd.Options) error { got = o; return nil })
	cmd.SetArgs([]string{"akce.xlsx", "--map", "m.yaml", "--sheet", "KA4", "--dry-run", "--format", "json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.File != "akce.xlsx" || got.Map != "m.yaml" || got.Sheet != "KA4" || !got.DryRun || got.Format != "json" {
		t.Errorf("options %+v", got)
	}
}

// An import while another holds the project is refused, writing nothing.
func TestImportWhileAnotherRuns(t *testing.T) {
	dir := project(t)
	csv := filepath.Join(dir, "akce.csv")
	if err := os.WriteFile(csv, []byte("datum,výstup,doklad\n2025-03-12,4.1/supervize,a.pdf\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lock, err := writeguard.Acquire(dir, "rrp import")
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr := rrp(t, "import", csv, "--dir", dir)
	if code == 0 || !strings.Contains(stderr, "another rrp import (pid ") || !strings.Contains(stderr, "is running in this project") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "records")); !os.IsNotExist(err) {
		t.Errorf("records written while another import ran: %v", err)
	}
	lock.Release()
	if code, _, stderr := rrp(t, "import", csv, "--dir", dir); code != 0 {
		t.Errorf("after the other ended: exit %d\n%s", code, stderr)
	}
}

// records/ a link out of the project: nothing is written there.
func TestImportRefusesALinkOut(t *testing.T) {
	dir := project(t)
	outside := t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "records")); err != nil {
		t.Skip(err)
	}
	csv := filepath.Join(dir, "akce.csv")
	if err := os.WriteFile(csv, []byte("datum,výstup,doklad\n2025-03-12,4.1/supervize,a.pdf\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := rrp(t, "import", csv, "--dir", dir)
	if code == 0 || !strings.Contains(stderr, "is a symbolic link out of the project") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("written outside the project: %v", entries)
	}
}
