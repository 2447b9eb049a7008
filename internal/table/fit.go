package table

import (
	"slices"
	"strings"
)

// comfortCut is how far texts are cut before a column is left out for
// them: most of a Czech title. minCut is the narrowest a cut text gets,
// before the text's own column is left out: enough to tell titles apart.
const (
	comfortCut = 24
	minCut     = 12
)

// border is what the box-drawn table adds to its cells: "│ " before
// every column, " " after it, and the closing "│".
func border(columns int) int { return 3*columns + 1 }

// fit makes the grid at most width display columns wide, the borders
// included, without wrapping a row. Headers break between their words
// and the texts of the columns with a Max are cut to comfortCut; when
// that is not enough, the columns narrow names are left out, in its
// order, until it is. Then texts are cut to minCut, and columns of texts
// are left out too. A column left out comes back when the others leave
// it room, the last left out first. What room is left widens the texts
// again. fit returns the headers of the columns left out. A table that
// cannot get narrow enough is printed as narrow as it gets.
func (g *grid) fit(width int, narrow []string) (left []string) {
	order := g.order(narrow)
	out := g.leaveOut(width, order)
	for _, i := range order {
		if out[i] && !slices.Contains(left, g.header[i]) { // "in period" of records and of participants
			left = append(left, g.header[i])
		}
	}
	for i := len(g.cols) - 1; i >= 0; i-- {
		if out[i] {
			g.remove(i)
		}
	}
	widths := make([]int, len(g.cols))
	total := border(len(g.cols))
	for i := range g.cols {
		widths[i] = max(g.cellWidth(i), displayWidth(g.header[i]))
		total += widths[i]
	}
	excess := g.wrapHeaders(widths, total-width)
	g.cutTexts(widths, excess)
	return left
}

// order is the indexes of the columns narrow names, in its order.
func (g *grid) order(narrow []string) []int {
	var idx []int
	for _, key := range narrow {
		if i := slices.IndexFunc(g.cols, func(c Column) bool { return c.Key == key }); i >= 0 && !slices.Contains(idx, i) {
			idx = append(idx, i)
		}
	}
	return idx
}

// leaveOut picks the columns to leave out of order, as fit says.
func (g *grid) leaveOut(width int, order []int) map[int]bool {
	out := map[int]bool{}
	for _, floor := range []int{comfortCut, minCut} {
		for _, i := range order {
			if g.least(floor, out) <= width {
				break
			}
			if !out[i] && (floor == minCut || !g.cuttable(i)) {
				out[i] = true
			}
		}
		if g.least(floor, out) <= width {
			break
		}
	}
	// A column comes back only if the texts keep comfortCut with it.
	for k := len(order) - 1; k >= 0; k-- {
		if i := order[k]; out[i] {
			delete(out, i)
			if g.least(comfortCut, out) > width {
				out[i] = true
			}
		}
	}
	return out
}

// cuttable reports whether column i's text may be cut: a title, a name.
func (g *grid) cuttable(i int) bool { return g.cols[i].Max > 0 }

// least is how narrow the grid can get with the columns out left out,
// its texts cut to floor.
func (g *grid) least(floor int, out map[int]bool) int {
	total := border(len(g.cols) - len(out))
	for i := range g.cols {
		if !out[i] {
			total += g.narrowest(i, floor)
		}
	}
	return total
}

// narrowest is how narrow column i can get: its header broken between
// words, its text, when it may be cut, cut to floor.
func (g *grid) narrowest(i, floor int) int {
	cells := g.cellWidth(i)
	if g.cuttable(i) {
		cells = min(cells, floor)
	}
	return max(cells, longestWord(g.header[i]))
}

// wrapHeaders breaks the headers wider than their cells between words,
// the ones that gain most first, until excess is made up; it returns
// what is left of the excess.
func (g *grid) wrapHeaders(widths []int, excess int) int {
	order := make([]int, len(g.cols))
	for i := range order {
		order[i] = i
	}
	gain := func(i int) int { return widths[i] - max(g.cellWidth(i), longestWord(g.header[i])) }
	slices.SortStableFunc(order, func(a, b int) int { return gain(b) - gain(a) })
	for _, i := range order {
		if excess <= 0 || gain(i) <= 0 {
			break
		}
		lines := wrap(g.header[i], max(widths[i]-excess, g.cellWidth(i), longestWord(g.header[i])))
		g.header[i] = strings.Join(lines, "\n")
		narrower := max(g.cellWidth(i), widest(lines))
		excess -= widths[i] - narrower
		widths[i] = narrower
	}
	return excess
}

// cutTexts takes excess columns from the cuttable columns, always from
// the widest, down to minCut each, and cuts their cells.
func (g *grid) cutTexts(widths []int, excess int) {
	floor := make([]int, len(widths))
	for i := range widths {
		floor[i] = g.narrowest(i, minCut)
	}
	for ; excess > 0; excess-- {
		widest := -1
		for i := range widths {
			if g.cuttable(i) && widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			break
		}
		widths[widest]--
	}
	for i := range widths {
		if g.cuttable(i) && widths[i] < g.cellWidth(i) {
			g.cutColumn(i, widths[i])
		}
		if displayWidth(g.header[i]) > widths[i] {
			g.header[i] = strings.Join(wrap(g.header[i], widths[i]), "\n")
		}
	}
}

// displayWidth is the width of s's widest line.
func displayWidth(s string) int { return widest(strings.Split(s, "\n")) }
