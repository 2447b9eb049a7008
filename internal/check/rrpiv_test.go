package check_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
)

// TestRRPIVPlan checks the repository's own plan, transcribed from the
// approved RRP IV plan (seed 000): it validates, and every key activity has
// the reported outputs ("Výstupy" lines) and totals per unit counted by hand
// from the seed, plus the quantities the text commits to outside Výstupy
// (reported: false).
//
// A total adds each reported output's number as the plan gives it
// (Output.Goal): a target, and also an at_least ("nejméně", "alespoň",
// "minimálně") or an at_most ("max.") – the seed's figure either way. A
// milestone has no number: it counts among the reported outputs and in
// milestones, in no total. atLeast, atMost and perEvent count the outputs,
// reported or not, whose number is a minimum or a maximum, and those for
// which the seed gives what one event is ("v rozsahu 2 hodin", "pro 15
// účastníků").
//
// It reads the plan alone: the records coordinators commit are checked by
// rrp validate in CI, and a record with a warning must not fail the tests.
func TestRRPIVPlan(t *testing.T) {
	plans := fstest.MapFS{}
	if err := fs.WalkDir(os.DirFS("../.."), "plans", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join("../..", filepath.FromSlash(path)))
		plans[path] = &fstest.MapFile{Data: data}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	snap, err := project.Open(plans, "", project.Options{Today: date.New(2026, 11, 22)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range snap.Check(0).Findings {
		t.Errorf("%s: %s: %s", f.Pos, f.Severity, f.Message)
	}

	want := map[string]kaCounts{
		"KA4":  {8, 31, 0, 0, 0, 0, 2, 0, 2, 0, 6},
		"KA5":  {4, 57, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"KA6":  {7, 65, 20, 0, 4, 0, 3, 0, 0, 0, 2},
		"KA7":  {3, 41, 0, 0, 0, 0, 0, 0, 0, 0, 2},
		"KA8":  {3, 38, 0, 0, 0, 0, 0, 0, 1, 0, 1},
		"KA9":  {14, 15, 0, 300, 0, 6, 1, 0, 0, 0, 0},
		"KA10": {11, 31, 30, 350, 0, 1, 1, 0, 0, 0, 3},
		"KA11": {6, 39, 196, 0, 0, 0, 0, 0, 0, 0, 2},
		"KA12": {4, 6, 0, 0, 0, 1, 0, 0, 0, 0, 1},
		"KA13": {4, 10, 0, 0, 0, 3, 1, 0, 0, 0, 0},
		"KA14": {7, 70, 0, 0, 0, 0, 2, 0, 0, 0, 3},
		"KA15": {7, 0, 226, 0, 0, 2, 1, 1, 0, 0, 0},
		"KA16": {4, 20, 0, 0, 0, 0, 1, 0, 1, 0, 1},
		"KA17": {6, 69, 20, 0, 0, 0, 0, 0, 0, 1, 0},
	}
	got := map[string]kaCounts{}
	for _, ka := range snap.Project.KeyActivities {
		c := got[ka.ID.Val]
		for _, a := range ka.AllActivities() {
			for _, o := range a.Outputs {
				c.add(o)
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

// kaCounts are what TestRRPIVPlan pins of one key activity.
type kaCounts struct {
	reported                             int
	event, hour, piece, person, document float64
	unreported                           int
	milestone, atLeast, atMost, perEvent int
}

// add counts an output: a reported one in its unit's total (its number,
// whatever kind) or among the milestones; any one by the kind of its
// number and whether one event of it is described.
func (c *kaCounts) add(o *plan.Output) {
	n, kind := o.Goal()
	switch kind {
	case plan.AtLeast:
		c.atLeast++
	case plan.AtMost:
		c.atMost++
	}
	if o.PerEvent != nil {
		c.perEvent++
	}
	if !o.IsReported() {
		c.unreported++
		return
	}
	c.reported++
	switch o.Unit.Val {
	case plan.UnitEvent:
		c.event += n
	case plan.UnitHour:
		c.hour += n
	case plan.UnitPiece:
		c.piece += n
	case plan.UnitPerson:
		c.person += n
	case plan.UnitDocument:
		c.document += n
	case plan.UnitMilestone:
		c.milestone++
	}
}
