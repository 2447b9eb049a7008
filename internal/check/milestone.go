package check

import (
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/source"
)

// milestone checks a qualitative output: it has no number, so none of the
// keys that count one, and its due date lies within the project.
func milestone(p *plan.Project, o *plan.Output, fs *finding.List) {
	for _, k := range countingKeys(o) {
		fs.Add(finding.New(finding.Error, k.pos, finding.CodeMilestoneKey, "",
			"output %s: a milestone has no %s", o.ID.Val, k.key).
			WithHint("leave %s out: a milestone is done by its first held record; or choose another unit", k.key))
	}
	due := o.Due
	if due.IsSet() && (p.Start.IsSet() && due.Val < p.Start.Val || p.End.IsSet() && due.Val > p.End.Val) {
		fs.Errorf(due.Pos, finding.CodeDue, "a milestone is due within the project",
			"output %s: due date %s is outside the project (%s – %s)", o.ID.Val, due.Val, p.Start.Val, p.End.Val)
	}
}

// writtenKey is a key of an output that was written, at its value.
type writtenKey struct {
	key string
	pos source.Pos
}

// countingKeys are the keys written on the output that count something: a
// number per record, per part, per date, per territory, per person, before
// the records, per event. distinct: false says nothing and is let be.
func countingKeys(o *plan.Output) []writtenKey {
	var out []writtenKey
	add := func(key string, written bool, pos func() source.Pos) {
		if written {
			out = append(out, writtenKey{key, pos()})
		}
	}
	add("per_unit", o.PerUnit.IsSet(), func() source.Pos { return o.PerUnit.Pos })
	add("parts", len(o.Parts) > 0, func() source.Pos { return o.Parts[0].Pos })
	add("schedule", len(o.Schedule) > 0, func() source.Pos { return o.Schedule[0].Pos })
	add("by_territory", len(o.ByTerritory) > 0, func() source.Pos { return o.ByTerritory[0].Territory.Pos })
	add("distinct", o.Distinct.Val, func() source.Pos { return o.Distinct.Pos })
	add("min_hours", o.MinHours.IsSet(), func() source.Pos { return o.MinHours.Pos })
	add("opening", o.Opening != nil, func() source.Pos { return o.Opening.Pos })
	add("per_event", o.PerEvent != nil, func() source.Pos { return o.PerEvent.Pos })
	return out
}

// dueOnlyOnMilestone reports a due date on an output that counts a number.
// It is an error, not a warning: nothing reads it there, and the user who
// wrote it expects a deadline rrp would silently not watch.
func dueOnlyOnMilestone(o *plan.Output, fs *finding.List) {
	if o.Due.IsSet() {
		fs.Errorf(o.Due.Pos, finding.CodeDue, "for a number planned by a date use schedule: [{by: YYYY-MM-DD, value: …}]; due is for unit: milestone",
			"output %s: only a milestone has a due date", o.ID.Val)
	}
}
