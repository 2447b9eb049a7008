package check

import (
	"rrp/internal/date"
	"rrp/internal/entry"
	"rrp/internal/finding"
	"rrp/internal/plan"
)

// OverTarget warns of outputs and parts recorded beyond their target by
// asOf (often a record filed under the wrong output), counting by the one
// rule (entry.Counts), so that a report as of an earlier day warns of what
// it shows. A zero asOf counts every dated record.
func OverTarget(p *plan.Project, entries []entry.Entry, asOf date.Date, fs *finding.List) {
	if asOf == 0 {
		asOf = date.Max
	}
	t := newTotals()
	for i := range entries {
		if e := &entries[i]; e.Counts(asOf, "") {
			t.add(e)
		}
	}
	t.overTarget(p, fs)
}

// totals sums what the counting records add to each output and part.
type totals struct {
	outputs map[*plan.Output]float64
	parts   map[*plan.Part]float64
}

func newTotals() *totals {
	return &totals{outputs: map[*plan.Output]float64{}, parts: map[*plan.Part]float64{}}
}

func (t *totals) add(e *entry.Entry) {
	t.outputs[e.Target.Output] += e.Amount
	if e.Target.Part != nil {
		t.parts[e.Target.Part] += e.Amount
	}
}

func (t *totals) overTarget(p *plan.Project, fs *finding.List) {
	for _, o := range p.AllOutputs() {
		switch g := goalOf(o); {
		case o.Distinct.Val:
			// Its figure is the number of distinct persons (with
			// min_hours), which only the fulfilment counts; the sum of the
			// records would warn of persons counted twice.
		case g.kind == plan.Exact, g.kind == plan.NoGoal && !o.IsMilestone():
			// An output whose number is missing (an error of its own)
			// still has its parts checked, as always.
			t.overExact(o, fs)
		case g.kind == plan.AtMost:
			t.overMaximum(o, fs)
		}
		// A minimum may be passed; a milestone has no number.
	}
}

// overExact warns of an output or a part recorded beyond its exact target.
func (t *totals) overExact(o *plan.Output, fs *finding.List) {
	achieved := t.outputs[o] / o.Divisor()
	if o.Target.Val > 0 && achieved > o.Target.Val {
		fs.Warnf(o.Target.Pos, finding.CodeOverTarget, "check that no record is filed under the wrong output; if the plan changed, update the target",
			"output %s: %g recorded, over the target of %g", o.Ref(), achieved, o.Target.Val)
	}
	for _, part := range o.Parts {
		achieved := t.parts[part] / o.Divisor()
		if part.Target.IsSet() && part.Target.Val > 0 && achieved > part.Target.Val {
			fs.Warnf(part.Target.Pos, finding.CodeOverTarget, "check that no record is filed under the wrong part",
				"part %s: %g recorded, over the target of %g", part.Ref(), achieved, part.Target.Val)
		}
	}
}

// overMaximum warns of an output recorded beyond its at_most, and of its
// parts beyond theirs: the parts of a maximum are maximums too.
func (t *totals) overMaximum(o *plan.Output, fs *finding.List) {
	achieved := t.outputs[o] / o.Divisor()
	if o.AtMost.Val > 0 && achieved > o.AtMost.Val {
		fs.Warnf(o.AtMost.Pos, finding.CodeOverMaximum, "at_most is a ceiling: check that no record is filed under the wrong output; more may not be paid for",
			"output %s: %g recorded, over the maximum of %g", o.Ref(), achieved, o.AtMost.Val)
	}
	for _, part := range o.Parts {
		achieved := t.parts[part] / o.Divisor()
		if part.Target.IsSet() && part.Target.Val > 0 && achieved > part.Target.Val {
			fs.Warnf(part.Target.Pos, finding.CodeOverMaximum, "the parts of a maximum are maximums: check that no record is filed under the wrong part",
				"part %s: %g recorded, over the maximum of %g", part.Ref(), achieved, part.Target.Val)
		}
	}
}
