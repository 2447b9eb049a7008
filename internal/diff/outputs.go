package diff

import (
	"math"

	"github.com/kraj-hk/rrp/internal/fulfil"
)

// OutputChange is an output (or a part of one) whose fulfilment differs
// between the sides. Before or After is nil when the output is not in
// that side's plan.
type OutputChange struct {
	KA       string
	Activity string
	Output   string
	Part     string // "" for the output itself
	// Territory is set for an output's share of one territory (its
	// by_territory split).
	Territory string
	Title     string
	Unit      string
	Before    *fulfil.Value
	After     *fulfil.Value
}

// Ref is how records name the output: 4.2/workshop[/part].
func (o *OutputChange) Ref() string {
	r := o.Activity + "/" + o.Output
	if o.Part != "" {
		r += "/" + o.Part
	}
	if o.Territory != "" {
		r += " @ " + o.Territory
	}
	return r
}

// IsWhole reports whether the change is of an output itself, not of one
// of its parts or territories.
func (o *OutputChange) IsWhole() bool { return o.Part == "" && o.Territory == "" }

// entry is an output or a part of one side, keyed by its ref.
type entry struct {
	change OutputChange // the identity fields; Before and After unset
	value  *fulfil.Value
}

// entries lists a side's outputs and their parts in plan order.
func entries(outs []fulfil.Output) []entry {
	var es []entry
	for i := range outs {
		o := &outs[i]
		base := OutputChange{KA: o.KA, Activity: o.Activity, Output: o.ID, Title: o.Title, Unit: o.Unit}
		es = append(es, entry{change: base, value: &o.Value})
		for k := range o.Parts {
			p := &o.Parts[k]
			part := base
			part.Part, part.Title = p.ID, p.Title
			es = append(es, entry{change: part, value: &p.Value})
		}
		for k := range o.Territories {
			tv := &o.Territories[k]
			share := base
			share.Territory, share.Title = tv.Territory, tv.Name
			es = append(es, entry{change: share, value: &tv.Value})
		}
	}
	return es
}

// pairEntries pairs the entries of both sides by ref, in the head's plan
// order followed by what only the base has.
func pairEntries(base, head []fulfil.Output) []OutputChange {
	byRef := map[string]*fulfil.Value{}
	for _, e := range entries(base) {
		byRef[e.change.Ref()] = e.value
	}
	var out []OutputChange
	seen := map[string]bool{}
	for _, e := range entries(head) {
		c := e.change
		c.Before, c.After = byRef[c.Ref()], e.value
		seen[c.Ref()] = true
		out = append(out, c)
	}
	for _, e := range entries(base) {
		if c := e.change; !seen[c.Ref()] {
			c.Before = e.value
			out = append(out, c)
		}
	}
	return out
}

// compareOutputs keeps the outputs and parts whose fulfilment a change
// moves: the achieved value, the percentage or the status. An output
// added or removed with nothing achieved is a plan change only.
func compareOutputs(base, head []fulfil.Output) []OutputChange {
	var out []OutputChange
	for _, c := range pairEntries(base, head) {
		if fulfilmentChanged(c.Before, c.After) {
			out = append(out, c)
		}
	}
	return out
}

func fulfilmentChanged(a, b *fulfil.Value) bool {
	switch {
	case a == nil && b == nil:
		return false
	case a == nil:
		return b.Achieved != 0
	case b == nil:
		return a.Achieved != 0
	}
	return !same(a.Achieved, b.Achieved) || !same(a.Percent, b.Percent) || a.Status != b.Status
}

// same compares computed values, which sums of decimals make inexact.
func same(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
