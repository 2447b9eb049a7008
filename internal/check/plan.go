package check

import (
	"math"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Plan checks the project file and the key activities.
func Plan(p *plan.Project, ix *plan.Index, fs *finding.List) {
	projectDates(p, fs)
	periods(p, fs)
	territories(p, fs)
	funding(p, fs)
	personCodePattern(p, fs)
	kaIDs, activityIDs := firstSeen{}, firstSeen{}
	for _, ka := range p.KeyActivities {
		kaIDs.dup(fs, ka.ID, "key activity id %q is used twice")
		known(fs, p, ka.Territory, finding.CodeUnknownTerritory, i18n.T("unknown territory %q", ka.Territory.Val), ix.TerritoryIDs(), "territories")
		for _, s := range ka.Staff {
			staff(s, fs)
		}
		for _, a := range ka.AllActivities() {
			activityIDs.dup(fs, a.ID, "activity id %q is used twice")
			activity(p, a, ix, fs)
		}
	}
}

func projectDates(p *plan.Project, fs *finding.List) {
	if p.Start.IsSet() && p.End.IsSet() && p.End.Val <= p.Start.Val {
		fs.Errorf(p.End.Pos, finding.CodeProjectDates, "the end date must be after the start date",
			"the project ends (%s) before it starts (%s)", p.End.Val, p.Start.Val)
	}
}

func periods(p *plan.Project, fs *finding.List) {
	if p.DefaultPeriods {
		return
	}
	ids := firstSeen{}
	for i, per := range p.Periods {
		ids.dup(fs, per.ID, "period id %q is used twice")
		if !per.From.IsSet() || !per.To.IsSet() {
			continue
		}
		if per.To.Val < per.From.Val {
			fs.Errorf(per.To.Pos, finding.CodePeriod, "swap from and to", "period %s ends (%s) before it starts (%s)", per.ID.Val, per.To.Val, per.From.Val)
		}
		if p.Start.IsSet() && per.From.Val < p.Start.Val || p.End.IsSet() && per.To.Val > p.End.Val {
			fs.Errorf(per.Pos, finding.CodePeriod, "periods lie within the project's start and end",
				"period %s (%s – %s) is not inside the project (%s – %s)", per.ID.Val, per.From.Val, per.To.Val, p.Start.Val, p.End.Val)
		}
		if i == 0 || !p.Periods[i-1].To.IsSet() {
			continue
		}
		prev := p.Periods[i-1]
		switch {
		case per.From.Val < prev.From.Val:
			fs.Errorf(per.Pos, finding.CodePeriod, "list the periods in date order", "period %s starts before the period listed above it (%s)", per.ID.Val, prev.ID.Val)
		case per.From.Val <= prev.To.Val:
			fs.Add(finding.New(finding.Error, per.From.Pos, finding.CodePeriod, "",
				"period %s overlaps %s (which ends %s)", per.ID.Val, prev.ID.Val, prev.To.Val).
				WithHint("start it the day after %s", prev.To.Val))
		}
	}
}

func territories(p *plan.Project, fs *finding.List) {
	for _, t := range p.Territories {
		if t.Type.IsSet() && !slices.Contains(plan.TerritoryTypes, t.Type.Val) {
			fs.Add(finding.New(finding.Error, t.Type.Pos, finding.CodeTerritoryType, "",
				"territory %s: unknown type %q", t.ID.Val, t.Type.Val).
				WithHintText(suggest.OneOf(t.Type.Val, plan.TerritoryTypes, "use one of: %s")))
		}
	}
}

func funding(p *plan.Project, fs *finding.List) {
	if p.Budget.IsSet() && p.Budget.Val <= 0 {
		fs.Errorf(p.Budget.Pos, finding.CodeBudget, "write the total budget in CZK", "the budget must be positive")
	}
	if len(p.Funding) == 0 {
		return
	}
	sum, complete := 0.0, true
	for _, s := range p.Funding {
		if s.Pct.IsSet() && (s.Pct.Val < 0 || s.Pct.Val > 100) {
			fs.Errorf(s.Pct.Pos, finding.CodeFunding, "shares are percent, e.g. esf: 85", "funding share %s must be between 0 and 100", s.Source.Val)
		}
		sum += s.Pct.Val
		complete = complete && s.Pct.IsSet() // an unusable share has its finding
	}
	if complete && math.Abs(sum-100) > 1e-9 {
		fs.Errorf(p.Funding[0].Source.Pos, finding.CodeFunding, "the shares are percent and must add up to 100",
			"the funding shares add up to %g %%, not 100 %%", sum)
	}
}

func staff(s plan.Staff, fs *finding.List) {
	if s.FTE.IsSet() && (s.FTE.Val <= 0 || s.FTE.Val > 1) {
		fs.Errorf(s.FTE.Pos, finding.CodeFTE, "a full-time job is 1, a part-time one e.g. 0.5",
			"staff %q: fte must be more than 0 and at most 1, not %g", s.Role.Val, s.FTE.Val)
	}
	if s.Hours.IsSet() && s.Hours.Val <= 0 {
		fs.Errorf(s.Hours.Pos, finding.CodeStaffHours, "write the contracted hours, e.g. 120", "staff %q: hours must be positive", s.Role.Val)
	}
	if !s.FTE.IsSet() && !s.Hours.IsSet() && s.Role.IsSet() && !slices.Contains(s.Unread, "fte") && !slices.Contains(s.Unread, "hours") {
		fs.Errorf(s.Pos, finding.CodeStaffSize, "add fte: (share of a full-time job) or hours: (contracted hours)",
			"staff %q has neither fte nor hours", s.Role.Val)
	}
}

func activity(p *plan.Project, a *plan.Activity, ix *plan.Index, fs *finding.List) {
	// from and to may lie outside the project (an activity that began in
	// an earlier one), but not in the wrong order.
	if a.From.IsSet() && a.To.IsSet() && a.To.Val < a.From.Val {
		fs.Errorf(a.To.Pos, finding.CodeActivityDates, "swap from and to",
			"activity %s ends (%s) before it starts (%s)", a.ID.Val, a.To.Val, a.From.Val)
	}
	for _, g := range a.TargetGroups {
		known(fs, p, g, finding.CodeUnknownTargetGroup, i18n.T("unknown target group %q", g.Val), ix.TargetGroupIDs(), "target_groups")
	}
	outputIDs := firstSeen{}
	for _, o := range a.Outputs {
		outputIDs.dup(fs, o.ID, "output id %q is used twice in activity %s", a.ID.Val)
		output(p, ix, o, fs)
	}
}

func output(p *plan.Project, ix *plan.Index, o *plan.Output, fs *finding.List) {
	unit := o.Unit.Val
	if o.Unit.IsSet() && !slices.Contains(plan.Units, unit) {
		fs.Add(finding.New(finding.Error, o.Unit.Pos, finding.CodeUnit, "", "output %s: unknown unit %q", o.ID.Val, unit).
			WithHintText(suggest.OneOf(unit, plan.Units, "use one of: %s")))
	}
	if o.IsMilestone() {
		// The loader has reported a number given to a milestone; its other
		// keys would each count something a milestone does not have.
		milestone(p, o, fs)
		return
	}
	goalNumber(fs, o)
	if o.PerUnit.IsSet() && (o.PerUnit.Val < 1 || !isWhole(o.PerUnit.Val)) {
		fs.Errorf(o.PerUnit.Pos, finding.CodePerUnit, "per_unit is how many records make one unit, e.g. 20 sessions of a course",
			"output %s: per_unit must be a whole number of at least 1, not %g", o.ID.Val, o.PerUnit.Val)
	}
	parts(o, fs)
	schedule(p, o, fs)
	dueOnlyOnMilestone(o, fs)
	distinct(o, fs)
	byTerritory(p, ix, o, fs)
	opening(p, o, fs)
	perEvent(o, fs)
}

func parts(o *plan.Output, fs *finding.List) {
	if len(o.Parts) == 0 {
		return
	}
	ids := firstSeen{}
	sum, complete := 0.0, true
	for _, part := range o.Parts {
		ids.dup(fs, part.ID, "part id %q is used twice in output %s", o.Ref())
		target(fs, part.Target, o.Unit.Val, i18n.T("part %s", part.ID.Val))
		sum += part.Target.Val
		// A part without a usable target has its finding already; the sum
		// without it would be a second, false one.
		complete = complete && part.Target.IsSet()
	}
	if g := goalOf(o); complete && g.num.IsSet() && math.Abs(sum-g.num.Val) > 1e-9 {
		fs.Add(finding.New(finding.Error, g.num.Pos, finding.CodePartsSum, "",
			"output %s: the parts' targets add up to %g, not to %s %g", o.ID.Val, sum, g.the(), g.num.Val).
			WithHint("make the parts' targets add up to the output's %s", g.name()))
	}
}

// schedule checks an output's schedule points. A point missing its date or
// value has had its missing key reported: it is compared on what it has,
// with the last point before it that has the same.
func schedule(p *plan.Project, o *plan.Output, fs *finding.List) {
	// A minimum may be planned beyond; a schedule up to more than an
	// exact target or a maximum plans what the output may not reach.
	g := goalOf(o)
	var prevBy plan.Day
	var prevValue plan.Num
	for _, m := range o.Schedule {
		if m.By.IsSet() && (p.Start.IsSet() && m.By.Val < p.Start.Val || p.End.IsSet() && m.By.Val > p.End.Val) {
			fs.Errorf(m.By.Pos, finding.CodeSchedule, "schedule dates lie within the project", "output %s: schedule date %s is outside the project", o.ID.Val, m.By.Val)
		}
		switch {
		case !m.Value.IsSet():
		case g.ceiling() && (m.Value.Val < 0 || g.num.IsSet() && m.Value.Val > g.num.Val):
			fs.Add(finding.New(finding.Error, m.Value.Pos, finding.CodeSchedule, "",
				"output %s: schedule value %g is not between 0 and %s %g", o.ID.Val, m.Value.Val, g.the(), g.num.Val).
				WithHint("schedule values are cumulative, from 0 up to %s", g.the()))
		case m.Value.Val < 0:
			fs.Errorf(m.Value.Pos, finding.CodeSchedule, "schedule values are cumulative, from 0 up",
				"output %s: schedule value %g is below 0", o.ID.Val, m.Value.Val)
		}
		switch {
		case m.By.IsSet() && prevBy.IsSet() && m.By.Val <= prevBy.Val:
			fs.Errorf(m.By.Pos, finding.CodeSchedule, "list schedule points in date order, one per date", "output %s: schedule date %s is not after %s", o.ID.Val, m.By.Val, prevBy.Val)
		case m.Value.IsSet() && prevValue.IsSet() && m.Value.Val < prevValue.Val:
			fs.Errorf(m.Value.Pos, finding.CodeSchedule, "schedule values are cumulative: each at least the one before", "output %s: schedule value %g is less than the %g before it", o.ID.Val, m.Value.Val, prevValue.Val)
		}
		if m.By.IsSet() {
			prevBy = m.By
		}
		if m.Value.IsSet() {
			prevValue = m.Value
		}
	}
}

// known reports an id that is not in its codelist, the project file's key
// list, saying msg. A codelist that could not be read is unknown, not
// empty: its ids are not checked (the reason has its finding).
func known(fs *finding.List, p *plan.Project, v plan.Str, code finding.Code, msg i18n.Text, ids []string, list string) {
	if !v.IsSet() || slices.Contains(ids, v.Val) || p.IsUnread(list) {
		return
	}
	errorAt(fs, v.Pos, code, knownHint(v.Val, ids, list), msg)
}

// knownHint is a "did you mean", or where to add the id and, when the
// codelist has any, the ids to choose from.
func knownHint(id string, ids []string, list string) i18n.Text {
	if hint, ok := suggest.Meant(id, ids); ok {
		return hint
	}
	if len(ids) == 0 {
		return i18n.T("add it to %s in plans/project.yaml", list)
	}
	return i18n.T("add it to %s in plans/project.yaml, or use one of: %s", list, strings.Join(ids, ", "))
}
