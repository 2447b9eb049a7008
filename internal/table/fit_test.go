package table

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// wide is a roll-up as rrp status --by ka prints it: far wider than a
// terminal, with Czech titles to cut, headers to break and columns to
// leave out.
func wide() *Document {
	cols := []Column{
		{Key: "ka", Header: "KA"},
		{Key: "territory", Header: "territory", Max: 24},
		{Key: "title", Header: "title", Max: 40},
	}
	for _, h := range []string{"outputs", "done", "on track", "behind", "at risk", "not started", "index", "internal", "events", "participants", "milestones done"} {
		cols = append(cols, Column{Key: strings.ReplaceAll(h, " ", "_"), Header: h, Align: Right})
	}
	row := func(ka, territory, title string) Row {
		cells := []any{ka, territory, title}
		for i := range 11 {
			cells = append(cells, i*7)
		}
		return Row{Cells: cells}
	}
	return &Document{
		Title: []string{"Společné řešení – MAS (real)", "as of 2022-09-30 · period ZoR5 (2022-04-01 – 2022-09-30) · a title line long enough to be broken"},
		Table: Table{
			Columns: cols,
			Rows: []Row{
				row("KA1", "Skuteč", "Podpora osob ohrožených sociálním vyloučením"),
				row("KA2", "Pardubický kraj", "Síťování"),
				row("KA3", "Žďár nad Sázavou", "Vzdělávání pracovníků sociálních služeb v území"),
			},
			Footer: append([]any{"total", nil, nil}, 1, 2, 3, 4, 5, 6, Percent(7), 8, 9, 10, 11),
			Narrow: []string{"internal", "milestones_done", "participants", "events", "territory", "outputs", "title"},
		},
		Notes: []string{"status: done at the target; on track from 90 % of the expected value, behind from 60 %, at risk below"},
	}
}

// TestFit prints the wide table for terminals of 120, 100, 80 and 60
// columns and for no terminal: every line fits, no row is wrapped onto
// a second line, and what is left out is said.
func TestFit(t *testing.T) {
	for _, width := range []int{0, 120, 100, 80, 60} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			var b bytes.Buffer
			if err := (Text{Width: width}).Render(&b, wide()); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			golden.Check(t, filepath.Join("testdata", fmt.Sprintf("wide.table.%d.golden", width)), b.Bytes())
			for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
				if w := twwidth.Width(line); width > 0 && w > width {
					t.Errorf("line %d wide, the terminal %d: %s", w, width, line)
				}
			}
			for _, ka := range []string{"KA1", "KA2", "KA3", "total"} {
				if n := strings.Count(out, "│ "+ka+" "); n != 1 {
					t.Errorf("row %s on %d lines, want 1", ka, n)
				}
			}
			if left := strings.Contains(out, "left out to fit the terminal: "); left != (width > 0) {
				t.Errorf("note on left-out columns printed: %v", left)
			}
		})
	}
}

// TestFitOrder: a narrower terminal first breaks headers between words,
// then cuts the titles, then leaves out columns in the table's order.
func TestFitOrder(t *testing.T) {
	full := fitted(wide(), 0)
	natural := twwidth.Width(strings.Split(render(t, 0), "\n")[2])
	for _, tt := range []struct {
		width       int
		broken, cut bool
		left        []string
	}{
		{0, false, false, nil},
		{natural, false, false, nil},
		{natural - 3, true, false, nil},
		{natural - 20, true, true, nil},
		{100, true, true, []string{"internal", "milestones done", "participants", "events", "outputs"}},
	} {
		g := fitted(wide(), tt.width)
		if got := strings.Contains(strings.Join(g.header, ""), "\n"); got != tt.broken {
			t.Errorf("width %d: headers broken %v, want %v", tt.width, got, tt.broken)
		}
		title := slices.IndexFunc(g.cols, func(c Column) bool { return c.Key == "title" })
		if got := g.rows[0][title] != full.rows[0][title]; got != tt.cut {
			t.Errorf("width %d: title cut %v (%q), want %v", tt.width, got, g.rows[0][title], tt.cut)
		}
		if !slices.Equal(g.left, tt.left) {
			t.Errorf("width %d: left out %q, want %q", tt.width, g.left, tt.left)
		}
	}
}

// fittedGrid is a grid fitted to a width and the columns it left out.
type fittedGrid struct {
	*grid
	left []string
}

func fitted(doc *Document, width int) fittedGrid {
	g := newGrid(&doc.Table, nil)
	g.cutToMax()
	var left []string
	if width > 0 {
		left = g.fit(width, doc.Table.Narrow)
	}
	return fittedGrid{g, left}
}

func render(t *testing.T, width int) string {
	t.Helper()
	var b bytes.Buffer
	if err := (Text{Width: width}).Render(&b, wide()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestFitSaysItInCzech: the note on the columns left out is in the
// reader's language.
func TestFitSaysItInCzech(t *testing.T) {
	var b bytes.Buffer
	if err := (Text{Width: 80, P: i18n.New(i18n.Czech)}).Render(&b, wide()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "\nvynecháno, aby se tabulka vešla do terminálu: internal") {
		t.Errorf("no Czech note on the columns left out:\n%s", b.String())
	}
}

func TestWrap(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width int
		want  []string
	}{
		{"not started", 0, []string{"not started"}},
		{"not started", 11, []string{"not started"}},
		{"not started", 10, []string{"not", "started"}},
		{"milestones done", 3, []string{"milestones", "done"}},
		{"a b c d", 3, []string{"a b", "c d"}},
		{"účastníci v období", 12, []string{"účastníci v", "období"}},
		{"index 86 %", 8, []string{"index", "86 %"}},
	} {
		if got := wrap(tt.s, tt.width); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestCut(t *testing.T) {
	for _, tt := range []struct {
		s     string
		width int
		want  string
	}{
		{"leták", 5, "leták"},
		{"Žluťoučký kůň", 6, "Žluťo…"},
		{"Žluťoučký kůň", 13, "Žluťoučký kůň"},
	} {
		if got := cut(tt.s, tt.width); got != tt.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
