package check

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
)

// goal is the number an output is counted against and the key that gives
// it (target, at_least or at_most); the loader has reported an output that
// gives none or more than one.
type goal struct {
	num  plan.Num
	kind plan.TargetKind
}

func goalOf(o *plan.Output) goal {
	_, kind := o.Goal()
	switch kind {
	case plan.Exact:
		return goal{o.Target, kind}
	case plan.AtLeast:
		return goal{o.AtLeast, kind}
	case plan.AtMost:
		return goal{o.AtMost, kind}
	}
	return goal{}
}

// the names the number in a message: "the target" in the reader's
// language, or the key at_least or at_most as written.
func (g goal) the() any {
	if g.kind == plan.Exact || g.kind == plan.NoGoal {
		return i18n.T("the target")
	}
	return string(g.kind)
}

// name is the key that gives the number, as a noun: "target", "at_least".
func (g goal) name() string {
	if g.kind == plan.Exact || g.kind == plan.NoGoal {
		return "target"
	}
	return string(g.kind)
}

// noun names the number in words: "the target", "the minimum", "the
// maximum".
func (g goal) noun() i18n.Text {
	switch g.kind {
	case plan.AtLeast:
		return i18n.T("the minimum")
	case plan.AtMost:
		return i18n.T("the maximum")
	}
	return i18n.T("the target")
}

// a names the number as one of its kind: "a target", "at_least".
func (g goal) a() any {
	if g.kind == plan.Exact || g.kind == plan.NoGoal {
		return i18n.T("a target")
	}
	return string(g.kind)
}

// ceiling reports whether more than the number is a mistake: an exact
// target or a maximum (or a number not given, as before there were
// minimums), not a minimum.
func (g goal) ceiling() bool { return g.kind != plan.AtLeast }

// goalNumber checks an output's number, whichever key gives it: positive,
// and whole unless the output counts hours.
func goalNumber(fs *finding.List, o *plan.Output) {
	g := goalOf(o)
	if !g.num.IsSet() {
		return
	}
	amount(fs, g.num, o.Unit.Val, i18n.T("output %s", o.ID.Val), g.the(), g.a())
}

// target checks a planned target: positive, and whole unless it counts
// hours. what names it ("part %s").
func target(fs *finding.List, t plan.Num, unit string, what i18n.Text) {
	if t.IsSet() {
		amount(fs, t, unit, what, i18n.T("the target"), i18n.T("a target"))
	}
}

// amount checks a planned number named the (in "the target must be
// positive") and a (in "a target in events must be whole").
func amount(fs *finding.List, t plan.Num, unit string, what i18n.Text, the, a any) {
	switch {
	case t.Val <= 0:
		fs.Errorf(t.Pos, finding.CodeTarget, "the target is how many are planned, e.g. 12", "%s: %s must be positive, not %g", what, the, t.Val)
	case unit != plan.UnitHour && slices.Contains(plan.Units, unit) && !isWhole(t.Val):
		fs.Errorf(t.Pos, finding.CodeTarget, "only hours can be fractional", "%s: %s in %ss must be a whole number, not %g", what, a, unit, t.Val)
	}
}
