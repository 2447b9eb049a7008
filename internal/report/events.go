package report

import (
	"iter"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// eventColumns are the Akce sheet's headers, the second and third named
// after the plan's levels.
func eventColumns(h headings) []string {
	return []string{
		"Datum", h.ka, h.activity, "Výstup", "Název výstupu", "Poznámka", "Množství",
		"Hodiny", "Účastníci", "Území", "Místo", "Doklady",
	}
}

// eventsSheet streams the events: it is the one sheet that grows with the
// records (100k rows and more), so its rows are never collected. The
// stream writer wants widths and panes before the rows and the table after
// them, so the rows are made twice: once to fit the columns, once to be
// written, each as it is made. The first also counts the texts, by which
// the stream writer's buffer is made once (see streamSizer).
func eventsSheet(f *excelize.File, st *styles, in *Input, ix *plan.Index, h headings) error {
	columns := eventColumns(h)
	events := in.Result.PeriodEvents()
	var ws widths
	for i, name := range columns {
		ws.fit(i, name)
	}
	ws.fit(0, "30. 12. 2025") // dates are numbers: fit the widest shown
	row := make([]cell, 0, len(columns))
	var text sheetText
	for _, e := range events {
		row = eventRow(st, ix, in.Private, e, row[:0])
		for c, v := range row {
			ws.fit(c, v.v)
		}
		text.add(row)
	}
	ws.limit(4, wrapWidth)
	ws.limit(5, wrapWidth)
	// The stream writer copies the sheet's settings when it starts, so the
	// print set-up goes first.
	if err := printSetup(f, sheetEvents, 1); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheetEvents)
	if err != nil {
		return err
	}
	for i := range columns {
		if err := sw.SetColWidth(i+1, i+1, ws.width(i)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozen(1)); err != nil {
		return err
	}
	rows := func(yield func([]cell) bool) {
		for i, e := range events {
			row = eventRow(st, ix, in.Private, e, row[:0])
			if !yield(row) {
				return
			}
			if in.Progress != nil {
				in.Progress(i+1, len(events))
			}
		}
	}
	if err := streamRows(sw, st, columns, rows, &ws, text); err != nil {
		return err
	}
	if len(events) > 0 {
		if err := sw.AddTable(&excelize.Table{
			Range: "A1:" + ref(len(columns), len(events)+1), Name: "Akce", StyleName: "TableStyleLight9",
		}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// streamRows writes the header and then each row as rows yields it; text
// counts the texts of those rows.
func streamRows(sw *excelize.StreamWriter, st *styles, columns []string, rows iter.Seq[[]cell], ws *widths, text sheetText) error {
	header := make([]any, len(columns))
	for i, name := range columns {
		header[i] = excelize.Cell{StyleID: st.header, Value: name}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	sizer := newStreamSizer(sw, text)
	// The row's cells are handed over by pointer and filled anew for each
	// row: a Cell put in an interface by value is a copy on the heap, 12
	// of them a row.
	cells := make([]excelize.Cell, len(columns))
	values := make([]any, len(columns))
	for c := range cells {
		values[c] = &cells[c]
	}
	next := 2
	var err error
	for row := range rows {
		lines := 1
		for c, v := range row {
			cells[c] = excelize.Cell{StyleID: v.style, Value: v.v}
			if text, ok := v.v.(string); ok && v.style == st.wrap {
				lines = max(lines, lineCount(text, ws.width(c)))
			}
		}
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
		}
		if err = sw.SetRow(ref(1, next), values, opts...); err != nil {
			break
		}
		sizer.wrote(row)
		next++
	}
	return err
}

// eventRow appends the cells of the event e to row.
func eventRow(st *styles, ix *plan.Index, private personal.Set, e *entry.Entry, row []cell) []cell {
	r, o := e.Rec, e.Target.Output
	ref := o.Ref()
	title := o.Title.Val
	if e.Target.Part != nil {
		ref, title = e.Target.Part.Ref(), title+" – "+e.Target.Part.Title.Val
	}
	var quantity, hours cell
	var participants any
	if o.Unit.Val != plan.UnitHour || r.Quantity.IsSet() {
		quantity = st.number(r.Quantity.Or(1))
	}
	if r.Hours.IsSet() {
		hours = st.number(r.Hours.Val)
	}
	if r.Participants.Total.IsSet() {
		participants = r.Participants.Total.Val
	}
	return append(row,
		cell{excelDate(r.Date.Val), st.date}, cell{o.Activity.KA.ID.Val, st.text}, cell{o.Activity.ID.Val, st.text},
		cell{ref, st.text}, cell{title, st.wrap}, cell{private.Text(r.Note), st.wrap}, quantity, hours,
		cell{participants, st.integer}, cell{territoryName(ix, e.Territory), st.text}, cell{private.Text(r.Place), st.text},
		cell{evidence(r, private), st.text},
	)
}

// territoryName is the name of a territory in the codelist, or its id.
func territoryName(ix *plan.Index, id string) string {
	if t, ok := ix.Territory(id); ok {
		return t.Name.Val
	}
	return id
}

func evidence(r *record.Record, private personal.Set) string {
	paths := make([]string, len(r.Evidence))
	for i, e := range r.Evidence {
		paths[i] = private.Text(e)
	}
	return strings.Join(paths, "; ")
}
