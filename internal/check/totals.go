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
		achieved := t.outputs[o] / o.Divisor()
		if o.Target.IsSet() && o.Target.Val > 0 && achieved > o.Target.Val {
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
}
