package fulfil

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// The projects of this kind count more than sums of events: minimums and
// maximums, milestones, opening figures, distinct persons and targets per
// territory. Periods are the halves of 2025; as of 2025-12-31 the whole
// year counts.

func halves() *Period { return &Period{ID: "P2", From: day("2025-07-01"), To: day("2025-12-31")} }

func yearProject() (*plan.Project, *plan.Activity) {
	p := newProject("2025-01-01", "2025-12-31", "P1", "2025-01-01", "2025-06-30", "P2", "2025-07-01", "2025-12-31")
	addTerritory(p, "a", "Alfa")
	addTerritory(p, "b", "Beta")
	ka := addKA(p, "KA1", "a")
	return p, addActivity(ka, "1.1")
}

func minimum(n float64) func(*plan.Output) {
	return func(o *plan.Output) { o.Target, o.AtLeast = plan.Num{}, set(n) }
}

func maximum(n float64) func(*plan.Output) {
	return func(o *plan.Output) { o.Target, o.AtMost = plan.Num{}, set(n) }
}

func asMilestone(due string) func(*plan.Output) {
	return func(o *plan.Output) {
		o.Unit, o.Target = set(plan.UnitMilestone), plan.Num{}
		if due != "" {
			o.Due = set(day(due))
		}
	}
}

func persons(codes ...string) func(*record.Record) {
	return func(r *record.Record) {
		for _, c := range codes {
			r.Persons = append(r.Persons, set(c))
		}
	}
}

func TestTargetKinds(t *testing.T) {
	p, a := yearProject()
	addOutput(a, "exact", plan.UnitEvent, 4)
	addOutput(a, "min", plan.UnitDocument, 4, minimum(4))
	addOutput(a, "max", plan.UnitHour, 4, maximum(4))
	recs := []record.Record{
		rec("2025-03-01", "1.1/exact", qty(5)),
		rec("2025-03-01", "1.1/min", qty(5)),
		rec("2025-03-01", "1.1/max", hours(5)),
	}
	res := compute(p, recs, opts("2025-12-31", halves()))
	for _, tt := range []struct {
		id   string
		kind plan.TargetKind
	}{{"exact", plan.Exact}, {"min", plan.AtLeast}, {"max", plan.AtMost}} {
		o := findOutput(t, res, "1.1", tt.id)
		if o.TargetIs != tt.kind || o.Target != 4 || o.Achieved != 5 || o.Percent != 125 || o.Status != Done {
			t.Errorf("%s: %s target %v achieved %v %v%% %s", tt.id, o.TargetIs, o.Target, o.Achieved, o.Percent, o.Status)
		}
	}
}

func TestMilestones(t *testing.T) {
	p, a := yearProject()
	addOutput(a, "done", plan.UnitMilestone, 0, asMilestone("2025-06-30"))
	addOutput(a, "cancelled", plan.UnitMilestone, 0, asMilestone("2025-06-30"))
	addOutput(a, "late", plan.UnitMilestone, 0, asMilestone("2025-06-30"))
	addOutput(a, "due-today", plan.UnitMilestone, 0, asMilestone("2025-09-30"))
	addOutput(a, "open", plan.UnitMilestone, 0, asMilestone(""))
	addOutput(a, "after", plan.UnitMilestone, 0, asMilestone(""))
	addOutput(a, "events", plan.UnitEvent, 2)
	recs := []record.Record{
		rec("2025-08-01", "1.1/done"),
		rec("2025-03-01", "1.1/done"),
		rec("2025-03-01", "1.1/cancelled", cancelled),
		rec("2025-10-01", "1.1/after"),
		rec("2025-03-01", "1.1/events"),
	}
	res := compute(p, recs, opts("2025-09-30", halves()))
	for _, tt := range []struct {
		id                 string
		status             Status
		achieved, inPeriod float64
	}{
		{"done", Done, 1, 0}, // done on 2025-03-01, in P1
		{"cancelled", Late, 0, 0},
		{"late", Late, 0, 0},
		{"due-today", Open, 0, 0},
		{"open", Open, 0, 0},
		{"after", Open, 0, 0},
	} {
		o := findOutput(t, res, "1.1", tt.id)
		if o.Status != tt.status || o.Achieved != tt.achieved || o.InPeriod != tt.inPeriod || o.Target != 0 || o.Percent != 0 || o.TargetIs != plan.NoGoal {
			t.Errorf("%s: %s, achieved %v, in period %v, target %v, %v%%", tt.id, o.Status, o.Achieved, o.InPeriod, o.Target, o.Percent)
		}
	}
	total := res.Total
	if total.Outputs != 1 || total.Milestones[Done] != 1 || total.Milestones[Open] != 3 || total.Milestones[Late] != 2 {
		t.Errorf("total: %d outputs, milestones %v", total.Outputs, total.Milestones)
	}
	if !near(total.Index, 50) {
		t.Errorf("index %v, want 50: milestones stay out of it", total.Index)
	}
}

func TestOpening(t *testing.T) {
	p, a := yearProject()
	addOutput(a, "o", plan.UnitPerson, 10, func(o *plan.Output) {
		o.Opening = &plan.Opening{Value: set(6.0), Date: set(day("2025-04-30"))}
	})
	recs := []record.Record{rec("2025-02-01", "1.1/o", qty(1)), rec("2025-08-01", "1.1/o", qty(2))}
	for _, tt := range []struct {
		asOf                        string
		opening, achieved, inPeriod float64
	}{
		{"2025-03-31", 0, 1, 0}, // before the opening's date
		{"2025-04-30", 6, 7, 0},
		{"2025-12-31", 6, 9, 2}, // in no period figure
	} {
		res := compute(p, recs, opts(tt.asOf, halves()))
		o := res.Outputs[0]
		if recorded, _ := res.Recorded(); recorded[o.Plan] != tt.achieved-tt.opening {
			t.Errorf("as of %s: recorded %v, want the records' %v alone", tt.asOf, recorded[o.Plan], tt.achieved-tt.opening)
		}
		if o.Opening != tt.opening || o.Achieved != tt.achieved || o.InPeriod != tt.inPeriod {
			t.Errorf("as of %s: opening %v achieved %v in period %v, want %v %v %v", tt.asOf, o.Opening, o.Achieved, o.InPeriod, tt.opening, tt.achieved, tt.inPeriod)
		}
	}
}

func TestDistinctPersons(t *testing.T) {
	p, a := yearProject()
	distinct := func(minHours float64) func(*plan.Output) {
		return func(o *plan.Output) {
			o.Distinct = set(true)
			if minHours > 0 {
				o.MinHours = set(minHours)
			}
		}
	}
	addOutput(a, "once", plan.UnitPerson, 50, distinct(0))
	addOutput(a, "hours", plan.UnitPerson, 20, distinct(10))
	recs := []record.Record{
		// one person helped three times counts once
		rec("2025-02-01", "1.1/once", persons("K-1", "K-2"), qty(2)),
		rec("2025-03-01", "1.1/once", persons("K-1")),
		rec("2025-08-01", "1.1/once", persons("K-1", "K-3", "K-3")),
		rec("2025-08-02", "1.1/once", persons("K-4"), cancelled),
		rec("2026-01-02", "1.1/once", persons("K-5")), // after the as-of date
		// min_hours: K-1 reaches 10 hours in P2 (6 + 4), K-2 never (6)
		rec("2025-05-01", "1.1/hours", persons("K-1", "K-2"), hours(6)),
		rec("2025-09-01", "1.1/hours", persons("K-1"), hours(4)),
	}
	res := compute(p, recs, opts("2025-12-31", halves()))
	once := findOutput(t, res, "1.1", "once")
	if once.Achieved != 3 || once.InPeriod != 1 || once.Events != 3 {
		t.Errorf("once: achieved %v in period %v events %d, want 3 persons, 1 new in P2, 3 events", once.Achieved, once.InPeriod, once.Events)
	}
	h := findOutput(t, res, "1.1", "hours")
	if h.Achieved != 1 || h.InPeriod != 1 {
		t.Errorf("hours: achieved %v in period %v, want 1 person counting from P2", h.Achieved, h.InPeriod)
	}
	// The first half alone: K-1 and K-2 counted then, none of hours yet.
	first := compute(p, recs, opts("2025-06-30", &Period{ID: "P1", From: day("2025-01-01"), To: day("2025-06-30")}))
	if o := findOutput(t, first, "1.1", "once"); o.Achieved != 2 || o.InPeriod != 2 {
		t.Errorf("once as of P1: %v, %v; want 2, 2", o.Achieved, o.InPeriod)
	}
	if o := findOutput(t, first, "1.1", "hours"); o.Achieved != 0 {
		t.Errorf("hours as of P1: %v, want 0", o.Achieved)
	}
}

func TestByTerritory(t *testing.T) {
	p, a := yearProject()
	addOutput(a, "stoly", plan.UnitEvent, 6, func(o *plan.Output) {
		o.ByTerritory = []plan.TerritoryTarget{{Territory: set("a"), Target: set(4.0)}, {Territory: set("b"), Target: set(2.0)}}
	})
	recs := []record.Record{
		rec("2025-02-01", "1.1/stoly"),                 // its key activity's territory, a
		rec("2025-08-01", "1.1/stoly", territory("b")), // its own
		rec("2025-08-02", "1.1/stoly", territory("b"), cancelled),
		rec("2025-09-01", "1.1/stoly", territory("c")), // not listed: the output's, no territory's
	}
	o := compute(p, recs, opts("2025-12-31", halves())).Outputs[0]
	if o.Achieved != 3 || len(o.Territories) != 2 {
		t.Fatalf("achieved %v, %d territories", o.Achieved, len(o.Territories))
	}
	for i, want := range []struct {
		id                         string
		target, achieved, inPeriod float64
	}{{"a", 4, 1, 0}, {"b", 2, 1, 1}} {
		got := o.Territories[i]
		if got.Territory != want.id || got.Target != want.target || got.Achieved != want.achieved || got.InPeriod != want.inPeriod {
			t.Errorf("territory %d: %+v, want %+v", i, got, want)
		}
	}
	if o.Territories[0].Name != "Alfa" {
		t.Errorf("a is named %q", o.Territories[0].Name)
	}
	if got := o.Territories[1].Percent; got != 50 {
		t.Errorf("b: %v %%, want 50", got)
	}
}
