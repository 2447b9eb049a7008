package fulfil

import (
	"math"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Status says how an output (or part) stands against its pace.
type Status string

// The statuses, from best to worst; NotStarted is neutral: nothing done
// while little was expected yet.
const (
	Done       Status = "done"
	OnTrack    Status = "on_track"
	Behind     Status = "behind"
	AtRisk     Status = "at_risk"
	NotStarted Status = "not_started"
	// The statuses of a milestone: done by its first held record, late
	// when not done after its due date, open otherwise.
	Open Status = "open"
	Late Status = "late"
)

// MilestoneStatuses are a milestone's statuses in the order reports show
// them.
var MilestoneStatuses = []Status{Done, Open, Late}

// Statuses lists every status in the order reports show them.
var Statuses = []Status{Done, OnTrack, Behind, AtRisk, NotStarted}

// Label is the status for people: "on track" rather than "on_track".
func (s Status) Label() string { return strings.ReplaceAll(string(s), "_", " ") }

// sayings are the statuses as people read them, in the catalogue's words:
// the one list that the tables of rrp status and rrp diff and the
// workbook (in Czech) all say them from.
var sayings = map[Status]i18n.Text{
	Done:       i18n.T("done"),
	OnTrack:    i18n.T("on track"),
	Behind:     i18n.T("behind"),
	AtRisk:     i18n.T("at risk"),
	NotStarted: i18n.T("not started"),
	Open:       i18n.T("open"),
	Late:       i18n.T("late"),
}

// Say is the status for people in p's language: "on track", "v plánu".
// Programs read the status itself (on_track).
func (s Status) Say(p *i18n.Printer) string {
	if t, ok := sayings[s]; ok {
		return p.Text(t)
	}
	return s.Label()
}

// Thresholds decide the status of an output from its achieved value, the
// value expected by the as-of date and its target. The rule, first match
// wins:
//
//	done         achieved ≥ target (and target > 0)
//	not_started  achieved = 0 and expected ≤ target × NotStarted
//	on_track     achieved ≥ expected × OnTrack
//	behind       achieved ≥ expected × AtRisk
//	at_risk      otherwise
//
// So with the defaults an output is on track at 90 % of its pace or more,
// behind from 60 %, at risk below; and an output with nothing recorded is
// only "not started" (rather than at risk) while no more than a tenth of
// its target was due.
type Thresholds struct {
	OnTrack    float64 // rrp.yaml status.on_track, default 0.9
	AtRisk     float64 // rrp.yaml status.at_risk, default 0.6
	NotStarted float64 // rrp.yaml status.not_started, default 0.1
}

// DefaultThresholds are used when rrp.yaml sets none.
var DefaultThresholds = Thresholds{OnTrack: 0.9, AtRisk: 0.6, NotStarted: 0.1}

// Validate rejects thresholds that would make the statuses overlap or
// never apply.
func (t Thresholds) Validate() error {
	hint := i18n.T("set status.on_track, status.at_risk and status.not_started between 0 and 1, at_risk not above on_track")
	switch {
	case !finite(t.OnTrack) || !finite(t.AtRisk) || !finite(t.NotStarted):
		return badRequest(hint, "status thresholds must be numbers")
	case t.AtRisk < 0 || t.AtRisk > t.OnTrack:
		return badRequest(hint, "status.at_risk %g must be between 0 and status.on_track %g", t.AtRisk, t.OnTrack)
	case t.OnTrack > 1:
		return badRequest(hint, "status.on_track %g must be at most 1 (the full pace)", t.OnTrack)
	case t.NotStarted < 0 || t.NotStarted > 1:
		return badRequest(hint, "status.not_started %g must be between 0 and 1 (a share of the target)", t.NotStarted)
	}
	return nil
}

// Status applies the rule documented on Thresholds.
func (t Thresholds) Status(achieved, expected, target float64) Status {
	switch {
	case target > 0 && atLeast(achieved, target):
		return Done
	case achieved <= 0 && !above(expected, target*t.NotStarted):
		return NotStarted
	case atLeast(achieved, expected*t.OnTrack):
		return OnTrack
	case atLeast(achieved, expected*t.AtRisk):
		return Behind
	}
	return AtRisk
}

// epsilon absorbs the rounding of summed decimals (0.7 + 0.1 + 0.1 + 0.1 is
// 0.9999999999999999), so a record set that adds up to the target is done.
const epsilon = 1e-9

func atLeast(a, b float64) bool { return a >= b-epsilon*math.Max(1, math.Abs(b)) }

func above(a, b float64) bool { return !atLeast(b, a) }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// orZero keeps NaN and infinities (which only invalid data can produce) out
// of every sum.
func orZero(v float64) float64 {
	if finite(v) {
		return v
	}
	return 0
}
