package diff

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/project"
)

var today = date.New(2026, 1, 15)

// fixture compares testdata/base with testdata/head: one record added at
// the top of a file, one edited (hours 2.5 → 4), one removed, one added
// in a new file for an output the plan adds, and a target raised.
func fixture(t *testing.T) *Result {
	t.Helper()
	base, err := loadWorkTree("testdata/base", today)
	if err != nil {
		t.Fatal(err)
	}
	base.Rev = gitrev.Rev{Name: "main", Commit: strings.Repeat("ab", 20)}
	head, err := loadWorkTree("testdata/head", today)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(base, head, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
}

// TestCompare pins the figures the golden files of rrp diff's formats
// (internal/cli/diffcmd/testdata) show.
func TestCompare(t *testing.T) {
	res := fixture(t)
	s := res.Summary()
	want := Summary{RecordsAdded: 2, RecordsRemoved: 1, RecordsChanged: 1, OutputsChanged: 5, PlanChanges: 2}
	if s != want {
		t.Errorf("summary = %+v, want %+v", s, want)
	}
	if got := s.Line(nil); got != "+2 records, −1, 1 changed; 5 outputs changed; 2 plan changes" {
		t.Errorf("line = %q", got)
	}
	byRef := map[string]OutputChange{}
	for _, o := range res.Outputs {
		byRef[o.Ref()] = o
	}
	if o := byRef["4.1/metodicka-podpora"]; o.Before.Achieved != 2.5 || o.After.Achieved != 4 {
		t.Errorf("hours: %v → %v, want 2.5 → 4", o.Before.Achieved, o.After.Achieved)
	}
	if o := byRef["4.2/kazuistika"]; o.Before != nil || o.After.Achieved != 1 {
		t.Errorf("new output: %+v", o)
	}
	if o, ok := byRef["4.1/letak"]; !ok || o.Before.Percent == o.After.Percent {
		t.Errorf("a new target must change the leaflets' percentage: %+v", o)
	}
	if _, ok := byRef["4.2/metodika"]; ok {
		t.Error("an output nothing happened to is listed")
	}
}

// TestEmptyBase: a revision before the project existed is an empty side;
// every output of the head is new.
func TestEmptyBase(t *testing.T) {
	head, err := loadWorkTree("testdata/head", today)
	if err != nil {
		t.Fatal(err)
	}
	res := Compare(&Side{}, head, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
	s := res.Summary()
	if s.RecordsAdded != 5 || s.PlanChanges != 9 || s.OutputsChanged != 4 {
		t.Errorf("summary = %+v", s)
	}
}

// loadWorkTree opens the project in dir as a command does and makes it
// the work tree's side.
func loadWorkTree(dir string, today date.Date) (*Side, error) {
	snap, err := project.OpenDir(dir, project.Options{Today: today})
	if err != nil {
		return nil, err
	}
	return WorkTree(snap, dir), nil
}
