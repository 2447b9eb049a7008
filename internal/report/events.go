package report

import (
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"rrp/internal/date"
	"rrp/internal/fulfil"
	"rrp/internal/plan"
	"rrp/internal/record"
)

var eventColumns = []string{
	"Datum", "KA", "Aktivita", "Výstup", "Název výstupu", "Poznámka", "Množství",
	"Hodiny", "Účastníci", "Území", "Místo", "Doklady",
}

// event is a held record of the report's period with what it counts for.
type event struct {
	rec    *record.Record
	target plan.Target
}

// periodEvents lists the held records of the period (up to the as-of date)
// of the selected key activities, by date; records of one day stay in file
// order.
func periodEvents(in *Input, ix *plan.Index) []event {
	r := in.Result
	var out []event
	for i := range in.Records {
		rec := &in.Records[i]
		t, ok := ix.Resolve(rec.Output.Val)
		if !ok || !rec.IsHeld() || !rec.Date.IsSet() || !inReport(r, t) || !inPeriod(r, rec.Date.Val) {
			continue
		}
		out = append(out, event{rec: rec, target: t})
	}
	slices.SortStableFunc(out, func(a, b event) int { return int(a.rec.Date.Val - b.rec.Date.Val) })
	return out
}

// inReport reports whether an output belongs to the report's key activity.
func inReport(r *fulfil.Result, t plan.Target) bool {
	return r.KA == "" || t.Output.Activity.KA.ID.Val == r.KA
}

func inPeriod(r *fulfil.Result, d date.Date) bool {
	if d > r.AsOf {
		return false
	}
	return r.Period == nil || r.Period.From <= d && d <= r.Period.To
}

// eventsSheet streams the events: it is the one sheet that grows with the
// records (100k rows and more), so it is written row by row. The stream
// writer wants widths and panes before the rows and the table after them.
func eventsSheet(f *excelize.File, st *styles, in *Input, ix *plan.Index) error {
	events := periodEvents(in, ix)
	rows := make([][]cell, len(events))
	var ws widths
	for i, h := range eventColumns {
		ws.fit(i, h)
	}
	ws.fit(0, "30. 12. 2025") // dates are numbers: fit the widest shown
	for i, e := range events {
		rows[i] = eventRow(st, ix, e)
		for c, v := range rows[i] {
			ws.fit(c, v.v)
		}
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
	for i := range eventColumns {
		if err := sw.SetColWidth(i+1, i+1, ws.width(i)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozen(1)); err != nil {
		return err
	}
	if err := streamRows(sw, st, rows, &ws); err != nil {
		return err
	}
	if len(rows) > 0 {
		if err := sw.AddTable(&excelize.Table{
			Range: "A1:" + ref(len(eventColumns), len(rows)+1), Name: "Akce", StyleName: "TableStyleLight9",
		}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func streamRows(sw *excelize.StreamWriter, st *styles, rows [][]cell, ws *widths) error {
	header := make([]any, len(eventColumns))
	for i, h := range eventColumns {
		header[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	values := make([]any, len(eventColumns))
	for i, row := range rows {
		lines := 1
		for c, v := range row {
			values[c] = excelize.Cell{StyleID: v.style, Value: v.v}
			if text, ok := v.v.(string); ok && v.style == st.wrap {
				lines = max(lines, lineCount(text, ws.width(c)))
			}
		}
		var opts []excelize.RowOpts
		if lines > 1 {
			opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
		}
		if err := sw.SetRow(ref(1, i+2), values, opts...); err != nil {
			return err
		}
	}
	return nil
}

func eventRow(st *styles, ix *plan.Index, e event) []cell {
	r, o := e.rec, e.target.Output
	ref := o.Ref()
	title := o.Title.Val
	if e.target.Part != nil {
		ref, title = e.target.Part.Ref(), title+" – "+e.target.Part.Title.Val
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
	return []cell{
		{excelDate(r.Date.Val), st.date}, {o.Activity.KA.ID.Val, st.text}, {o.Activity.ID.Val, st.text},
		{ref, st.text}, {title, st.wrap}, {r.Note.Val, st.wrap}, quantity, hours,
		{participants, st.integer}, {territoryName(ix, r, o), st.text}, {r.Place.Val, st.text},
		{evidence(r), st.text},
	}
}

// territoryName is the record's territory, or its key activity's.
func territoryName(ix *plan.Index, r *record.Record, o *plan.Output) string {
	id := r.Territory.Or(o.Activity.KA.Territory.Val)
	if t, ok := ix.Territory(id); ok {
		return t.Name.Val
	}
	return id
}

func evidence(r *record.Record) string {
	paths := make([]string, len(r.Evidence))
	for i, e := range r.Evidence {
		paths[i] = e.Val
	}
	return strings.Join(paths, "; ")
}
