package check

import (
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
)

// Figures are the achieved values the fulfilment computed (package
// fulfil) by an as-of date, for every output and part: the one count of
// rrp, distinct persons and opening figures included.
type Figures struct {
	Outputs map[*plan.Output]float64
	Parts   map[*plan.Part]float64
}

// OverTarget warns of outputs and parts recorded beyond their exact
// target or their maximum (often a record filed under the wrong output).
// The figures are the fulfilment's as of the day asked for, so that a
// report as of an earlier day warns of what it shows.
func OverTarget(p *plan.Project, f Figures, fs *finding.List) {
	t := &totals{outputs: f.Outputs, parts: f.Parts}
	t.overTarget(p, fs)
}

// totals are the figures the warnings compare with the targets.
type totals struct {
	outputs map[*plan.Output]float64
	parts   map[*plan.Part]float64
}

func (t *totals) overTarget(p *plan.Project, fs *finding.List) {
	for _, o := range p.AllOutputs() {
		switch g := goalOf(o); {
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
	achieved := t.outputs[o]
	if o.Target.Val > 0 && achieved > o.Target.Val {
		fs.Warnf(o.Target.Pos, finding.CodeOverTarget, "check that no record is filed under the wrong output; if the plan changed, update the target",
			"output %s: %g recorded, over the target of %g", o.Ref(), achieved, o.Target.Val)
	}
	for _, part := range o.Parts {
		achieved := t.parts[part]
		if part.Target.IsSet() && part.Target.Val > 0 && achieved > part.Target.Val {
			fs.Warnf(part.Target.Pos, finding.CodeOverTarget, "check that no record is filed under the wrong part",
				"part %s: %g recorded, over the target of %g", part.Ref(), achieved, part.Target.Val)
		}
	}
}

// overMaximum warns of an output recorded beyond its at_most, and of its
// parts beyond theirs: the parts of a maximum are maximums too.
func (t *totals) overMaximum(o *plan.Output, fs *finding.List) {
	achieved := t.outputs[o]
	if o.AtMost.Val > 0 && achieved > o.AtMost.Val {
		fs.Warnf(o.AtMost.Pos, finding.CodeOverMaximum, "at_most is a ceiling: check that no record is filed under the wrong output; more may not be paid for",
			"output %s: %g recorded, over the maximum of %g", o.Ref(), achieved, o.AtMost.Val)
	}
	for _, part := range o.Parts {
		achieved := t.parts[part]
		if part.Target.IsSet() && part.Target.Val > 0 && achieved > part.Target.Val {
			fs.Warnf(part.Target.Pos, finding.CodeOverMaximum, "the parts of a maximum are maximums: check that no record is filed under the wrong part",
				"part %s: %g recorded, over the maximum of %g", part.Ref(), achieved, part.Target.Val)
		}
	}
}
