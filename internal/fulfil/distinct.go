package fulfil

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// visit is a counting record of an output counted in distinct persons:
// when, how long, whom it names, and the part and territory slots it
// counts for (-1 for none).
type visit struct {
	day     date.Date
	hours   float64
	persons []string
	part    int
	terr    int
}

func visitOf(e *entry.Entry, part, terr int) visit {
	v := visit{day: e.Date(), hours: record.Within(e.Rec.Hours.Val, record.MaxHours), part: part, terr: terr}
	for _, p := range e.Rec.Persons {
		// A code written twice in one record is one person's one visit.
		if p.IsSet() && p.Val != "" && !slices.Contains(v.persons, p.Val) {
			v.persons = append(v.persons, p.Val)
		}
	}
	return v
}

// sums are the sums of one output, its parts and its territories; for an
// output counted in distinct persons their totals are persons, not the
// records' amounts.
type sums struct {
	output sum
	parts  map[int]sum
	terrs  map[int]sum
	t      *tally
}

func (s sums) part(slot int) sum {
	if v, ok := s.parts[slot]; ok {
		return v
	}
	return s.t.parts[slot]
}

func (s sums) territory(slot int) sum {
	if slot < 0 {
		return sum{}
	}
	if v, ok := s.terrs[slot]; ok {
		return v
	}
	return s.t.terrs[slot]
}

// distinct gives the sums of output slot i, counting persons for an
// output that counts each person once.
func (t *tally) distinct(i int, o *plan.Output) sums {
	s := sums{output: t.outputs[i], t: t}
	if !o.Distinct.Val {
		return s
	}
	vs := t.visits[i]
	slices.SortStableFunc(vs, func(a, b visit) int { return int(a.day) - int(b.day) })
	minHours := orZero(o.MinHours.Val)
	s.output = t.persons(s.output, vs, minHours, func(visit) bool { return true })
	s.parts, s.terrs = map[int]sum{}, map[int]sum{}
	for j := range o.Parts {
		slot := t.sel.partBase[i] + j
		s.parts[slot] = t.persons(t.parts[slot], vs, minHours, func(v visit) bool { return v.part == slot })
	}
	for _, slot := range t.sel.terrSlot[o] {
		s.terrs[slot] = t.persons(t.terrs[slot], vs, minHours, func(v visit) bool { return v.terr == slot })
	}
	return s
}

// persons replaces the amounts of s by the persons of the visits that
// belong to it: a person counts once, from the day the hours of the
// visits naming them reach minHours (from their first visit when
// minHours is 0). In the period are the persons who first count in it, so
// that the periods add up to the whole. The visits are in date order.
func (t *tally) persons(s sum, vs []visit, minHours float64, belongs func(visit) bool) sum {
	hours := map[string]float64{}
	counted := map[string]bool{}
	s.total, s.inPeriod = 0, 0
	for _, v := range vs {
		if !belongs(v) {
			continue
		}
		for _, p := range v.persons {
			if counted[p] {
				continue
			}
			hours[p] += v.hours
			if !atLeast(hours[p], minHours) {
				continue
			}
			counted[p] = true
			s.total++
			if t.opts.Period.contains(v.day) {
				s.inPeriod++
			}
		}
	}
	return s
}
