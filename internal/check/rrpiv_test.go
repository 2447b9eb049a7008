package check_test

import (
	"fmt"
	"testing"

	"rrp/internal/date"
	"rrp/internal/plan"
	"rrp/internal/project"
)

// TestRRPIVPlan checks the repository's own plan, transcribed from the
// approved RRP IV plan (seed 000): it validates, and every key activity has
// the reported outputs ("Výstupy" lines) and totals per unit counted by hand
// from the seed, plus the quantities the text commits to outside Výstupy
// (reported: false).
func TestRRPIVPlan(t *testing.T) {
	snap, err := project.OpenDir("../..", project.Options{Today: date.New(2026, 11, 22)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range snap.Check(0).Findings {
		t.Errorf("%s: %s: %s", f.Pos, f.Severity, f.Message)
	}

	type counts struct {
		reported                             int
		event, hour, piece, person, document float64
		unreported                           int
	}
	want := map[string]counts{
		"KA4":  {8, 31, 0, 0, 0, 0, 2},
		"KA5":  {4, 57, 0, 0, 0, 0, 0},
		"KA6":  {7, 65, 20, 0, 4, 0, 3},
		"KA7":  {3, 41, 0, 0, 0, 0, 0},
		"KA8":  {3, 38, 0, 0, 0, 0, 0},
		"KA9":  {14, 15, 0, 300, 0, 6, 1},
		"KA10": {11, 31, 30, 350, 0, 1, 1},
		"KA11": {6, 39, 196, 0, 0, 0, 0},
		"KA12": {4, 6, 0, 0, 0, 1, 0},
		"KA13": {4, 10, 0, 0, 0, 3, 1},
		"KA14": {7, 70, 0, 0, 0, 0, 2},
		"KA15": {7, 0, 226, 0, 0, 3, 1},
		"KA16": {4, 20, 0, 0, 0, 0, 1},
		"KA17": {6, 69, 20, 0, 0, 0, 0},
	}
	got := map[string]counts{}
	for _, ka := range snap.Project.KeyActivities {
		c := got[ka.ID.Val]
		for _, a := range ka.AllActivities() {
			for _, o := range a.Outputs {
				if !o.IsReported() {
					c.unreported++
					continue
				}
				c.reported++
				switch o.Unit.Val {
				case plan.UnitEvent:
					c.event += o.Target.Val
				case plan.UnitHour:
					c.hour += o.Target.Val
				case plan.UnitPiece:
					c.piece += o.Target.Val
				case plan.UnitPerson:
					c.person += o.Target.Val
				case plan.UnitDocument:
					c.document += o.Target.Val
				}
			}
		}
		got[ka.ID.Val] = c
	}
	if len(got) != len(want) {
		t.Errorf("%d key activities, want %d (KA4 … KA17)", len(got), len(want))
	}
	for id, w := range want {
		if g := got[id]; g != w {
			t.Errorf("%s: got %s, want %s", id, fmt.Sprintf("%+v", g), fmt.Sprintf("%+v", w))
		}
	}
	if n := len(snap.Project.Territories); n != 14 {
		t.Errorf("%d territories, want 14 (12 ORPs, Hradecký venkov, Pocidlinsko)", n)
	}
}
