package diffcmd

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/table"
)

// section is one table of the text and Markdown formats.
type section struct {
	title string
	table table.Table
	// fold: Markdown folds the section away (the records: long, and
	// the outputs above say what they do).
	fold bool
}

// sections are the tables there is something to show in.
func sections(res *diff.Result, p *i18n.Printer) []section {
	var out []section
	if len(res.Outputs) > 0 {
		out = append(out, section{title: p.T("outputs"), table: outputsTable(res.Outputs, p)})
	}
	if len(res.Plan) > 0 {
		out = append(out, section{title: p.T("plan"), table: planTable(res.Plan, p)})
	}
	rc := res.Records
	if n := len(rc.Added) + len(rc.Removed) + len(rc.Changed); n > 0 {
		title := p.Sprintf("records: +%d, −%d, %d changed", len(rc.Added), len(rc.Removed), len(rc.Changed))
		out = append(out, section{title: title, table: recordsTable(rc, p), fold: true})
	}
	return out
}

// titleWidth is how much of a Czech title the terminal shows.
const titleWidth = 40

func outputsTable(cs []diff.OutputChange, p *i18n.Printer) table.Table {
	t := table.Table{Columns: []table.Column{
		{Key: "ka", Header: "KA"},
		{Key: "output", Header: p.T("output")},
		{Key: "title", Header: p.T("title"), Max: titleWidth, Indent: true},
		{Key: "unit", Header: p.T("unit")},
		{Key: "target", Header: p.T("target"), Align: table.Right},
		{Key: "achieved", Header: p.T("achieved"), Align: table.Right},
		{Key: "percent", Header: "%", Align: table.Right},
		{Key: "status", Header: p.T("status")},
	}, Narrow: []string{"unit", "ka", "target", "title"}}
	for _, c := range cs {
		cells := []any{
			c.KA, c.Ref(), c.Title, table.Coded{Code: c.Unit, Text: p.Text(plan.UnitName(c.Unit))},
			change(c.Before, c.After, func(v *fulfil.Value) string { return number(v.Target) }),
			change(c.Before, c.After, func(v *fulfil.Value) string { return number(v.Achieved) }),
			change(c.Before, c.After, func(v *fulfil.Value) string { return table.Percent(v.Percent).String() }),
			change(c.Before, c.After, func(v *fulfil.Value) string { return v.Status.Say(p) }),
		}
		if c.Unit == plan.UnitMilestone { // done or not: no numbers
			cells[4], cells[5], cells[6] = nil, nil, nil
		}
		t.Rows = append(t.Rows, table.Row{Sub: !c.IsWhole(), Cells: cells})
	}
	return t
}

// change is "before → after", or the value alone when it is the same; a
// side without the output shows "–".
func change(a, b *fulfil.Value, show func(*fulfil.Value) string) string {
	before, after := "–", "–"
	if a != nil {
		before = show(a)
	}
	if b != nil {
		after = show(b)
	}
	return arrow(before, after)
}

func arrow(before, after string) string {
	if before == after {
		return before
	}
	return before + " → " + after
}

// number prints a figure as status does: at most two decimals.
func number(v float64) string {
	return strconv.FormatFloat(table.Round(v, 2), 'f', -1, 64)
}

func planTable(cs []diff.PlanChange, p *i18n.Printer) table.Table {
	t := table.Table{Columns: []table.Column{
		{Key: "change", Header: p.T("change")},
		{Key: "ka", Header: "KA"},
		{Key: "output", Header: p.T("output")},
		{Key: "title", Header: p.T("title"), Max: titleWidth},
		{Key: "unit", Header: p.T("unit")},
		{Key: "before", Header: p.T("before"), Align: table.Right},
		{Key: "after", Header: p.T("after"), Align: table.Right},
	}, Narrow: []string{"unit", "ka", "title"}}
	for _, c := range cs {
		o := c.Output
		t.Rows = append(t.Rows, table.Row{Cells: []any{planKind(c.Kind, p), o.KA, o.Ref(), o.Title, table.Coded{Code: o.Unit, Text: p.Text(plan.UnitName(o.Unit))}, dash(c.Before), dash(c.After)}})
	}
	return t
}

// planKind says what kind of change a plan change is, in p's language.
func planKind(kind string, p *i18n.Printer) string {
	switch kind {
	case diff.PlanAdded:
		return p.T("added")
	case diff.PlanRemoved:
		return p.T("removed")
	case diff.PlanTarget:
		return p.T("target")
	case diff.PlanUnit:
		return p.T("unit")
	}
	return kind
}

func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// recordsTable lists removed, then changed, then added records.
func recordsTable(rc diff.RecordChanges, p *i18n.Printer) table.Table {
	t := table.Table{Columns: []table.Column{
		{Key: "mark", Header: ""},
		{Key: "record", Header: p.T("record")},
		{Key: "date", Header: p.T("date")},
		{Key: "output", Header: p.T("output")},
		{Key: "what", Header: p.T("what"), Max: 60},
	}, Narrow: []string{"date", "output"}}
	row := func(mark string, r *diff.Rec, what string) {
		t.Rows = append(t.Rows, table.Row{Cells: []any{mark, fmt.Sprintf("%s:%d", r.File, r.Line), dash(r.Get("date")), dash(r.Get("output")), dash(what)}})
	}
	for i := range rc.Removed {
		row("−", &rc.Removed[i], amount(&rc.Removed[i]))
	}
	for i := range rc.Changed {
		c := &rc.Changed[i]
		row("~", &c.After, edits(c.Fields))
	}
	for i := range rc.Added {
		row("+", &rc.Added[i], amount(&rc.Added[i]))
	}
	return t
}

// amount says what a record counts: its quantity or hours, and whether
// it was cancelled.
func amount(r *diff.Rec) string {
	var parts []string
	for _, name := range []string{"quantity", "hours", "status", "id"} {
		if v := r.Get(name); v != "" {
			parts = append(parts, name+" "+v)
		}
	}
	return strings.Join(parts, ", ")
}

// edits lists the fields an edit changed: "quantity 1 → 3, note".
// Free texts are named, not quoted: they can be long.
func edits(fs []diff.FieldChange) string {
	parts := make([]string, 0, len(fs))
	for _, f := range fs {
		switch f.Name {
		case "note", "place", "evidence", "by_group":
			parts = append(parts, f.Name)
		default:
			parts = append(parts, f.Name+" "+arrow(dash(f.Before), dash(f.After)))
		}
	}
	return strings.Join(parts, ", ")
}
