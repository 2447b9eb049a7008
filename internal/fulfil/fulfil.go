// Package fulfil computes how far a project's planned outputs are
// fulfilled: for every output (and part) the value achieved by an as-of
// date, in a monitoring period and cumulatively, against its target and
// against the value its pace expects by then, with a status; rolled up per
// activity, key activity and the project, and the reach per territory and
// target group. It prints nothing: rrp status and rrp report render the
// Result.
//
// The achieved value of an output is the sum of what its counting records
// add (entry.Counts: held, dated on or before the as-of date) divided by
// per_unit when set. A record on a part counts for the part and for its
// output. Records that name no output of the plan, or have no date, are
// skipped (validate reports them).
package fulfil

import (
	"cmp"
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
)

// Period is the window the "in period" values cover, both ends included.
// ID is the monitoring period's id, or "" for a range given by dates.
type Period struct {
	ID   string
	From date.Date
	To   date.Date
}

func (p *Period) contains(d date.Date) bool { return p != nil && p.From <= d && d <= p.To }

// Options say what to compute; Request.Options builds them from what a
// user asked for.
type Options struct {
	// AsOf is the last day that counts: records dated after it are ignored.
	AsOf date.Date
	// Period is the window of the in-period values; nil for none.
	Period *Period
	// KA limits the result to one key activity (its id); "" for all.
	KA         string
	Thresholds Thresholds
}

// Value is what every output and part reports.
type Value struct {
	Target   float64
	Achieved float64 // cumulative up to and including AsOf
	InPeriod float64 // in Period, up to AsOf
	Percent  float64 // Achieved of Target, in percent (may exceed 100)
	Expected float64 // planned by AsOf (schedule, or linear over the project)
	Forecast float64 // Achieved extrapolated to the project's end
	Status   Status
	// Events counts the held records up to AsOf (for an output, its
	// parts' too); Participants sums their participants.
	Events       int
	Participants float64
}

// Output is the fulfilment of one planned output.
type Output struct {
	KA       string // key activity id
	Activity string // activity id
	ID       string // output id
	Title    string
	Unit     string
	PerUnit  float64 // records per unit; 1 when not set
	Reported bool    // false: tracked internally, kept out of counts and index
	// TargetIs says what Target means: plan.Exact, plan.AtLeast (a
	// minimum: more is never a warning) or plan.AtMost (a maximum: more is
	// a warning); plan.NoGoal for a milestone, which has no number, whose
	// Status is Done, Open or Late and which stays out of the index.
	TargetIs plan.TargetKind
	// Level names the plan level of the output's activity (Aktivita,
	// Podaktivita, …; plan.Project.LevelName).
	Level string
	Value
	// Opening is the opening figure counted in Achieved (0 when none, or
	// before its date).
	Opening float64
	Parts   []Part
	// Territories are the output's values per territory, when the plan
	// splits its target by territory (by_territory), in the plan's order.
	Territories []TerritoryValue
	// Plan is the output in the plan, for renderers that need more of it.
	Plan *plan.Output
}

// IsMilestone reports whether the output is qualitative: done or not.
func (o *Output) IsMilestone() bool { return o.Unit == plan.UnitMilestone }

// TerritoryValue is an output's fulfilment in one territory of its
// by_territory split.
type TerritoryValue struct {
	Territory string // territory id
	Name      string // its name in the codelist
	Value
}

// Part is the fulfilment of one part of an output. Its expected value is
// the output's scaled by the part's share of the target.
type Part struct {
	ID    string
	Title string
	Value
}

// Result is the fulfilment of a project (or one key activity of it) as of
// a date.
type Result struct {
	ProjectID   string
	ProjectName string
	Start, End  date.Date
	AsOf        date.Date
	Period      *Period
	KA          string
	Thresholds  Thresholds
	// Provisional is true when the project's dates are provisional: the
	// expected values and the statuses rest on them.
	Provisional bool
	// NoRecords is true when the project has no records at all (whatever
	// their dates, outputs or key activities): nothing is counted yet
	// because nothing is recorded yet, so a figure of 0 and its status say
	// nothing of how the project goes. Status and the workbook say so.
	NoRecords bool
	// Levels name the plan's levels (the project's levels: KA, aktivita,
	// or Priorita, Opatření, …); empty when the project names none.
	Levels []string
	// Outputs in plan order, each with its parts.
	Outputs []Output
	// Activities and KeyActivities in plan order; an activity's roll-up
	// includes the outputs of its sub-activities.
	Activities    []Rollup
	KeyActivities []Rollup
	// Territories: the project's codelist in its order (with --ka only the
	// key activity's own and those reached), then unknown ids reached.
	Territories []Reach
	// Groups: the project's target groups in codelist order, then unknown.
	Groups []Reach
	// KeyActivityGroups: per key activity (in plan order), the target
	// groups its records reached, in codelist order, then unknown ids.
	KeyActivityGroups []GroupsOfKA
	Total             Rollup
	// Skipped counts records up to AsOf that name no output of the plan or
	// have no date.
	Skipped int
	// Later counts the records of the selection dated after AsOf, which
	// the figures leave for later.
	Later int
	// Counted are the held records the figures count, in the records'
	// order: the events behind the numbers.
	Counted []Counted
}

// Counted is a held record that counts, and whether it falls in the
// period.
type Counted struct {
	*entry.Entry
	InPeriod bool
}

// PeriodEvents are the counted records of the period (all of them when the
// result has no period), by date; records of one day keep their order.
func (r *Result) PeriodEvents() []*entry.Entry {
	var out []*entry.Entry
	for _, c := range r.Counted {
		if c.InPeriod || r.Period == nil {
			out = append(out, c.Entry)
		}
	}
	slices.SortStableFunc(out, func(a, b *entry.Entry) int { return cmp.Compare(a.Date(), b.Date()) })
	return out
}

// Compute works out the fulfilment from the project's records resolved
// against its plan (package entry). It costs one pass over the records
// plus one over the plan.
func Compute(p *plan.Project, entries []entry.Entry, opts Options) *Result {
	s := newSelection(p, opts.KA)
	t := newTally(s, opts)
	t.counted = make([]Counted, 0, len(entries))
	t.names = map[string]string{}
	for _, tr := range p.Territories {
		t.names[tr.ID.Val] = tr.Name.Val
	}
	for i := range entries {
		t.add(&entries[i])
	}
	tl := newTimeline(p)
	res := &Result{
		ProjectID:   p.ID.Val,
		ProjectName: p.Name.Val,
		Start:       p.Start.Val,
		End:         p.End.Val,
		AsOf:        opts.AsOf,
		Period:      opts.Period,
		KA:          opts.KA,
		Thresholds:  opts.Thresholds,
		Skipped:     t.skipped,
		Later:       t.later,
		Levels:      levels(p),
		Provisional: p.Provisional.Val,
		NoRecords:   len(entries) == 0,
		Counted:     t.counted,
	}
	res.Outputs = make([]Output, len(s.outputs))
	depths := p.ActivityDepths()
	for i, o := range s.outputs {
		res.Outputs[i] = t.output(i, o, tl)
		res.Outputs[i].Level = p.LevelName(depths[o.Activity])
	}
	res.Activities, res.KeyActivities, res.Total = rollups(s, res.Outputs)
	res.Territories = territories(p, s, t.territories)
	res.KeyActivityGroups = groupsOfKAs(p, s, t.kaGroups)
	res.Groups = groups(p, t.groups)
	return res
}

// Recorded is what the records achieved for every output and part: the
// achieved value without the opening figure, which has its own warning.
// The warnings of outputs over their target compare it.
func (r *Result) Recorded() (outputs map[*plan.Output]float64, parts map[*plan.Part]float64) {
	outputs, parts = map[*plan.Output]float64{}, map[*plan.Part]float64{}
	for _, o := range r.Outputs {
		outputs[o.Plan] = o.Achieved - o.Opening
		for j, part := range o.Parts {
			parts[o.Plan.Parts[j]] = part.Achieved
		}
	}
	return outputs, parts
}

// ActivityLevels names the plan levels the outputs' activities sit at, in
// the order the outputs first reach them ("Aktivita", "Podaktivita"): what
// the column of an output's activity holds.
func (r *Result) ActivityLevels() []string {
	var names []string
	for _, o := range r.Outputs {
		if o.Level != "" && !slices.Contains(names, o.Level) {
			names = append(names, o.Level)
		}
	}
	return names
}

func levels(p *plan.Project) []string {
	var out []string
	for _, l := range p.Levels {
		out = append(out, l.Val)
	}
	return out
}
