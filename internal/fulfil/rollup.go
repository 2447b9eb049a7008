package fulfil

import (
	"math"

	"github.com/kraj-hk/rrp/internal/plan"
)

// Rollup sums the outputs of an activity, a key activity or the project.
// The status counts and the index cover the reported outputs only; the
// internal ones (reported: false) are counted apart.
type Rollup struct {
	KA        string // key activity id; "" for the project total
	Activity  string // activity id; "" for a key activity or the total
	Title     string
	Territory string // the key activity's territory id
	Outputs   int    // reported outputs that have a number (not milestones)
	Internal  int    // outputs with reported: false
	Counts    map[Status]int
	// Milestones counts the reported milestones by their status (done,
	// open, late); they are neither in Outputs nor in the index.
	Milestones map[Status]int
	// Index is the fulfilment index: the mean of the reported outputs'
	// percentages, each capped at 100, so an output over its target does
	// not hide another one behind. 0 when there are no reported outputs
	// (HasIndex false).
	Index        float64
	Events       int
	Participants float64
	sumCapped    float64
}

// HasIndex reports whether the roll-up has reported outputs to index.
func (r *Rollup) HasIndex() bool { return r.Outputs > 0 }

func (r *Rollup) add(o *Output) {
	r.Events += o.Events
	r.Participants += o.Participants
	if !o.Reported {
		r.Internal++
		return
	}
	if o.IsMilestone() {
		if r.Milestones == nil {
			r.Milestones = map[Status]int{}
		}
		r.Milestones[o.Status]++
		return
	}
	if r.Counts == nil {
		r.Counts = map[Status]int{}
	}
	r.Outputs++
	r.Counts[o.Status]++
	r.sumCapped += math.Min(o.Percent, 100)
	r.Index = r.sumCapped / float64(r.Outputs)
}

// rollups sums the outputs per activity (with its sub-activities), per key
// activity and for the whole selection.
func rollups(s *selection, outs []Output) (activities, kas []Rollup, total Rollup) {
	byPlan := make(map[*plan.Output]*Output, len(outs))
	for i := range outs {
		byPlan[outs[i].Plan] = &outs[i]
	}
	total.Counts = map[Status]int{}
	for _, ka := range s.kas {
		k := Rollup{KA: ka.ID.Val, Title: ka.Title.Val, Territory: ka.Territory.Val, Counts: map[Status]int{}}
		for _, a := range ka.AllActivities() {
			r := Rollup{KA: ka.ID.Val, Activity: a.ID.Val, Title: a.Title.Val, Territory: ka.Territory.Val, Counts: map[Status]int{}}
			eachOutput(a, func(o *plan.Output) { r.add(byPlan[o]) })
			activities = append(activities, r)
			for _, o := range a.Outputs {
				k.add(byPlan[o])
				total.add(byPlan[o])
			}
		}
		kas = append(kas, k)
	}
	return activities, kas, total
}

// eachOutput calls fn for the outputs of a and of all its sub-activities.
func eachOutput(a *plan.Activity, fn func(*plan.Output)) {
	for _, o := range a.Outputs {
		fn(o)
	}
	for _, sub := range a.Activities {
		eachOutput(sub, fn)
	}
}
