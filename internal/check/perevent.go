package check

import (
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
)

// perEvent checks what one held event of an output should at least be.
func perEvent(o *plan.Output, fs *finding.List) {
	pe := o.PerEvent
	if pe == nil {
		return
	}
	if h := pe.Hours; h.IsSet() && h.Val <= 0 {
		fs.Errorf(h.Pos, finding.CodePerEvent, "the hours one event should last at least, e.g. 2",
			"output %s: per_event hours must be positive, not %g", o.ID.Val, h.Val)
	}
	if n := pe.Participants; n.IsSet() && (n.Val < 1 || !isWhole(n.Val)) {
		fs.Errorf(n.Pos, finding.CodePerEvent, "the participants one event should have at least, e.g. 8",
			"output %s: per_event participants must be a whole number of at least 1, not %g", o.ID.Val, n.Val)
	}
}

// perEventMet warns of a held event shorter or smaller than what one
// event of its output should be; a value not written is not compared.
func perEventMet(e *entry.Entry, fs *finding.List) {
	pe, r := e.Target.Output.PerEvent, e.Rec
	if pe == nil || !surelyHeld(r) {
		return
	}
	// A value out of range has its error already.
	if h := r.Hours; pe.Hours.IsSet() && h.IsSet() && h.Val > 0 && h.Val < pe.Hours.Val {
		fs.Warnf(h.Pos, finding.CodePerEventHours, "check the hours; an event shorter than the plan's per_event may not count with the funding body",
			"output %s: %g hours, less than the %g one event should last", r.Output.Val, h.Val, pe.Hours.Val)
	}
	if n := r.Participants.Total; pe.Participants.IsSet() && n.IsSet() && n.Val >= 0 && isWhole(n.Val) && n.Val < pe.Participants.Val {
		fs.Warnf(n.Pos, finding.CodePerEventParticipants, "check the participants; an event smaller than the plan's per_event may not count with the funding body",
			"output %s: %g participants, fewer than the %g one event should have", r.Output.Val, n.Val, pe.Participants.Val)
	}
}
