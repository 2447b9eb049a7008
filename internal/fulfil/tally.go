package fulfil

import (
	"math"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
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
	// terrSlot numbers, per output split by territory (by_territory), its
	// territories; terrs counts them across the selection.
	terrSlot map[*plan.Output]map[string]int
	terrs    int
}

func newSelection(p *plan.Project, ka string) *selection {
	s := &selection{filtered: ka != "", outSlot: map[*plan.Output]int{}, partSlot: map[*plan.Part]int{},
		terrSlot: map[*plan.Output]map[string]int{}}
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
	if len(o.ByTerritory) > 0 {
		slots := map[string]int{}
		for _, tt := range o.ByTerritory {
			if _, dup := slots[tt.Territory.Val]; !dup {
				slots[tt.Territory.Val] = s.terrs
				s.terrs++
			}
		}
		s.terrSlot[o] = slots
	}
}

// territorySlot is the slot of the territory's share of the output, -1
// when the output is not split by territory or not for that territory.
func (s *selection) territorySlot(o *plan.Output, territory string) int {
	if slot, ok := s.terrSlot[o][territory]; ok {
		return slot
	}
	return -1
}

// sum is what records add up to for one output, part or territory.
type sum struct {
	total, inPeriod float64
	events          int
	participants    float64
	// first is the day of the first held record (0 for none): when a
	// milestone was done.
	first date.Date
}

func (s *sum) add(amount, participants float64, day date.Date, inPeriod, held bool) {
	s.total += amount
	if inPeriod {
		s.inPeriod += amount
	}
	if held {
		s.events++
		s.participants += participants
		if s.first == 0 || day < s.first {
			s.first = day
		}
	}
}

// tally is the one pass over the records.
type tally struct {
	sel     *selection
	opts    Options
	outputs []sum
	parts   []sum
	terrs   []sum
	// visits are, per output slot counted in distinct persons, its
	// counting records' persons.
	visits      map[int][]visit
	territories map[string]*Reach
	groups      map[string]*Reach
	// kaGroups is groups per key activity id.
	kaGroups map[string]map[string]*Reach
	// names are the territories' names by id.
	names map[string]string
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
		terrs:       make([]sum, s.terrs),
		visits:      map[int][]visit{},
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
	day := e.Date()
	inPeriod := t.opts.Period.contains(day)
	held := e.Counts(asOf, t.opts.KA)
	people := participants(e.Rec)
	t.outputs[slot].add(e.Amount, people, day, inPeriod, held)
	partSlot, terrSlot := -1, t.sel.territorySlot(e.Target.Output, e.Territory)
	if part := e.Target.Part; part != nil {
		partSlot = t.sel.partSlot[part]
		t.parts[partSlot].add(e.Amount, people, day, inPeriod, held)
	}
	if terrSlot >= 0 {
		t.terrs[terrSlot].add(e.Amount, people, day, inPeriod, held)
	}
	if held && e.Target.Output.Distinct.Val {
		t.visits[slot] = append(t.visits[slot], visitOf(e, partSlot, terrSlot))
	}
	if held {
		t.counted = append(t.counted, Counted{Entry: e, InPeriod: inPeriod})
		t.reach(e, people, inPeriod)
	}
}

// participants is the record's participant total, 0 when not given.
func participants(r *record.Record) float64 {
	return math.Max(record.Within(r.Participants.Total.Val, record.MaxParticipants), 0)
}

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
	goal, kind := o.Goal()
	target := math.Max(orZero(goal), 0)
	out := Output{
		ID:       o.ID.Val,
		Title:    o.Title.Val,
		Unit:     o.Unit.Val,
		PerUnit:  divisor(o),
		Reported: o.IsReported(),
		TargetIs: kind,
		Plan:     o,
	}
	if a := o.Activity; a != nil {
		out.Activity = a.ID.Val
		if a.KA != nil {
			out.KA = a.KA.ID.Val
		}
	}
	if o.IsMilestone() {
		out.Value = t.milestone(t.outputs[i], o)
		return out
	}
	sums := t.distinct(i, o)
	div := out.PerUnit
	if o.Distinct.Val { // persons, each once: not records to divide
		div = 1
	}
	out.Opening = opening(o, t.opts.AsOf)
	exp := expected(o.Schedule, target, tl, t.opts.AsOf)
	out.Value = t.value(sums.output, div, out.Opening, target, exp, tl)
	for j, part := range o.Parts {
		pt := math.Max(orZero(part.Target.Val), 0)
		ps := sums.part(t.sel.partBase[i] + j)
		out.Parts = append(out.Parts, Part{ID: part.ID.Val, Title: part.Title.Val, Value: t.value(ps, div, 0, pt, exp*share(pt, target), tl)})
	}
	for _, tt := range o.ByTerritory {
		slot := t.sel.territorySlot(o, tt.Territory.Val)
		tgt := math.Max(orZero(tt.Target.Val), 0)
		v := t.value(sums.territory(slot), div, 0, tgt, exp*share(tgt, target), tl)
		out.Territories = append(out.Territories, TerritoryValue{Territory: tt.Territory.Val, Name: t.names[tt.Territory.Val], Value: v})
	}
	return out
}

// share is part's share of whole, 0 for no whole.
func share(part, whole float64) float64 {
	if whole > 0 {
		return part / whole
	}
	return 0
}

// value turns a sum into a value: divided by per_unit, with the opening
// figure added to the cumulative value alone.
func (t *tally) value(s sum, div, opening, target, exp float64, tl timeline) Value {
	achieved := s.total/div + opening
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

// milestone is done by its first held record by the as-of date; late when
// it is not and its due date has passed; open otherwise. It has no target
// and no percentage: Achieved is 1 when done, InPeriod 1 when done in the
// period.
func (t *tally) milestone(s sum, o *plan.Output) Value {
	v := Value{Events: s.events, Participants: s.participants, Status: Open}
	switch {
	case s.first != 0:
		v.Status, v.Achieved = Done, 1
		if t.opts.Period.contains(s.first) {
			v.InPeriod = 1
		}
	case o.Due.IsSet() && o.Due.Val < t.opts.AsOf:
		v.Status = Late
	}
	return v
}

// opening is the output's opening figure as of asOf: counted from its
// date on.
func opening(o *plan.Output, asOf date.Date) float64 {
	op := o.Opening
	if op == nil || !op.Value.IsSet() || (op.Date.IsSet() && op.Date.Val > asOf) {
		return 0
	}
	return math.Max(orZero(op.Value.Val), 0)
}

// divisor is per_unit, or 1 when it is missing or unusable (0, negative:
// plan errors that must not divide by zero).
func divisor(o *plan.Output) float64 {
	if d := o.Divisor(); finite(d) && d > 0 {
		return d
	}
	return 1
}
