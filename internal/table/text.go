package table

import (
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Text is the table for the terminal: box-drawn, Czech text measured by
// display width, long text cut to the column's Max.
type Text struct{}

var textFormat = entry{Name: "table", Description: "box-drawn, for the terminal", Impl: Text{}}

// Render writes the title lines, the table and the notes.
func (Text) Render(w io.Writer, doc *Document) error {
	if err := lines(w, doc.Title); err != nil {
		return err
	}
	if err := draw(w, renderer.NewBlueprint(), &doc.Table, true, nil); err != nil {
		return err
	}
	return lines(w, doc.Notes)
}

func lines(w io.Writer, ls []string) error {
	for _, l := range ls {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return nil
}

// subPrefix marks a sub-row in its Indent column.
const subPrefix = "└ "

// draw is the one place that builds a tablewriter table, for the text and
// the Markdown formats: the columns people see, headers as written (not
// upper-cased), alignment per column, sub-rows indented. limit applies the
// columns' Max widths; escape, when set, rewrites every cell.
func draw(w io.Writer, r tw.Renderer, t *Table, limit bool, escape func(string) string) error {
	idx := t.visible(People)
	cols := columns(t, idx)
	tbl := tablewriter.NewTable(w,
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithTrimSpace(tw.Off),
	)
	tbl.Configure(func(cfg *tablewriter.Config) { configure(cfg, cols, limit) })
	headers := make([]string, len(cols))
	for i, c := range cols {
		headers[i] = c.Header
	}
	tbl.Header(apply(headers, escape))
	for _, row := range t.Rows {
		if err := tbl.Append(apply(texts(cols, pick(row.Cells, idx), row.Sub, "–"), escape)); err != nil {
			return err
		}
	}
	if t.hasFooter() {
		tbl.Footer(apply(texts(cols, pick(t.Footer, idx), false, ""), escape))
	}
	return tbl.Render()
}

// texts renders cells for people; none is what a nil cell shows.
func texts(cols []Column, cells []any, sub bool, none string) []string {
	out := make([]string, len(cells))
	for i, v := range cells {
		out[i] = human(v)
		if v == nil {
			out[i] = none
		}
		if sub && cols[i].Indent {
			out[i] = subPrefix + out[i]
		}
	}
	return out
}

func apply(ss []string, fn func(string) string) []string {
	if fn != nil {
		for i, s := range ss {
			ss[i] = fn(s)
		}
	}
	return ss
}

// configure sets the alignment of every section and, for the terminal, the
// widest cells.
func configure(cfg *tablewriter.Config, cols []Column, limit bool) {
	aligns := make([]tw.Align, len(cols))
	widths := tw.Mapper[int, int]{}
	for i, c := range cols {
		aligns[i] = tw.AlignLeft
		if c.Align == Right {
			aligns[i] = tw.AlignRight
		}
		if limit && c.Max > 0 {
			widths[i] = c.Max
		}
	}
	cfg.Header.Alignment.PerColumn = aligns
	cfg.Row.Alignment.PerColumn = aligns
	cfg.Footer.Alignment.PerColumn = aligns
	if len(widths) > 0 {
		cfg.Row.ColMaxWidths.PerColumn = widths
		cfg.Row.Formatting.AutoWrap = tw.WrapTruncate
		cfg.Footer.ColMaxWidths.PerColumn = widths
		cfg.Footer.Formatting.AutoWrap = tw.WrapTruncate
	}
}
