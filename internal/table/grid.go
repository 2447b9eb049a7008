package table

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// grid is a table as the text formats print it: the columns people see,
// every cell already text.
type grid struct {
	cols   []Column
	header []string
	rows   [][]string
	footer []string // nil: no totals row
}

// subPrefix marks a sub-row in its Indent column.
const subPrefix = "└ "

// newGrid renders the cells people see, in p's language; a row's missing
// value shows as "–", the totals row's as nothing.
func newGrid(t *Table, p *i18n.Printer) *grid {
	idx := t.visible(People)
	g := &grid{cols: columns(t, idx)}
	g.header = make([]string, len(g.cols))
	for i, c := range g.cols {
		g.header[i] = c.Header
	}
	for _, row := range t.Rows {
		g.rows = append(g.rows, texts(g.cols, pick(row.Cells, idx), row.Sub, "–", p))
	}
	if t.hasFooter() {
		g.footer = texts(g.cols, pick(t.Footer, idx), false, "", p)
	}
	return g
}

// texts renders cells for people; none is what a nil cell shows.
func texts(cols []Column, cells []any, sub bool, none string, p *i18n.Printer) []string {
	out := make([]string, len(cells))
	for i, v := range cells {
		out[i] = human(v, p)
		if v == nil {
			out[i] = none
		}
		if sub && cols[i].Indent {
			out[i] = subPrefix + out[i]
		}
	}
	return out
}

// each calls fn for every row of cells, the totals row included.
func (g *grid) each(fn func(cells []string)) {
	for _, r := range g.rows {
		fn(r)
	}
	if g.footer != nil {
		fn(g.footer)
	}
}

// rewrite replaces every cell and header by fn's result.
func (g *grid) rewrite(fn func(string) string) {
	apply := func(cells []string) {
		for i, s := range cells {
			cells[i] = fn(s)
		}
	}
	apply(g.header)
	g.each(apply)
}

// cutToMax cuts the cells of columns with a Max: a text wider than the
// cell's Max, its padding included, is cut one column shorter still, as
// the terminal table has always cut it.
func (g *grid) cutToMax() {
	for i, c := range g.cols {
		if c.Max > 0 {
			g.each(func(cells []string) {
				if twwidth.Width(cells[i]) > c.Max-2 {
					cells[i] = cut(cells[i], c.Max-3)
				}
			})
		}
	}
}

// cutColumn cuts column i's cells to width display columns.
func (g *grid) cutColumn(i, width int) {
	g.each(func(cells []string) { cells[i] = cut(cells[i], width) })
}

// cut shortens s to width display columns, the last of them "…" (not
// after a space). Czech letters are one column each, as the terminal
// shows them.
func cut(s string, width int) string {
	if twwidth.Width(s) <= width {
		return s
	}
	return strings.TrimRight(twwidth.Truncate(s, width-1), " ") + "…"
}

// remove takes column i out of the grid.
func (g *grid) remove(i int) {
	del := func(cells []string) []string { return append(cells[:i:i], cells[i+1:]...) }
	g.cols = append(g.cols[:i:i], g.cols[i+1:]...)
	g.header = del(g.header)
	for r := range g.rows {
		g.rows[r] = del(g.rows[r])
	}
	if g.footer != nil {
		g.footer = del(g.footer)
	}
}

// cellWidth is the widest cell of column i, the header left out.
func (g *grid) cellWidth(i int) int {
	w := 0
	g.each(func(cells []string) { w = max(w, twwidth.Width(cells[i])) })
	return w
}

// longestWord is the widest word of s: a header wraps no narrower.
func longestWord(s string) int {
	w := 0
	for _, word := range words(s) {
		w = max(w, twwidth.Width(word))
	}
	return w
}

// wrap breaks s at spaces into lines of at most width display columns
// (a longer word keeps its own line); a number keeps its "%". width 0
// leaves s whole.
func wrap(s string, width int) []string {
	words := words(s)
	if width <= 0 || twwidth.Width(s) <= width || len(words) < 2 {
		return []string{s}
	}
	var lines []string
	line := words[0]
	for _, word := range words[1:] {
		if twwidth.Width(line)+1+twwidth.Width(word) > width {
			lines = append(lines, line)
			line = word
			continue
		}
		line += " " + word
	}
	return append(lines, line)
}

// words splits s at spaces, a "%" kept with the number before it.
func words(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		if len(out) > 0 && strings.HasPrefix(w, "%") {
			out[len(out)-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

// widest is the width of the widest line of lines.
func widest(lines []string) int {
	w := 0
	for _, l := range lines {
		w = max(w, twwidth.Width(l))
	}
	return w
}
