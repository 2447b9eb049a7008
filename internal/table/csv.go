package table

import (
	"encoding/csv"
	"io"
	"regexp"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// CSV is one header line of column keys and one line per row, for
// spreadsheets and scripts: no totals row, UTF-8, the keys and codes in
// English whatever the language. Plain, it is RFC 4180: commas, numbers
// with a decimal point and no thousands separator.
type CSV struct {
	// Czech makes what Czech Excel opens by double-click: a byte order
	// mark (without one Excel reads the file in the Windows code page),
	// semicolons (the list separator of the Czech locale), decimal
	// commas, and a text Excel would take for a number or a date (the
	// activity 4.1 for 4 January) written as the formula ="4.1", which
	// shows the text as written.
	Czech bool
}

var csvFormat = entry{Name: "csv", Description: "for spreadsheets; in Czech as Czech Excel opens it (semicolons, decimal commas)",
	Impl: func(o Options) Renderer { return CSV{Czech: o.P.Lang() == i18n.Czech} }}

var csvRFCFormat = entry{Name: "csv-rfc", Description: "for scripts: RFC 4180, commas and decimal points in every language",
	Impl: func(Options) Renderer { return CSV{} }}

// bom is the byte order mark Excel needs to read UTF-8.
const bom = "\uFEFF"

// Render writes the table; the title and notes are for people and left out.
func (c CSV) Render(w io.Writer, doc *Document) error {
	t := &doc.Table
	idx := t.visible(Machines)
	cw := csv.NewWriter(w)
	if c.Czech {
		if _, err := io.WriteString(w, bom); err != nil {
			return err
		}
		cw.Comma = ';'
	}
	header := make([]string, len(idx))
	for i, col := range columns(t, idx) {
		header[i] = col.Key
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range t.Rows {
		cells := pick(r.Cells, idx)
		rec := make([]string, len(cells))
		for i, v := range cells {
			rec[i] = c.cell(v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell renders a cell for the CSV's reader.
func (c CSV) cell(v any) string {
	s := machine(v)
	if !c.Czech {
		return s
	}
	switch v.(type) {
	case float64, Percent, Bound:
		return strings.Replace(s, ".", ",", 1)
	case string, Coded:
		if excelNumber.MatchString(s) {
			return `="` + s + `"`
		}
	}
	return s
}

// excelNumber matches the texts Excel reads as a number, a date, a time
// or a percentage rather than as text: digits with separators ("4.1",
// "1/2", "12:30", "0042", "5 %") or a number with an exponent ("1e5").
var excelNumber = regexp.MustCompile(`^(?:[0-9 .,/:%+-]*[0-9][0-9 .,/:%+-]*|[+-]?[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+)$`)
