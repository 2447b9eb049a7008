package report

import "testing"

// TestRowHeight: a row grows with its lines up to the 409 points a
// spreadsheet allows; a taller one is refused by the workbook.
func TestRowHeight(t *testing.T) {
	for n, want := range map[int]float64{1: 15, 2: 30, 27: 405, 28: maxRowHeight, 5000: maxRowHeight} {
		if got := rowHeight(n); got != want {
			t.Errorf("rowHeight(%d) = %g, want %g", n, got, want)
		}
	}
}
