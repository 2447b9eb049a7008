package check

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
)

// opening checks an output's opening figure: what was achieved before the
// records begin. Its date may lie before the project starts (work counted
// under an earlier phase), not after it ends; its value is a count like the
// records', and more than an exact target or a maximum is worth a look.
func opening(p *plan.Project, o *plan.Output, fs *finding.List) {
	op := o.Opening
	if op == nil {
		return
	}
	if d := op.Date; d.IsSet() && p.End.IsSet() && d.Val > p.End.Val {
		fs.Errorf(d.Pos, finding.CodeOpening, "the opening figure is what was achieved before the records begin: date it within the project, or before it",
			"output %s: the opening figure's date %s is after the project ends (%s)", o.ID.Val, d.Val, p.End.Val)
	}
	v, unit, g := op.Value, o.Unit.Val, goalOf(o)
	switch {
	case !v.IsSet():
	case v.Val < 0:
		fs.Errorf(v.Pos, finding.CodeOpening, "write what was achieved before the records begin, 0 or more",
			"output %s: the opening value must be 0 or more, not %g", o.ID.Val, v.Val)
	case unit != plan.UnitHour && slices.Contains(plan.Units, unit) && !isWhole(v.Val):
		fs.Errorf(v.Pos, finding.CodeOpening, "only hours can be fractional",
			"output %s: an opening value in %ss must be a whole number, not %g", o.ID.Val, unit, v.Val)
	case g.kind != plan.AtLeast && g.num.IsSet() && v.Val > g.num.Val:
		hint := i18n.T("check the opening figure; if the plan changed, update the target")
		if g.kind == plan.AtMost {
			hint = i18n.T("check the opening figure; if the plan changed, update at_most")
		}
		fs.Add(finding.New(finding.Warning, v.Pos, finding.CodeOpeningOverTarget, "",
			"output %s: the opening value %g is over %s of %g", o.ID.Val, v.Val, g.noun(), g.num.Val).WithHintText(hint))
	}
}
