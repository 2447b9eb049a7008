package fulfil

import (
	"math"
	"testing"

	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// noNaN fails on any value that is not a number.
func noNaN(t *testing.T, res *Result) {
	t.Helper()
	bad := func(what string, v float64) {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("%s is %v", what, v)
		}
	}
	for _, o := range res.Outputs {
		for _, v := range append([]Value{o.Value}, partValues(o)...) {
			for _, f := range []float64{v.Target, v.Achieved, v.InPeriod, v.Percent, v.Expected, v.Forecast} {
				bad(o.ID, f)
			}
		}
	}
	for _, r := range append(append(res.Activities, res.KeyActivities...), res.Total) {
		bad("index of "+r.KA+" "+r.Activity, r.Index)
	}
}

func partValues(o Output) []Value {
	var out []Value
	for _, p := range o.Parts {
		out = append(out, p.Value)
	}
	return out
}

func small() *plan.Project {
	p := newProject("2025-01-01", "2025-04-10", "P1", "2025-01-01", "2025-01-31", "P2", "2025-03-10", "2025-04-10")
	a := addActivity(addKA(p, "KA1", "t1"), "1.1")
	addOutput(a, "o1", "event", 10)
	addOutput(a, "o2", "event", 4, part("a", 4))
	return p
}

func TestEmptyProject(t *testing.T) {
	res := compute(&plan.Project{}, nil, opts("2025-02-19", nil))
	if len(res.Outputs) != 0 || res.Total.Outputs != 0 || res.Total.Index != 0 || res.Total.HasIndex() {
		t.Errorf("empty project: %+v", res.Total)
	}
	noNaN(t, res)
}

func TestNoRecords(t *testing.T) {
	res := compute(small(), nil, opts("2025-02-19", nil))
	o := res.Outputs[0]
	checkValue(t, "o1", o.Value, Value{Target: 10, Expected: 5, Status: AtRisk})
	if !res.Total.HasIndex() || res.Total.Index != 0 {
		t.Errorf("index %v, want 0", res.Total.Index)
	}
	noNaN(t, res)
}

// TestNoRecordsFact: a project is without records only when it has none
// at all; records the selection leaves out (another key activity, dated
// after the as-of date, cancelled) are records all the same.
func TestNoRecordsFact(t *testing.T) {
	cancelled := rec("2025-01-05", "1.1/o1")
	cancelled.Status = source.Value[string]{Val: record.StatusCancelled}
	for _, tt := range []struct {
		name string
		recs []record.Record
		ka   string
		want bool
	}{
		{"none", nil, "", true},
		{"one counted", []record.Record{rec("2025-01-05", "1.1/o1")}, "", false},
		{"one after the as-of date", []record.Record{rec("2025-04-01", "1.1/o1")}, "", false},
		{"one cancelled", []record.Record{cancelled}, "", false},
		{"one of another key activity", []record.Record{rec("2025-01-05", "1.1/o1")}, "KA2", false},
	} {
		p := small()
		addOutput(addActivity(addKA(p, "KA2", "t2"), "2.1"), "o9", "event", 3)
		o := opts("2025-02-19", nil)
		o.KA = tt.ka
		if got := compute(p, tt.recs, o).NoRecords; got != tt.want {
			t.Errorf("%s: NoRecords %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAsOfBoundary(t *testing.T) {
	recs := []record.Record{rec("2025-02-19", "1.1/o1", qty(2)), rec("2025-02-20", "1.1/o1", qty(5))}
	for _, tt := range []struct {
		asOf string
		want float64
	}{{"2025-02-18", 0}, {"2025-02-19", 2}, {"2025-02-20", 7}} {
		res := compute(small(), recs, opts(tt.asOf, nil))
		if got := res.Outputs[0].Achieved; got != tt.want {
			t.Errorf("as of %s: achieved %v, want %v", tt.asOf, got, tt.want)
		}
	}
}

func TestAsOfBeforeStart(t *testing.T) {
	res := compute(small(), []record.Record{rec("2025-01-05", "1.1/o1")}, opts("2024-12-01", nil))
	for _, o := range res.Outputs {
		checkValue(t, o.ID, o.Value, Value{Target: o.Target, Status: NotStarted})
	}
	noNaN(t, res)
}

func TestAsOfAfterEnd(t *testing.T) {
	recs := []record.Record{rec("2025-01-05", "1.1/o1", qty(8)), rec("2025-04-10", "1.1/o2/a", qty(4))}
	res := compute(small(), recs, opts("2026-06-30", nil))
	// The whole target is due; the forecast is what was achieved.
	checkValue(t, "o1", res.Outputs[0].Value, Value{Target: 10, Achieved: 8, Percent: 80, Expected: 10, Forecast: 8, Status: Behind})
	checkValue(t, "o2", res.Outputs[1].Value, Value{Target: 4, Achieved: 4, Percent: 100, Expected: 4, Forecast: 4, Status: Done})
	noNaN(t, res)
}

func TestRecordOutsideAnyPeriod(t *testing.T) {
	// 03-05 falls in the gap between P1 and P2: it counts cumulatively but
	// in neither period.
	recs := []record.Record{rec("2025-03-05", "1.1/o1"), rec("2025-01-05", "1.1/o1")}
	for _, per := range []*Period{
		{ID: "P1", From: day("2025-01-01"), To: day("2025-01-31")},
		{ID: "P2", From: day("2025-03-10"), To: day("2025-04-10")},
		nil,
	} {
		o := compute(small(), recs, opts("2025-04-10", per)).Outputs[0]
		want := 0.0
		if per != nil && per.ID == "P1" {
			want = 1
		}
		if o.Achieved != 2 || o.InPeriod != want {
			t.Errorf("period %+v: achieved %v in period %v; want 2, %v", per, o.Achieved, o.InPeriod, want)
		}
	}
}

func TestSkippedRecords(t *testing.T) {
	noDate := rec("2025-01-05", "1.1/o1")
	noDate.Date.Pos = source.Pos{} // not written (the loader reported it)
	recs := []record.Record{rec("2025-01-05", "1.1/nope"), rec("2025-01-05", "1.1/o2/zz"), noDate, rec("2025-01-05", "1.1/o1")}
	res := compute(small(), recs, opts("2025-02-19", nil))
	if res.Skipped != 3 || res.Outputs[0].Achieved != 1 {
		t.Errorf("skipped %d, achieved %v; want 3, 1", res.Skipped, res.Outputs[0].Achieved)
	}
}

func TestKAFilter(t *testing.T) {
	p := small()
	addOutput(addActivity(addKA(p, "KA2", "t2"), "2.1"), "o9", "event", 3)
	addTerritory(p, "t1", "Broumov")
	addTerritory(p, "t2", "Dobruška")
	addTerritory(p, "t3", "Hořice")
	recs := []record.Record{rec("2025-01-05", "1.1/o1", territory("t3")), rec("2025-01-06", "2.1/o9")}
	o := opts("2025-02-19", nil)
	o.KA = "KA1"
	res := compute(p, recs, o)
	if len(res.Outputs) != 2 || len(res.KeyActivities) != 1 || res.Total.Outputs != 2 || res.Skipped != 0 {
		t.Fatalf("KA1: %d outputs, %d key activities, total %d, skipped %d", len(res.Outputs), len(res.KeyActivities), res.Total.Outputs, res.Skipped)
	}
	// KA1's own territory and the one its record reached; not t2.
	var ids []string
	for _, r := range res.Territories {
		ids = append(ids, r.ID)
	}
	if len(ids) != 2 || ids[0] != "t1" || ids[1] != "t3" {
		t.Errorf("territories %v, want [t1 t3]", ids)
	}
}

func TestUnusableNumbers(t *testing.T) {
	// per_unit 0, a zero target, NaN quantities: plan and record errors
	// that validate reports; status must still give numbers.
	p := newProject("2025-01-01", "2025-04-10")
	a := addActivity(addKA(p, "KA1", "t1"), "1.1")
	addOutput(a, "o1", "event", 10, perUnit(0))
	addOutput(a, "o2", "event", 0)
	addOutput(a, "o3", "event", math.NaN(), part("a", math.Inf(1)))
	recs := []record.Record{
		rec("2025-01-05", "1.1/o1", qty(2)),
		rec("2025-01-05", "1.1/o2", qty(math.NaN()), people(math.Inf(1))),
		rec("2025-01-05", "1.1/o3/a", qty(math.Inf(-1))),
	}
	res := compute(p, recs, opts("2025-02-19", nil))
	noNaN(t, res)
	if res.Outputs[0].Achieved != 2 {
		t.Errorf("per_unit 0 is taken as 1: achieved %v, want 2", res.Outputs[0].Achieved)
	}
}

func TestNestedActivitiesRollUp(t *testing.T) {
	p := newProject("2025-01-01", "2025-04-10")
	ka := addKA(p, "KA1", "t1")
	parent := addActivity(ka, "1")
	child := &plan.Activity{ID: set("1.1"), KA: ka}
	parent.Activities = append(parent.Activities, child)
	addOutput(parent, "a", "event", 10)
	addOutput(child, "b", "event", 10)
	res := compute(p, []record.Record{rec("2025-01-05", "1.1/b", qty(10))}, opts("2025-02-19", nil))
	if len(res.Outputs) != 2 || res.Activities[0].Outputs != 2 || res.Activities[1].Outputs != 1 || res.KeyActivities[0].Outputs != 2 {
		t.Errorf("outputs %d; activity 1 rolls up %d, 1.1 %d, KA %d; want 2, 2, 1, 2",
			len(res.Outputs), res.Activities[0].Outputs, res.Activities[1].Outputs, res.KeyActivities[0].Outputs)
	}
	if !near(res.Activities[0].Index, 50) {
		t.Errorf("index of 1: %v, want 50", res.Activities[0].Index)
	}
}
