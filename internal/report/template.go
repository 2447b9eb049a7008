package report

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/suggest"
	"github.com/kraj-hk/rrp/internal/xlsxlimit"
)

// A template is the funding body's own workbook with fields typed into its
// cells: {{project.name}}, {{as_of}}, … Cells of a row holding
// {{output.…}} fields (or {{ka.…}}) are repeated once per reported output
// (per key activity), in plan order. A cell holding one field alone gets a
// real value (a number, a date, a percentage) in the template's own cell
// format; a field within text is replaced by its text.
var field = regexp.MustCompile(`\{\{\s*([a-z_.]+)\s*\}\}`)

// TemplateError is a field of the template rrp cannot fill, at its cell.
type TemplateError struct {
	Sheet, Cell string
	Problem     i18n.Text
	Hint        i18n.Text
}

func (e *TemplateError) Error() string {
	return fmt.Sprintf("template %s!%s: %s", e.Sheet, e.Cell, e.Problem)
}

// Localize says the error in p's language.
func (e *TemplateError) Localize(p *i18n.Printer) string {
	return p.Sprintf("template %s!%s: %s", e.Sheet, e.Cell, e.Problem)
}

// ErrNotWorkbook means the template could not be read as an .xlsx
// workbook.
var ErrNotWorkbook = i18n.Errorf("not an .xlsx workbook")

// ErrNoFields means the template has no {{…}} field at all: it would come
// out unchanged, which is never what was meant.
var ErrNoFields = i18n.Errorf("the template has no {{…}} fields")

// FillTemplate reads the template workbook and writes it to w filled with
// in's figures.
// A template larger than xlsxlimit allows is refused before it is read.
func FillTemplate(template io.Reader, w io.Writer, in *Input) error {
	f, err := openTemplate(template)
	if err != nil {
		return err
	}
	defer f.Close()
	t := &filler{f: f, in: in, scalars: scalarFields(in), formats: map[formatKey]int{}}
	for _, sheet := range f.GetSheetList() {
		if err := t.sheet(sheet); err != nil {
			return err
		}
	}
	if t.fields == 0 {
		return ErrNoFields
	}
	if err := properties(f, in); err != nil {
		return err
	}
	return writeWorkbook(f, w)
}

// ReadTemplate reads a template file, refusing one larger than any
// workbook xlsxlimit lets rrp read before it takes the memory.
func ReadTemplate(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, xlsxlimit.MaxExpanded+1))
	if err == nil && len(data) > xlsxlimit.MaxExpanded {
		err = xlsxlimit.ErrTooLarge
	}
	return data, err
}

// openTemplate reads the template within xlsxlimit's bounds: a file or a
// zip that claims more is not a workbook a funding body sends.
func openTemplate(template io.Reader) (*excelize.File, error) {
	data, err := io.ReadAll(io.LimitReader(template, xlsxlimit.MaxExpanded+1))
	if err != nil {
		return nil, i18n.Errorf("%w: %v", ErrNotWorkbook, err)
	}
	if len(data) > xlsxlimit.MaxExpanded {
		return nil, i18n.Errorf("%w: %v", ErrNotWorkbook, xlsxlimit.ErrTooLarge)
	}
	if err := xlsxlimit.Check(data); err != nil {
		return nil, i18n.Errorf("%w: %v", ErrNotWorkbook, err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), xlsxlimit.Options)
	if err != nil {
		return nil, i18n.Errorf("%w: %v", ErrNotWorkbook, err)
	}
	return f, nil
}

type filler struct {
	f       *excelize.File
	in      *Input
	scalars map[string]any // the fields a template may use anywhere
	fields  int
	formats map[formatKey]int // template style + number format -> style
}

type formatKey struct {
	style  int
	format string
}

// sheet fills one sheet. Rows are read once, up front; a repeated row
// shifts those below it, which the offset follows.
func (t *filler) sheet(sheet string) error {
	rows, err := t.f.GetRows(sheet)
	if err != nil {
		return err
	}
	offset := 0
	for i, row := range rows {
		n, err := t.row(sheet, i+1+offset, row)
		if err != nil {
			return err
		}
		offset += n - 1
	}
	return nil
}

// row fills the row at index r (1-based) holding the template's cells and
// returns how many rows it became.
func (t *filler) row(sheet string, r int, cells []string) (int, error) {
	list, err := t.listOf(sheet, r, cells)
	if err != nil {
		return 1, err
	}
	if list == nil {
		return 1, t.cells(sheet, r, cells, nil)
	}
	items := list.items(t.in)
	if len(items) == 0 {
		return 0, t.f.RemoveRow(sheet, r)
	}
	for i := 1; i < len(items); i++ {
		if err := t.f.DuplicateRowTo(sheet, r, r+i); err != nil {
			return 0, err
		}
	}
	for i, item := range items {
		if err := t.cells(sheet, r+i, cells, item); err != nil {
			return 0, err
		}
	}
	return len(items), nil
}

// listOf finds which list, if any, the row repeats. A row may repeat one
// list only.
func (t *filler) listOf(sheet string, r int, cells []string) (*list, error) {
	var found *list
	for c, text := range cells {
		for _, m := range field.FindAllStringSubmatch(text, -1) {
			l := listNamed(m[1])
			if l == nil {
				continue
			}
			if found != nil && found != l {
				return nil, &TemplateError{Sheet: sheet, Cell: ref(c+1, r),
					Problem: i18n.T("{{%s}} on a row that repeats {{%s…}}", m[1], found.prefix),
					Hint:    i18n.T("a row repeats for one list: put {{%s…}} and {{%s…}} fields on rows of their own", found.prefix, l.prefix)}
			}
			found = l
		}
	}
	return found, nil
}

// cells replaces the fields of one row; item is the list item the row
// stands for (nil for a row that repeats nothing).
func (t *filler) cells(sheet string, r int, cells []string, item map[string]any) error {
	for c, text := range cells {
		matches := field.FindAllStringSubmatchIndex(text, -1)
		if matches == nil {
			continue
		}
		cell := ref(c+1, r)
		values := make([]any, len(matches))
		for i, m := range matches {
			name := text[m[2]:m[3]]
			v, err := t.value(sheet, cell, name, item)
			if err != nil {
				return err
			}
			values[i] = v
			t.fields++
		}
		if err := t.set(sheet, cell, text, matches, values); err != nil {
			return err
		}
	}
	return nil
}

// value looks a field up among the item's, then the workbook's.
func (t *filler) value(sheet, cell, name string, item map[string]any) (any, error) {
	if v, ok := item[name]; ok {
		return v, nil
	}
	if v, ok := t.scalars[name]; ok {
		return v, nil
	}
	known := slices.Sorted(maps.Keys(t.scalars))
	for _, l := range lists {
		known = append(known, l.fields...)
	}
	hint := i18n.T("the fields are listed in rrp report --help")
	if s, ok := suggest.Closest(name, known); ok {
		hint = i18n.T("did you mean {{%s}}?", s)
	}
	return nil, &TemplateError{Sheet: sheet, Cell: cell, Problem: i18n.T("unknown field {{%s}}", name), Hint: hint}
}

// set writes a cell: a field alone keeps its value's type and gets a
// number format when the template gave it none; fields within text are
// replaced by their text.
func (t *filler) set(sheet, cell, text string, matches [][]int, values []any) error {
	if len(matches) == 1 && matches[0][0] == 0 && matches[0][1] == len(text) {
		return t.setValue(sheet, cell, values[0])
	}
	var b strings.Builder
	last := 0
	for i, m := range matches {
		b.WriteString(text[last:m[0]])
		b.WriteString(textOf(values[i]))
		last = m[1]
	}
	b.WriteString(text[last:])
	return t.f.SetCellStr(sheet, cell, b.String())
}
