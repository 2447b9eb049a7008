package diff

import (
	"fmt"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/fulfil"
)

// rec builds a record from "file id date output quantity" ("-" for not
// written); Index is set by recs.
func rec(spec string) Rec {
	f := strings.Fields(spec)
	get := func(i int) string {
		if f[i] == "-" {
			return ""
		}
		return f[i]
	}
	return Rec{File: f[0], ID: get(1), Fields: []Field{
		{"id", get(1)}, {"date", get(2)}, {"output", get(3)}, {"quantity", get(4)},
	}}
}

func recs(specs ...string) []Rec {
	out := make([]Rec, len(specs))
	index := map[string]int{}
	for i, s := range specs {
		out[i] = rec(s)
		out[i].Index = index[out[i].File]
		out[i].Line = int32(1 + 3*out[i].Index)
		index[out[i].File]++
	}
	return out
}

// describe renders the changes compactly: +file:line, -file:line,
// ~file:line(fields), and the number moved.
func describe(c RecordChanges) string {
	var parts []string
	for _, r := range c.Removed {
		parts = append(parts, fmt.Sprintf("-%s:%d", r.File, r.Line))
	}
	for _, ch := range c.Changed {
		var names []string
		for _, f := range ch.Fields {
			names = append(names, f.Name)
		}
		parts = append(parts, fmt.Sprintf("~%s:%d(%s)", ch.After.File, ch.After.Line, strings.Join(names, ",")))
	}
	for _, r := range c.Added {
		parts = append(parts, fmt.Sprintf("+%s:%d", r.File, r.Line))
	}
	if c.Moved > 0 {
		parts = append(parts, fmt.Sprintf("moved %d", c.Moved))
	}
	return strings.Join(parts, " ")
}

func TestMatchRecords(t *testing.T) {
	for _, tt := range []struct {
		name       string
		base, head []Rec
		want       string
	}{
		{"same", recs("a - 2025-01-01 x 1", "a - 2025-01-02 y 1"), recs("a - 2025-01-01 x 1", "a - 2025-01-02 y 1"), ""},
		{"added at the top shifts nothing", recs("a - 2025-01-01 x 1", "a - 2025-01-02 y 1"),
			recs("a - 2025-01-05 z 1", "a - 2025-01-01 x 1", "a - 2025-01-02 y 1"), "+a:1"},
		{"removed in the middle", recs("a - 2025-01-01 x 1", "a - 2025-01-02 y 1", "a - 2025-01-03 z 1"),
			recs("a - 2025-01-01 x 1", "a - 2025-01-03 z 1"), "-a:4"},
		{"edited in place", recs("a - 2025-01-01 x 1", "a - 2025-01-02 y 1"),
			recs("a - 2025-01-01 x 3", "a - 2025-01-02 y 1"), "~a:1(quantity)"},
		{"an edited date keeps the output", recs("a - 2025-01-01 x 1"), recs("a - 2025-02-01 x 1"), "~a:1(date)"},
		{"the best pair wins over file order", recs("a - 2025-01-01 x 1", "a - 2025-01-02 x 1"),
			recs("a - 2025-01-02 x 5", "a - 2025-01-01 x 7"), "~a:1(quantity) ~a:4(quantity)"},
		{"neither date nor output shared: another event", recs("a - 2025-01-01 x 1"), recs("a - 2025-02-01 y 1"), "-a:1 +a:1"},
		{"an identical duplicate removed is one removed", recs("a - 2025-01-01 x 1", "a - 2025-01-01 x 1"),
			recs("a - 2025-01-01 x 1"), "-a:4"},
		{"moved to another file changes nothing", recs("a - 2025-01-01 x 1"), recs("b - 2025-01-01 x 1"), "moved 1"},
		{"edited and moved without id: removed and added", recs("a - 2025-01-01 x 1"), recs("b - 2025-01-01 x 2"), "-a:1 +b:1"},
		{"an id follows the record across files", recs("a r1 2025-01-01 x 1"), recs("b r1 2025-03-01 y 2"), "~b:1(date,output,quantity)"},
		{"an id added in place is an edit", recs("a - 2025-01-01 x 1"), recs("a r1 2025-01-01 x 1"), "~a:1(id)"},
		{"different ids in place: same output, so edited", recs("a r1 2025-01-01 x 1"), recs("a r2 2025-01-01 x 1"), "~a:1(id)"},
		{"all new", nil, recs("a - 2025-01-01 x 1"), "+a:1"},
		{"all gone", recs("a - 2025-01-01 x 1"), nil, "-a:1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := describe(MatchRecords(tt.base, tt.head)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTerritoryShares: an output's share of a territory is compared as its
// parts are, and counted apart from the outputs that changed.
func TestTerritoryShares(t *testing.T) {
	out := func(achieved, chrast float64) []fulfil.Output {
		return []fulfil.Output{{KA: "KA1", Activity: "1.2", ID: "stoly", Unit: "event", Value: fulfil.Value{Target: 4, Achieved: achieved},
			Territories: []fulfil.TerritoryValue{
				{Territory: "skutec", Name: "Skuteč", Value: fulfil.Value{Target: 2, Achieved: 1}},
				{Territory: "chrast", Name: "Chrast", Value: fulfil.Value{Target: 2, Achieved: chrast}},
			}}}
	}
	changes := compareOutputs(out(1, 0), out(2, 1))
	if len(changes) != 2 || changes[1].Ref() != "1.2/stoly @ chrast" || changes[1].IsWhole() || !changes[0].IsWhole() {
		t.Fatalf("changes %+v", changes)
	}
	res := &Result{Outputs: changes}
	if s := res.Summary(); s.OutputsChanged != 1 {
		t.Errorf("%d outputs changed, want 1: a territory's share is not an output", s.OutputsChanged)
	}
}
