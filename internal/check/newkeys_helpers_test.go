package check

import (
	"fmt"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/source"
)

// Values written on a given line of one file, so that a test sees where a
// finding points.
func line(n int) source.Pos           { return source.At("t.yaml", n, 1) }
func numAt(v float64, n int) plan.Num { return plan.Num{Val: v, Pos: line(n)} }
func strAt(s string, n int) plan.Str  { return plan.Str{Val: s, Pos: line(n)} }
func flagAt(v bool, n int) plan.Flag  { return plan.Flag{Val: v, Pos: line(n)} }
func dayAt(s string, n int) plan.Day  { return plan.Day{Val: day(s), Pos: line(n)} }
func day(s string) date.Date          { d, err := date.Parse(s); must(err); return d }
func must(err error) {
	if err != nil {
		panic(err)
	}
}

// oneOutput is a project of 2025–2027 with the territories broumov and
// jaromer and one key activity KA4 (broumov) whose activity 4.1 has one
// output o, counted in events with the target 10 on line 2, changed by
// edit.
func oneOutput(edit func(o *plan.Output)) *plan.Project {
	ka := &plan.KeyActivity{ID: str("KA4"), Territory: str("broumov")}
	a := &plan.Activity{ID: str("4.1"), KA: ka}
	o := &plan.Output{Pos: line(1), ID: str("o"), Unit: str(plan.UnitEvent), Target: numAt(10, 2), Activity: a}
	if edit != nil {
		edit(o)
	}
	a.Outputs = []*plan.Output{o}
	ka.Activities = []*plan.Activity{a}
	return &plan.Project{
		Start: dayAt("2025-01-01", 90), End: dayAt("2027-12-31", 91),
		Territories:   []plan.Territory{{ID: str("broumov")}, {ID: str("jaromer")}},
		KeyActivities: []*plan.KeyActivity{ka},
	}
}

// lines are the findings as "line severity code: message", sorted.
func lines(fs *finding.List) []string {
	var out []string
	for _, f := range fs.Sorted() {
		out = append(out, fmt.Sprintf("%d %s %s: %s", f.Pos.Line, f.Severity, f.Code, f.Message))
	}
	return out
}
