package statuscmd

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/table"
)

// TestNarrowNamesColumns: every column a narrow terminal may leave out
// is a column of its view that people see, for every view.
func TestNarrowNamesColumns(t *testing.T) {
	res := &fulfil.Result{Total: fulfil.Rollup{Milestones: map[fulfil.Status]int{fulfil.Done: 1}},
		Outputs: []fulfil.Output{{Territories: []fulfil.TerritoryValue{{Territory: "x"}}}}}
	for _, by := range viewNames() {
		doc := views[by](res, nil)
		keys := map[string]table.Audience{}
		for _, c := range doc.Table.Columns {
			keys[c.Key] = c.For
		}
		if _, ok := narrow[by]; !ok {
			t.Errorf("view %s: no columns to leave out on a narrow terminal", by)
		}
		for _, k := range narrow[by] {
			if who, ok := keys[k]; !ok || who == table.Machines {
				t.Errorf("view %s leaves out %q on a narrow terminal: not a column people see", by, k)
			}
		}
	}
}

// TestGoldenWidths prints the widest views of the real project for
// terminals of 80, 100 and 120 columns and for a pipe: every line fits,
// and no row wraps onto a second line.
func TestGoldenWidths(t *testing.T) {
	for _, by := range []string{"output", "ka", "territory"} {
		for _, width := range []int{80, 100, 120, 0} {
			name := fmt.Sprintf("real-%s.table.%d", by, width)
			t.Run(name, func(t *testing.T) {
				out, stderr, err := runStatusAt(t, "testdata/realproject", date.New(2022, 9, 30), func(o *Options) {
					o.By, o.Period, o.IO.Width = by, "ZoR5", width
				})
				if err != nil || stderr != "" {
					t.Fatalf("error %v, stderr %q", err, stderr)
				}
				if width == 0 {
					// a pipe: as before terminals were measured
					name = "real-" + by + ".table"
				}
				golden.Check(t, filepath.Join("testdata", name+".golden"), []byte(out))
				lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
				for _, l := range lines {
					if w := twwidth.Width(l); width > 0 && w > width {
						t.Errorf("a line %d wide on a terminal of %d: %s", w, width, l)
					}
				}
				row := map[string]string{"output": "│ supervize ", "ka": "│ KA1 ", "territory": "│ Chrast "}[by]
				if rows := slices.DeleteFunc(lines, func(l string) bool { return !strings.Contains(l, row) }); len(rows) != 1 {
					t.Errorf("row %q on %d lines, want 1", row, len(rows))
				}
			})
		}
	}
}
