package check

import (
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Records checks every record against the plan.
func Records(p *plan.Project, ix *plan.Index, entries []entry.Entry, opts Options, fs *finding.List) {
	// The checks across records (an id used twice, an event recorded
	// twice) go through the records in order, in one goroutine, beside
	// the checks of one record at a time, which need no other record and
	// share the cores. Their findings join in the same order as when all
	// ran one after another.
	var ids, each, same finding.List
	across := make(chan struct{})
	go func() {
		defer close(across)
		idsUsedTwice(entries, &ids)
		duplicates(entries, &same)
	}()
	code := usablePersonCode(p)
	det := detector(p)
	eachRecord(len(entries), &each, func(i int, fs *finding.List) {
		e := &entries[i]
		r := e.Rec
		recordDate(p, r, opts, fs)
		recordDateTo(p, r, fs)
		persons(r, code, fs)
		if e.Resolved() {
			amounts(r, e.Target, fs)
			counted(ix, e, fs)
		} else {
			unknownOutput(ix, r, fs)
		}
		status(r, fs)
		participants(p, ix, r, fs)
		territory(p, ix, r, fs)
		personalData(det, r, fs)
		evidencePaths(r, fs)
	})
	<-across
	fs.Merge(&ids)
	fs.Merge(&each)
	fs.Merge(&same)
}

// idsUsedTwice reports a record id used before, at its first use.
func idsUsedTwice(entries []entry.Entry, fs *finding.List) {
	ids := make(firstSeen, len(entries)) // sized once: most records have an id
	for i := range entries {
		ids.dup(fs, entries[i].Rec.ID, "record id %q is used twice")
	}
}

func recordDate(p *plan.Project, r *record.Record, opts Options, fs *finding.List) {
	d := r.Date
	if !d.IsSet() {
		return
	}
	switch {
	case p.Start.IsSet() && d.Val < p.Start.Val:
		fs.Errorf(d.Pos, finding.CodeRecordDate, "check the year; records count only within the project",
			"the date %s is before the project starts (%s)", d.Val, p.Start.Val)
	case p.End.IsSet() && d.Val > p.End.Val:
		fs.Errorf(d.Pos, finding.CodeRecordDate, "check the year; records count only within the project",
			"the date %s is after the project ends (%s)", d.Val, p.End.Val)
	case d.Val > opts.Today:
		fs.Warnf(d.Pos, finding.CodeFutureDate, "record events once they have taken place; for a planned one, check the date",
			"the date %s is in the future", d.Val)
	}
}

// recordDateTo checks the last day of an event of several days: not
// before its first, not after the project. It counts on date, so only
// date is compared with today.
func recordDateTo(p *plan.Project, r *record.Record, fs *finding.List) {
	d := r.DateTo
	switch {
	case !d.IsSet():
	case r.Date.IsSet() && d.Val < r.Date.Val:
		fs.Errorf(d.Pos, finding.CodeDateTo, "date_to is the last day of an event of several days: swap it with date, or leave it out for one day",
			"the last day %s is before the first day %s", d.Val, r.Date.Val)
	case p.End.IsSet() && d.Val > p.End.Val:
		fs.Errorf(d.Pos, finding.CodeRecordDate, "check the year; records count only within the project",
			"the last day %s is after the project ends (%s)", d.Val, p.End.Val)
	}
}

// counted checks a record against what its output counts beyond the
// amount: persons, territories with their own targets, one event's
// minimum. A milestone counts none of them (its keys have their errors).
func counted(ix *plan.Index, e *entry.Entry, fs *finding.List) {
	personsCounted(e, fs)
	if e.Target.Output.IsMilestone() {
		return
	}
	plannedTerritory(ix, e, fs)
	perEventMet(e, fs)
}

// unknownOutput explains a reference that names no output of the plan as
// precisely as it can.
func unknownOutput(ix *plan.Index, r *record.Record, fs *finding.List) {
	if ref := r.Output; ref.IsSet() {
		fs.Add(finding.New(finding.Error, ref.Pos, finding.CodeUnknownOutput, "", "output %q is not in the plan", ref.Val).
			WithHintText(OutputHint(ix, ref.Val)))
	}
}

// OutputHint says how to correct a reference to an output the plan does
// not have: the activity meant, or the nearest output of the activity.
func OutputHint(ix *plan.Index, ref string) i18n.Text {
	actID, _, hasSlash := strings.Cut(ref, "/")
	if _, known := ix.Activity(actID); !known {
		if hint, ok := suggest.Meant(actID, ix.ActivityIDs()); ok {
			return i18n.T("no activity %q: %s", actID, hint)
		}
		return i18n.T("write <activity id>/<output id>, e.g. 4.2/aktivizacni-workshop; the activity ids are in plans/")
	}
	refs := ix.OutputRefs(actID)
	if !hasSlash {
		return i18n.T("name the output too: %s", strings.Join(refs, ", "))
	}
	if hint, ok := suggest.Meant(ref, refs); ok || len(refs) == 0 {
		return hint
	}
	return i18n.T("activity %s has: %s", actID, strings.Join(refs, ", "))
}

func amounts(r *record.Record, t plan.Target, fs *finding.List) {
	unit := t.Output.Unit.Val
	if r.Quantity.IsSet() && r.Quantity.Val <= 0 {
		fs.Errorf(r.Quantity.Pos, finding.CodeQuantity, "leave quantity out for one, or write how many",
			"quantity must be positive, not %g", r.Quantity.Val)
	} else if r.Quantity.IsSet() && unit != plan.UnitHour && !isWhole(r.Quantity.Val) {
		fs.Add(finding.New(finding.Error, r.Quantity.Pos, finding.CodeQuantity, "", "quantity must be a whole number, not %g", r.Quantity.Val).
			WithHint("count whole %ss", unit))
	}
	if r.Hours.IsSet() && r.Hours.Val <= 0 {
		fs.Errorf(r.Hours.Pos, finding.CodeHours, "write the duration in hours, e.g. 1.5", "hours must be positive, not %g", r.Hours.Val)
	}
	ceilings(r, fs)
	if unit == plan.UnitHour && !r.Hours.IsSet() && !r.IsUnread("hours") {
		fs.Errorf(r.Output.Pos, finding.CodeHoursMissing, "add hours: with the duration, e.g. hours: 1.5",
			"output %s is counted in hours, but the record has no hours", r.Output.Val)
	}
}

func status(r *record.Record, fs *finding.List) {
	if r.Status.IsSet() && !slices.Contains(record.Statuses, r.Status.Val) {
		fs.Add(finding.New(finding.Error, r.Status.Pos, finding.CodeStatus, "", "unknown status %q", r.Status.Val).
			WithHintText(suggest.OneOf(r.Status.Val, record.Statuses, "use one of: %s")))
	}
	// Unread evidence or status has had its finding: whether it is missing
	// (or the event held) is not known.
	if r.IsHeld() && len(r.Evidence) == 0 && !r.IsUnread("evidence") && !r.IsUnread("status") {
		fs.Warnf(r.Pos, finding.CodeNoEvidence, "add evidence: [path to the attendance sheet or other proof]",
			"a held event without evidence")
	}
}

func participants(proj *plan.Project, ix *plan.Index, r *record.Record, fs *finding.List) {
	p := r.Participants
	if p.Total.IsSet() && (p.Total.Val < 0 || !isWhole(p.Total.Val)) {
		fs.Errorf(p.Total.Pos, finding.CodeParticipants, "count the people present", "participants total must be a whole number of at least 0, not %g", p.Total.Val)
	}
	participantCeilings(p, fs)
	for _, g := range p.ByGroup {
		if g.Group.IsSet() {
			if _, ok := ix.TargetGroup(g.Group.Val); !ok {
				known(fs, proj, g.Group, finding.CodeUnknownTargetGroup, i18n.T("unknown target group %q", g.Group.Val), ix.TargetGroupIDs(), "target_groups")
			}
		}
		if !g.Count.IsSet() {
			continue
		}
		if g.Count.Val < 0 || !isWhole(g.Count.Val) {
			fs.Errorf(g.Count.Pos, finding.CodeParticipants, "count the people of the group", "participants of %s must be a whole number of at least 0", g.Group.Val)
		} else if p.Total.IsSet() && g.Count.Val > p.Total.Val {
			fs.Errorf(g.Count.Pos, finding.CodeParticipants, "a group cannot have more participants than the total",
				"%g participants of %s exceed the total of %g", g.Count.Val, g.Group.Val, p.Total.Val)
		}
	}
}

func territory(p *plan.Project, ix *plan.Index, r *record.Record, fs *finding.List) {
	if r.Territory.IsSet() {
		if _, ok := ix.Territory(r.Territory.Val); !ok {
			known(fs, p, r.Territory, finding.CodeUnknownTerritory, i18n.T("unknown territory %q", r.Territory.Val), ix.TerritoryIDs(), "territories")
		}
	}
}
