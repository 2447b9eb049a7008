package importer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Table is a sheet read from a CSV file or a workbook: rows of text cells,
// each with the row number a spreadsheet program shows for it.
type Table struct {
	File  string // the name problems are reported under
	Sheet string // the workbook's sheet; "" for CSV
	// Serials says whether a number in a date column is a date cell's
	// serial number (xlsx), and in which date system.
	Serials czech.Serials
	// Note says how the file was read when that is worth knowing (another
	// encoding than UTF-8).
	Note string
	Rows []Row
}

// Row is one row of a table.
type Row struct {
	N     int // 1-based row number
	Cells []string
}

// IsEmpty reports whether no cell holds anything but spaces.
func (r Row) IsEmpty() bool {
	for _, c := range r.Cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// Cell returns the i-th cell, "" beyond the end of a short row.
func (r Row) Cell(i int) string {
	if i < len(r.Cells) {
		return r.Cells[i]
	}
	return ""
}

// ErrSheet is an unknown --sheet: a usage error with a suggestion, both
// said in the reader's language.
type ErrSheet struct {
	Name string
	Hint i18n.Text
}

func (e *ErrSheet) Error() string { return e.text().String() }

// Localize says the error in p's language.
func (e *ErrSheet) Localize(p *i18n.Printer) string { return p.Text(e.text()) }

func (e *ErrSheet) text() i18n.Text { return i18n.T("the workbook has no sheet %q", e.Name) }

// ReadCSV reads a CSV export. Czech Excel writes ";" between cells (the
// comma is the decimal separator) and often Windows-1250 rather than
// UTF-8, sometimes with a byte-order mark; all of that is detected.
func ReadCSV(name string, data []byte) (*Table, error) {
	t := &Table{File: name}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		dec, err := charmap.Windows1250.NewDecoder().Bytes(data)
		if err != nil {
			return nil, i18n.Errorf("%s: cannot read the text: %w", name, err)
		}
		data, t.Note = dec, "read as Windows-1250 (the file is not UTF-8)"
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = separator(data)
	r.FieldsPerRecord = -1 // rows may be short or long; missing cells are empty
	r.LazyQuotes = true    // a stray quote in a note is text, not a broken file
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := r.FieldPos(0)
		t.Rows = append(t.Rows, Row{N: line, Cells: cells})
	}
}

// separator guesses the cell separator from the first line that has one:
// the most frequent of ";", "," and tab outside quotes, ";" on a tie as
// Czech exports use it.
func separator(data []byte) rune {
	for _, line := range strings.Split(string(data), "\n") {
		counts := map[rune]int{}
		quoted := false
		for _, r := range line {
			switch {
			case r == '"':
				quoted = !quoted
			case !quoted && (r == ';' || r == ',' || r == '\t'):
				counts[r]++
			}
		}
		best, n := ';', counts[';']
		for _, r := range []rune{',', '\t'} {
			if counts[r] > n {
				best, n = r, counts[r]
			}
		}
		if n > 0 {
			return best
		}
	}
	return ','
}

// ReadXLSX reads one sheet of a workbook (the first unless sheet names
// one). Cells are read raw: numbers as numbers, dates as their serial
// numbers, so a cell's display format (1,5 or 1.50) does not matter.
// A workbook that expands beyond MaxXLSXExpanded, or a sheet beyond
// MaxSheetRows or MaxSheetColumns, is refused before it fills memory.
func ReadXLSX(name string, r io.Reader, sheet string) (*Table, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := checkExpanded(name, data); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), xlsxOptions)
	if err != nil {
		return nil, i18n.Errorf("%s: not a readable .xlsx workbook: %w", name, err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheet == "" && len(sheets) > 0 {
		sheet = sheets[0]
	}
	if !slices.Contains(sheets, sheet) {
		hint, ok := suggest.Meant(sheet, sheets)
		if !ok {
			hint = i18n.T("the sheets are: %s", strings.Join(sheets, ", "))
		}
		return nil, &ErrSheet{Name: sheet, Hint: hint}
	}
	rows, err := readRows(f, name, sheet)
	if err != nil {
		return nil, err
	}
	t := &Table{File: name, Sheet: sheet, Serials: czech.Serials1900}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil && *props.Date1904 {
		t.Serials = czech.Serials1904
	}
	for i, cells := range rows {
		t.Rows = append(t.Rows, Row{N: i + 1, Cells: cells})
	}
	return t, nil
}
