package check

import (
	"rrp/internal/finding"
	"rrp/internal/plan"
	"rrp/internal/record"
)

// totals sums what held records contribute to each output and part, to warn
// of outputs recorded beyond their target (often a record filed under the
// wrong output).
type totals struct {
	outputs map[*plan.Output]float64
	parts   map[*plan.Part]float64
}

func newTotals() *totals {
	return &totals{outputs: map[*plan.Output]float64{}, parts: map[*plan.Part]float64{}}
}

func (t *totals) add(r *record.Record, target plan.Target) {
	amount := r.Amount(target.Output.Unit.Val)
	t.outputs[target.Output] += amount
	if target.Part != nil {
		t.parts[target.Part] += amount
	}
}

func (t *totals) overTarget(p *plan.Project, fs *finding.List) {
	for _, o := range p.AllOutputs() {
		achieved := t.outputs[o] / o.Divisor()
		if o.Target.IsSet() && o.Target.Val > 0 && achieved > o.Target.Val {
			fs.Warnf(o.Target.Pos, "over-target", "check that no record is filed under the wrong output; if the plan changed, update the target",
				"output %s: %s recorded, over the target of %s", o.Ref(), num(achieved), num(o.Target.Val))
		}
		for _, part := range o.Parts {
			achieved := t.parts[part] / o.Divisor()
			if part.Target.IsSet() && part.Target.Val > 0 && achieved > part.Target.Val {
				fs.Warnf(part.Target.Pos, "over-target", "check that no record is filed under the wrong part",
					"part %s: %s recorded, over the target of %s", part.Ref(), num(achieved), num(part.Target.Val))
			}
		}
	}
}
