package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/xlsxlimit"
	"github.com/xuri/excelize/v2"
)

// templateOf builds a funding body's workbook: cells by sheet, with a
// style of its own on one repeated cell to see that repeating keeps it.
func templateOf(t *testing.T, sheets map[string]map[string]string) *bytes.Buffer {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for name, cells := range sheets {
		if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		for cell, v := range cells {
			if err := f.SetCellStr(name, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := f.DeleteSheet("Sheet1"); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return &buf
}

func fill(t *testing.T, tpl *bytes.Buffer, in *Input) (*excelize.File, error) {
	t.Helper()
	var out bytes.Buffer
	if err := FillTemplate(tpl, &out, in); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, nil
}

func TestFillTemplate(t *testing.T) {
	in := fixtureInput(t, "")
	tpl := templateOf(t, map[string]map[string]string{
		"Výkaz": {
			"A1": "Projekt: {{project.name}} ({{ period.id }})", "A2": "{{as_of}}", "B2": "{{total.index}}",
			"A4": "KA", "B4": "Výstup", "C4": "Cíl", "D4": "Dosaženo", "E4": "Plnění",
			"A5": "{{output.ka}}", "B5": "{{output.ref}} – {{output.title}}", "C5": "{{output.target}}",
			"D5": "{{output.achieved}}", "E5": "{{output.percent}}",
			"A6": "Konec výkazu",
		},
		"KA": {"A1": "{{ka.id}}", "B1": "{{ka.territory}}", "C1": "{{ka.index}}", "D1": "{{ka.outputs}}"},
	})
	f, err := fill(t, tpl, in)
	if err != nil {
		t.Fatal(err)
	}
	// Five reported outputs (the leaflet is internal), then the rows below
	// them, moved down.
	expectCells(t, f, "Výkaz", map[string]string{
		"A1": "Projekt: Testovací projekt pro sestavu (ZoR2)",
		"A5": "KA4", "B5": "4.1/supervize – supervizní setkání",
		"B6": "4.1/podpora – metodická podpora",
		"A9": "KA5", "A10": "Konec výkazu", "A11": "",
		"A2": "31. 12. 2025",
	})
	expectNumbers(t, f, "Výkaz", map[string]float64{
		"C5": 12, "D5": 3, "E5": 0.25, "C6": 20, "D6": 2.5, "E6": 0.125,
		"A2": 46022, "B2": in.Result.Total.Index / 100,
	})
	expectFormat(t, f, "Výkaz", "E5", fmtPercent)
	expectFormat(t, f, "Výkaz", "A2", fmtDate)
	expectCells(t, f, "KA", map[string]string{"A1": "KA4", "B1": "Broumov", "A2": "KA5", "A3": ""})
	expectNumbers(t, f, "KA", map[string]float64{"D1": 4, "C2": in.Result.KeyActivities[1].Index / 100})
}

func TestFillTemplateEmptyList(t *testing.T) {
	in := fixtureInput(t, "")
	in.Result.Outputs = nil
	f, err := fill(t, templateOf(t, map[string]map[string]string{
		"V": {"A1": "{{project.id}}", "A2": "{{output.title}}", "A3": "pod tabulkou"},
	}), in)
	if err != nil {
		t.Fatal(err)
	}
	expectCells(t, f, "V", map[string]string{"A1": "test-rrp", "A2": "pod tabulkou"})
}

func TestFillTemplateErrors(t *testing.T) {
	in := fixtureInput(t, "")
	tests := []struct {
		name  string
		cells map[string]string
		want  string
		hint  string
	}{
		{"unknown field", map[string]string{"B3": "{{output.achived}}"}, "template V!B3: unknown field {{output.achived}}", "did you mean {{output.achieved}}?"},
		{"two lists on a row", map[string]string{"A1": "{{output.id}}", "B1": "{{ka.id}}"}, "template V!B1: {{ka.id}} on a row that repeats {{output.…}}", "a row repeats for one list: put {{output.…}} and {{ka.…}} fields on rows of their own"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := fill(t, templateOf(t, map[string]map[string]string{"V": tt.cells}), in)
			var te *TemplateError
			if !errors.As(err, &te) || err.Error() != tt.want || (tt.hint != "" && te.Hint.String() != tt.hint) {
				t.Errorf("got %v (%+v), want %s, hint %q", err, te, tt.want, tt.hint)
			}
		})
	}
	if _, err := fill(t, templateOf(t, map[string]map[string]string{"V": {"A1": "nothing to fill"}}), in); !errors.Is(err, ErrNoFields) {
		t.Errorf("a template without fields: %v", err)
	}
	if _, err := fill(t, bytes.NewBufferString("not a workbook"), in); !errors.Is(err, ErrNotWorkbook) {
		t.Error("a file that is not a workbook was filled")
	}
}

// TestFillTemplateBomb: a template whose parts claim to expand past
// xlsxlimit is refused before anything is expanded.
func TestFillTemplateBomb(t *testing.T) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, err := z.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate})
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for range xlsxlimit.MaxExpanded>>20 + 1 {
		if _, err := w.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	_, err = fill(t, &b, fixtureInput(t, ""))
	if !errors.Is(err, ErrNotWorkbook) || !strings.Contains(err.Error(), "64 MiB") {
		t.Errorf("got %v, want a refusal for the expanded size", err)
	}
}

// TestReadTemplateTooLarge: a template file larger than any workbook rrp
// reads is refused without reading it all.
func TestReadTemplateTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vykaz.xlsx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(xlsxlimit.MaxExpanded + 1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadTemplate(path); !errors.Is(err, xlsxlimit.ErrTooLarge) {
		t.Errorf("got %v, want ErrTooLarge", err)
	}
}
