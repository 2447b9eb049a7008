package fulfil

import (
	"math"

	"rrp/internal/entry"
	"rrp/internal/plan"
	"rrp/internal/record"
)

// selection is the part of the plan a result covers, with a slot number for
// every output and part so that the pass over the records adds into flat
// slices instead of maps.
type selection struct {
	// filtered is true when one key activity was asked for.
	filtered bool
	kas      []*plan.KeyActivity
	outputs  []*plan.Output
	outSlot  map[*plan.Output]int
	// partSlot numbers parts across the whole selection; partBase[i] is the
	// slot of output i's first part.
	partSlot map[*plan.Part]int
	partBase []int
	parts    int
}

func newSelection(p *plan.Project, ka string) *selection {
	s := &selection{filtered: ka != "", outSlot: map[*plan.Output]int{}, partSlot: map[*plan.Part]int{}}
	for _, k := range p.KeyActivities {
		if ka != "" && k.ID.Val != ka {
			continue
		}
		s.kas = append(s.kas, k)
		for _, a := range k.AllActivities() {
			for _, o := range a.Outputs {
				s.add(o)
			}
		}
	}
	return s
}

func (s *selection) add(o *plan.Output) {
	if _, dup := s.outSlot[o]; dup {
		return
	}
	s.outSlot[o] = len(s.outputs)
	s.outputs = append(s.outputs, o)
	s.partBase = append(s.partBase, s.parts)
	for _, part := range o.Parts {
		s.partSlot[part] = s.parts
		s.parts++
	}
}

// sum is what records add up to for one output or part.
type sum struct {
	total, inPeriod float64
	events          int
	participants    float64
}

func (s *sum) add(amount, participants float64, inPeriod, held bool) {
	s.total += amount
	if inPeriod {
		s.inPeriod += amount
	}
	if held {
		s.events++
		s.participants += participants
	}
}

// tally is the one pass over the records.
type tally struct {
	sel         *selection
	opts        Options
	outputs     []sum
	parts       []sum
	territories map[string]*Reach
	groups      map[string]*Reach
	// kaGroups is groups per key activity id.
	kaGroups map[string]map[string]*Reach
	// counted are the held records that count, in the records' order.
	counted []Counted
	skipped int
	later   int
}

func newTally(s *selection, opts Options) *tally {
	return &tally{
		sel:         s,
		opts:        opts,
		outputs:     make([]sum, len(s.outputs)),
		parts:       make([]sum, s.parts),
		territories: map[string]*Reach{},
		groups:      map[string]*Reach{},
		kaGroups:    map[string]map[string]*Reach{},
	}
}

func (t *tally) add(e *entry.Entry) {
	asOf := t.opts.AsOf
	switch {
	case e.Later(asOf, t.opts.KA):
		t.later++
		return
	case e.Unplaced(asOf):
		t.skipped++
		return
	case !e.InKA(t.opts.KA):
		return
	}
	// In the selection, dated by the as-of date: a cancelled record adds
	// its amount (0) but no event.
	slot, ok := t.sel.outSlot[e.Target.Output]
	if !ok {
		return
	}
	inPeriod := t.opts.Period.contains(e.Date())
	held := e.Counts(asOf, t.opts.KA)
	people := participants(e.Rec)
	t.outputs[slot].add(e.Amount, people, inPeriod, held)
	if part := e.Target.Part; part != nil {
		t.parts[t.sel.partSlot[part]].add(e.Amount, people, inPeriod, held)
	}
	if held {
		t.counted = append(t.counted, Counted{Entry: e, InPeriod: inPeriod})
		t.reach(e, people, inPeriod)
	}
}

// participants is the record's participant total, 0 when not given.
func participants(r *record.Record) float64 { return math.Max(orZero(r.Participants.Total.Val), 0) }

// reach counts a held record for its territory and for every target
// group it had participants from.
func (t *tally) reach(e *entry.Entry, people float64, inPeriod bool) {
	reachOf(t.territories, e.Territory).add(people, inPeriod)
	var kaGroups map[string]*Reach
	if ka := e.KA(); ka != nil {
		kaGroups = t.kaGroups[ka.ID.Val]
		if kaGroups == nil {
			kaGroups = map[string]*Reach{}
			t.kaGroups[ka.ID.Val] = kaGroups
		}
	}
	for _, g := range e.Rec.Participants.ByGroup {
		if n := orZero(g.Count.Val); n > 0 {
			reachOf(t.groups, g.Group.Val).add(n, inPeriod)
			if kaGroups != nil {
				reachOf(kaGroups, g.Group.Val).add(n, inPeriod)
			}
		}
	}
}

func reachOf(m map[string]*Reach, id string) *Reach {
	r, ok := m[id]
	if !ok {
		r = &Reach{ID: id}
		m[id] = r
	}
	return r
}

// output turns the sums of output slot i into its result.
func (t *tally) output(i int, o *plan.Output, tl timeline) Output {
	div := divisor(o)
	target := math.Max(orZero(o.Target.Val), 0)
	exp := expected(o.Schedule, target, tl, t.opts.AsOf)
	s := t.outputs[i]
	out := Output{
		ID:       o.ID.Val,
		Title:    o.Title.Val,
		Unit:     o.Unit.Val,
		PerUnit:  div,
		Reported: o.IsReported(),
		Value:    t.value(s, div, target, exp, tl),
		Plan:     o,
	}
	if a := o.Activity; a != nil {
		out.Activity = a.ID.Val
		if a.KA != nil {
			out.KA = a.KA.ID.Val
		}
	}
	for j, part := range o.Parts {
		pt := math.Max(orZero(part.Target.Val), 0)
		share := 0.0
		if target > 0 {
			share = pt / target
		}
		ps := t.parts[t.sel.partBase[i]+j]
		out.Parts = append(out.Parts, Part{ID: part.ID.Val, Title: part.Title.Val, Value: t.value(ps, div, pt, exp*share, tl)})
	}
	return out
}

func (t *tally) value(s sum, div, target, exp float64, tl timeline) Value {
	achieved := s.total / div
	return Value{
		Target:       target,
		Achieved:     achieved,
		InPeriod:     s.inPeriod / div,
		Percent:      percent(achieved, target),
		Expected:     exp,
		Forecast:     forecast(achieved, tl, t.opts.AsOf),
		Status:       t.opts.Thresholds.Status(achieved, exp, target),
		Events:       s.events,
		Participants: s.participants,
	}
}

// divisor is per_unit, or 1 when it is missing or unusable (0, negative:
// plan errors that must not divide by zero).
func divisor(o *plan.Output) float64 {
	if d := o.Divisor(); finite(d) && d > 0 {
		return d
	}
	return 1
}
