package report

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// cell is a value with its style.
type cell struct {
	v     any
	style int
}

// Column widths, in characters.
const (
	minWidth  = 6
	maxWidth  = 60 // longer texts wrap
	wrapWidth = 45 // the width of columns that hold long free text
)

// widths tracks the widest value of each column, so columns fit their text.
type widths struct {
	w   []float64
	cap []float64 // per-column maximum; 0 means maxWidth
}

func (ws *widths) fit(col int, v any) {
	for len(ws.w) <= col {
		ws.w = append(ws.w, minWidth)
	}
	ws.w[col] = max(ws.w[col], displayWidth(v))
}

// limit caps a column's width (long titles wrap instead).
func (ws *widths) limit(col int, width float64) {
	for len(ws.cap) <= col {
		ws.cap = append(ws.cap, 0)
	}
	ws.cap[col] = width
}

func (ws *widths) width(col int) float64 {
	limit := float64(maxWidth)
	if col < len(ws.cap) && ws.cap[col] > 0 {
		limit = ws.cap[col]
	}
	return min(ws.w[col], limit)
}

// displayWidth estimates how many characters wide a value shows, with a
// little padding.
func displayWidth(v any) float64 {
	switch x := v.(type) {
	case nil:
		return 0
	case string:
		return float64(utf8.RuneCountInString(x)) + 2
	case float64:
		// Digits before the point, one decimal, separators: no need to
		// format each of 100k numbers to measure it.
		return math.Floor(math.Log10(math.Max(math.Abs(x), 1))) + 1 + 5
	case int:
		return displayWidth(float64(x))
	}
	return 10
}

// grid writes rows to a normal (not streamed) sheet and fits the columns
// and the heights of rows with wrapped text.
type grid struct {
	f     *excelize.File
	sheet string
	// wraps are the styles of wrapped text: rows with such cells grow to
	// show all their lines (spreadsheets do not always do that on opening).
	wraps   []int
	row     int // the last row written
	wrapped []wrappedText
	widths
}

type wrappedText struct {
	row, col int
	text     string
}

// add writes the cells as the next row. A nil value leaves the cell empty.
func (g *grid) add(cells ...cell) error {
	g.row++
	for i, c := range cells {
		ref, err := excelize.CoordinatesToCellName(i+1, g.row)
		if err != nil {
			return err
		}
		if c.v != nil {
			if err := g.f.SetCellValue(g.sheet, ref, c.v); err != nil {
				return err
			}
		}
		if text, ok := c.v.(string); ok && c.style != 0 && slices.Contains(g.wraps, c.style) {
			g.wrapped = append(g.wrapped, wrappedText{g.row, i, text})
		}
		if c.style != 0 {
			if err := g.f.SetCellStyle(g.sheet, ref, ref, c.style); err != nil {
				return err
			}
		}
	}
	return nil
}

// fitted is add for table rows: their values also size the columns.
func (g *grid) fitted(cells ...cell) error {
	for i, c := range cells {
		g.fit(i, c.v)
	}
	return g.add(cells...)
}

// header writes a row of column names in the header style.
func (g *grid) header(style int, names []string) error {
	cells := make([]cell, len(names))
	for i, n := range names {
		cells[i] = cell{n, style}
	}
	return g.fitted(cells...)
}

// skip leaves n empty rows.
func (g *grid) skip(n int) { g.row += n }

// setWidths applies the fitted column widths, then the heights of the rows
// whose wrapped text needs more than one line.
func (g *grid) setWidths() error {
	for i := range g.w {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := g.f.SetColWidth(g.sheet, col, col, g.width(i)); err != nil {
			return err
		}
	}
	lines := map[int]int{}
	for _, w := range g.wrapped {
		lines[w.row] = max(lines[w.row], lineCount(w.text, g.width(w.col)))
	}
	for row, n := range lines {
		if n > 1 {
			if err := g.f.SetRowHeight(g.sheet, row, rowHeight(n)); err != nil {
				return err
			}
		}
	}
	return nil
}

// lineCount estimates the lines a text wraps to in a column of width
// units. A unit is the width of a digit; Czech text averages a little
// narrower (measured on LibreOffice's rendering of the RRP IV titles).
func lineCount(text string, width float64) int {
	perLine := max(int(width*1.1), 1)
	return max(1, (utf8.RuneCountInString(text)+perLine-1)/perLine)
}

// rowHeight is the height in points of a row of n lines of 11-point text.
func rowHeight(n int) float64 { return min(15*float64(n), maxRowHeight) }

// maxRowHeight is the tallest row a spreadsheet allows (409 points); a
// longer text scrolls within its cell.
const maxRowHeight = 409

// ref names the cell at column col (1-based) of row.
func ref(col, row int) string {
	name, _ := excelize.CoordinatesToCellName(col, row)
	return name
}

// absRange is an absolute reference to a range on a sheet, for charts and
// defined names: 'Souhrn'!$B$3:$B$9.
func absRange(sheet string, col1, row1, col2, row2 int) string {
	c1, _ := excelize.ColumnNumberToName(col1)
	c2, _ := excelize.ColumnNumberToName(col2)
	return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheet, c1, row1, c2, row2)
}
