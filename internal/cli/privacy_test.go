package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// leaks are the personal data of privateRecords in every form an output
// could carry them.
var leaks = []string{"777 123 456", "777123456", "123 456", "jan.novak", "seznam.cz", "novakova"}

const privateRecords = `# kontakt na pečující: 777 123 456
- date: 2025-03-12
  output: 4.3/supervizni-setkani
  place: u paní, tel. 777 123 456
  note: volejte 777 123 456, jan.novak@seznam.cz
  evidence: [evidence/2025-03-12.pdf]
- date: 2025-03-13
  output: 4.3/supervizni-setkani
  note: beseda # volat 777 123 456
  evidence: ['C:\Users\novakova\prezence.pdf']
`

// TestNoOutputRepeatsPersonalData holds that personal data in a record
// (a note, a place, a comment, an evidence path) never leaves the file
// that holds it: no format of validate, status, report, diff or import
// repeats it.
func TestNoOutputRepeatsPersonalData(t *testing.T) {
	dir := privateProject(t)
	t.Setenv("RRP_TODAY", "2026-01-15")
	outputs := map[string]string{}
	for _, format := range []string{"text", "json", "github", "gitlab"} {
		outputs["validate "+format] = runRRP(t, "validate", "--dir", dir, "--format", format)
	}
	for _, format := range []string{"table", "csv", "json", "markdown"} {
		outputs["status "+format] = runRRP(t, "status", "--dir", dir, "--format", format)
	}
	book := filepath.Join(t.TempDir(), "report.xlsx")
	outputs["report"] = runRRP(t, "report", "--dir", dir, "--force", "--from", "2025-01-01", "--to", "2025-12-31", "--output", book)
	outputs["report workbook"] = workbookText(t, book)
	split := t.TempDir()
	outputs["report --split"] = runRRP(t, "report", "--dir", dir, "--force", "--from", "2025-01-01", "--to", "2025-12-31", "--split", "ka", "--output", split)
	books, _ := filepath.Glob(filepath.Join(split, "*.xlsx"))
	if len(books) == 0 {
		t.Fatal("report --split wrote no workbook")
	}
	for _, b := range books {
		outputs["split "+filepath.Base(b)] = workbookText(t, b)
	}
	sheet := filepath.Join(t.TempDir(), "akce.csv")
	writeFile(t, sheet, "datum,výstup,poznámka,doklad\n2025-03-14,4.3/supervizni-setkani,volejte 777 123 456,evidence/b.pdf\n")
	for _, format := range []string{"text", "json"} {
		outputs["import "+format] = runRRP(t, "import", sheet, "--dir", dir, "--dry-run", "--format", format)
	}
	if diffable(t, dir) {
		for _, format := range []string{"table", "markdown", "json"} {
			outputs["diff "+format] = runRRP(t, "diff", "HEAD", "--dir", dir, "--format", format)
		}
	}
	for name, out := range outputs {
		for _, leak := range leaks {
			if strings.Contains(out, leak) {
				t.Errorf("%s repeats %q:\n%s", name, leak, out)
			}
		}
	}
	// The test must see the records: their findings and the withheld texts.
	for name, want := range map[string]string{
		"validate text": "a phone number", "report workbook": "[osobní údaj skryt]", "diff json": "[osobní údaj skryt]",
		"validate json": "a phone number in a comment",
	} {
		if _, ran := outputs[name]; ran && !strings.Contains(outputs[name], want) {
			t.Errorf("%s does not say %q:\n%s", name, want, outputs[name])
		}
	}
}

// privateProject is the RRP IV plan with privateRecords, in a git
// repository whose last commit holds the records without personal data.
func privateProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "plans"), os.DirFS("../../plans")); err != nil {
		t.Fatal(err)
	}
	clean := strings.NewReplacer("777 123 456", "brzy", "jan.novak@seznam.cz", "", `C:\Users\novakova\prezence.pdf`, "evidence/x.pdf").Replace(privateRecords)
	writeFile(t, filepath.Join(dir, "records", "a.yaml"), clean)
	git(t, dir, "init", "-q")
	git(t, dir, "add", "-A")
	git(t, dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "clean")
	writeFile(t, filepath.Join(dir, "records", "a.yaml"), privateRecords)
	return dir
}

func diffable(t *testing.T, dir string) bool {
	_, err := os.Stat(filepath.Join(dir, ".git"))
	return err == nil
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		return // rrp diff is then left out
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runRRP runs rrp and returns what it wrote, to stdout and stderr.
func runRRP(t *testing.T, args ...string) string {
	t.Helper()
	var out bytes.Buffer
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &out, ErrOut: &out}, Settings: cmdutil.NewSettings(), Now: time.Now}
	Run(f, args)
	return out.String()
}

// workbookText is every cell of every sheet of a workbook.
func workbookText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	return b.String()
}
