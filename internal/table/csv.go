package table

import (
	"encoding/csv"
	"io"
)

// CSV is one header line of column keys and one line per row, for
// spreadsheets and scripts: numbers with a decimal point and no
// thousands separator, no totals row, UTF-8.
type CSV struct{}

var csvFormat = entry{Name: "csv", Description: "for spreadsheets and scripts", Impl: CSV{}}

// Render writes the table; the title and notes are for people and left out.
func (CSV) Render(w io.Writer, doc *Document) error {
	t := &doc.Table
	idx := t.visible(Machines)
	cw := csv.NewWriter(w)
	header := make([]string, len(idx))
	for i, c := range columns(t, idx) {
		header[i] = c.Key
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range t.Rows {
		cells := pick(r.Cells, idx)
		rec := make([]string, len(cells))
		for i, v := range cells {
			rec[i] = machine(v)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
