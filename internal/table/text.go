package table

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Text is the table for the terminal: box-drawn, Czech text measured by
// display width, long text cut to the column's Max and, with a Width,
// the whole fitted to the terminal.
type Text struct {
	// Width is the widest line the terminal shows; 0: no limit.
	Width int
	// P speaks the reader's language.
	P *i18n.Printer
}

var textFormat = entry{Name: "table", Description: "box-drawn, for the terminal",
	Impl: func(o Options) Renderer { return Text{Width: o.Width, P: o.P} }}

// Render writes the title lines, the table and the notes, each line at
// most Width wide: title and notes break between words, the table loses
// what fit allows it to lose, and a note names the columns it left out.
func (t Text) Render(w io.Writer, doc *Document) error {
	g := newGrid(&doc.Table, t.P)
	g.cutToMax()
	notes := doc.Notes
	if t.Width > 0 {
		if left := g.fit(t.Width, doc.Table.Narrow); len(left) > 0 {
			note := t.P.Sprintf("left out to fit the terminal: %s", strings.Join(left, ", "))
			notes = append([]string{note}, notes...)
		}
	}
	if err := lines(w, doc.Title, t.Width); err != nil {
		return err
	}
	if err := draw(w, renderer.NewBlueprint(), g); err != nil {
		return err
	}
	return lines(w, notes, t.Width)
}

// lines writes each of ls on lines of at most width columns (0: any).
func lines(w io.Writer, ls []string, width int) error {
	for _, l := range ls {
		for _, part := range wrap(l, width) {
			if _, err := fmt.Fprintln(w, part); err != nil {
				return err
			}
		}
	}
	return nil
}

// draw is the one place that builds a tablewriter table, for the text and
// the Markdown formats: headers as written (not upper-cased), alignment
// per column. The grid's cells are final: draw cuts and wraps nothing.
func draw(w io.Writer, r tw.Renderer, g *grid) error {
	tbl := tablewriter.NewTable(w,
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithTrimSpace(tw.Off),
	)
	tbl.Configure(func(cfg *tablewriter.Config) { align(cfg, g.cols) })
	tbl.Header(g.header)
	for _, row := range g.rows {
		if err := tbl.Append(row); err != nil {
			return err
		}
	}
	if g.footer != nil {
		tbl.Footer(g.footer)
	}
	return tbl.Render()
}

// align sets the alignment of every section.
func align(cfg *tablewriter.Config, cols []Column) {
	aligns := make([]tw.Align, len(cols))
	for i, c := range cols {
		aligns[i] = tw.AlignLeft
		if c.Align == Right {
			aligns[i] = tw.AlignRight
		}
	}
	cfg.Header.Alignment.PerColumn = aligns
	cfg.Row.Alignment.PerColumn = aligns
	cfg.Footer.Alignment.PerColumn = aligns
}
