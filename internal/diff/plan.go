package diff

import (
	"github.com/kraj-hk/rrp/internal/fulfil"
)

// Kinds of plan change.
const (
	PlanAdded   = "added"
	PlanRemoved = "removed"
	PlanTarget  = "target"
	PlanUnit    = "unit"
)

// PlanChange is a change to an output (or part) of the plan that matters
// for fulfilment: added, removed, a new target or unit. Titles and other
// texts are left out: they change no figure.
type PlanChange struct {
	Kind   string
	Output OutputChange // identity only: Before and After unset
	// Before and After: the target (the unit for Kind unit); for added
	// and removed the target of the side that has the output.
	Before, After string
}

// comparePlan lists the plan changes in the head's plan order, then the
// removed outputs in the base's order.
func comparePlan(base, head []fulfil.Output) []PlanChange {
	units := unitsByRef(base, head)
	var out []PlanChange
	for _, c := range pairEntries(base, head) {
		id := c
		id.Before, id.After = nil, nil
		switch {
		case c.Before == nil:
			out = append(out, PlanChange{Kind: PlanAdded, Output: id, After: num(c.After.Target, true)})
		case c.After == nil:
			out = append(out, PlanChange{Kind: PlanRemoved, Output: id, Before: num(c.Before.Target, true)})
		default:
			if !same(c.Before.Target, c.After.Target) {
				out = append(out, PlanChange{Kind: PlanTarget, Output: id, Before: num(c.Before.Target, true), After: num(c.After.Target, true)})
			}
			if u := units[c.Ref()]; u[0] != u[1] {
				out = append(out, PlanChange{Kind: PlanUnit, Output: id, Before: u[0], After: u[1]})
			}
		}
	}
	return out
}

// unitsByRef maps each ref to its unit in the base and in the head.
func unitsByRef(base, head []fulfil.Output) map[string][2]string {
	m := map[string][2]string{}
	for side, outs := range [][]fulfil.Output{base, head} {
		for _, e := range entries(outs) {
			u := m[e.change.Ref()]
			u[side] = e.change.Unit
			m[e.change.Ref()] = u
		}
	}
	return m
}
