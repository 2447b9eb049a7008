package report

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"
)

// FuzzFillTemplate fills templates whose cells hold any text, so that the
// fuzzer works on the fields rather than on the zip around them. Filling
// must never panic; it fails only with a TemplateError that names a cell
// of the template and says what to do, or ErrNoFields; and a filled cell
// of the first row keeps the template's text around its fields (a cell
// without fields is left as it was).
func FuzzFillTemplate(f *testing.F) {
	for _, seed := range [][3]string{
		{"Projekt: {{project.name}} ({{ period.id }})", "{{as_of}}", "{{output.ref}} – {{output.title}}"},
		{"{{total.index}}", "{{project.budget}}", "{{ka.id}}"},
		{"{{output.id}}", "{{ka.id}}", ""},
		{"{{projekt.name}}", "", ""},
		{"nothing to fill", "", ""},
		{"{{output.percent}} %", "{{ output.status }}", "{{ka.territory}} {{ka.index}}"},
		{"{{{{as_of}}}}", "{{as_of}}{{as_of}}", "{{period.from}}–{{period.to}}"},
		{"{{output.target}}", "{{output.achieved}}", "{{ka.outputs}}"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	var (
		once sync.Once
		in   *Input
	)
	f.Fuzz(func(t *testing.T, a1, b1, a2 string) {
		once.Do(func() { in = fixtureInput(t, "") })
		tpl := templateOf(t, map[string]map[string]string{"V": {
			"A1": a1, "B1": b1, "A2": a2, "B2": "{{output.achieved}}", "A3": "pod tabulkou",
		}})
		first, err := firstRow(t, bytes.NewReader(tpl.Bytes()))
		if err != nil {
			return // excelize cannot read back what it wrote of these texts
		}
		var out bytes.Buffer
		err = FillTemplate(tpl, &out, in)
		var te *TemplateError
		switch {
		case errors.As(err, &te):
			if _, _, cerr := excelize.CellNameToCoordinates(te.Cell); cerr != nil || te.Sheet != "V" || te.Hint.String() == "" {
				t.Fatalf("template error at %s!%s without a hint: %v", te.Sheet, te.Cell, err)
			}
			return
		case errors.Is(err, ErrNoFields):
			return
		case err != nil:
			t.Fatalf("FillTemplate: %v", err)
		}
		filled, err := firstRow(t, &out)
		if err != nil {
			t.Fatalf("the filled workbook does not open: %v", err)
		}
		for i, text := range first {
			keepsText(t, text, cellAt(filled, i))
		}
	})
}

// firstRow is row 1 of sheet V of the workbook in r.
func firstRow(t *testing.T, r io.Reader) ([]string, error) {
	t.Helper()
	wb, err := excelize.OpenReader(r)
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	rows, err := wb.GetRows("V")
	if err != nil {
		t.Fatalf("sheet V: %v", err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	return rows[0], nil
}

func cellAt(row []string, i int) string {
	if i < len(row) {
		return row[i]
	}
	return ""
}

// keepsText fails unless got is text with its fields filled: the same
// text when it has none, and the text before the first field and after
// the last one kept when the fields are within text.
func keepsText(t *testing.T, text, got string) {
	t.Helper()
	matches := field.FindAllStringIndex(text, -1)
	switch {
	case len(matches) == 0:
		if got != text {
			t.Fatalf("a cell without fields changed: %q became %q", text, got)
		}
	case len(matches) == 1 && matches[0][0] == 0 && matches[0][1] == len(text):
		// A field alone becomes a value in the cell's own format.
	default:
		before, after := text[:matches[0][0]], text[matches[len(matches)-1][1]:]
		if !strings.HasPrefix(got, before) || !strings.HasSuffix(got, after) {
			t.Fatalf("%q filled as %q: the text around the fields is lost", text, got)
		}
	}
}
