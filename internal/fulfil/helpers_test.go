package fulfil

import (
	"math"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// The tests build plans and records in code, so that every value behind an
// expectation is in sight.

var at = source.At("test.yaml", 1, 1)

func set[T any](v T) source.Value[T] { return source.Value[T]{Val: v, Pos: at} }

func day(s string) date.Date {
	d, err := date.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dayp(s string) *date.Date { d := day(s); return &d }

func newProject(start, end string, periods ...string) *plan.Project {
	p := &plan.Project{ID: set("test"), Name: set("Testovací projekt"), Start: set(day(start)), End: set(day(end))}
	for i := 0; i+2 < len(periods); i += 3 {
		p.Periods = append(p.Periods, plan.Period{ID: set(periods[i]), From: set(day(periods[i+1])), To: set(day(periods[i+2]))})
	}
	return p
}

func addTerritory(p *plan.Project, id, name string) {
	p.Territories = append(p.Territories, plan.Territory{ID: set(id), Name: set(name), Type: set("ORP")})
}

func addGroup(p *plan.Project, id, name string) {
	p.TargetGroups = append(p.TargetGroups, plan.Code{ID: set(id), Name: set(name)})
}

func addKA(p *plan.Project, id, territory string) *plan.KeyActivity {
	ka := &plan.KeyActivity{ID: set(id), Title: set("Klíčová aktivita " + id), Territory: set(territory)}
	p.KeyActivities = append(p.KeyActivities, ka)
	return ka
}

func addActivity(ka *plan.KeyActivity, id string) *plan.Activity {
	a := &plan.Activity{ID: set(id), Title: set("Aktivita " + id), KA: ka}
	ka.Activities = append(ka.Activities, a)
	return a
}

func addOutput(a *plan.Activity, id, unit string, target float64, opts ...func(*plan.Output)) *plan.Output {
	o := &plan.Output{ID: set(id), Title: set("výstup " + id), Unit: set(unit), Target: set(target), Activity: a}
	for _, opt := range opts {
		opt(o)
	}
	a.Outputs = append(a.Outputs, o)
	return o
}

func perUnit(n float64) func(*plan.Output) { return func(o *plan.Output) { o.PerUnit = set(n) } }

func internal(o *plan.Output) { o.Reported = set(false) }

func part(id string, target float64) func(*plan.Output) {
	return func(o *plan.Output) {
		o.Parts = append(o.Parts, &plan.Part{ID: set(id), Title: set("část " + id), Target: set(target), Output: o})
	}
}

func milestone(by string, value float64) func(*plan.Output) {
	return func(o *plan.Output) {
		o.Schedule = append(o.Schedule, plan.Milestone{By: set(day(by)), Value: set(value)})
	}
}

func rec(d, ref string, opts ...func(*record.Record)) record.Record {
	r := record.Record{Pos: at, Date: set(day(d)), Output: set(ref)}
	for _, opt := range opts {
		opt(&r)
	}
	return r
}

func qty(v float64) func(*record.Record)   { return func(r *record.Record) { r.Quantity = set(v) } }
func hours(v float64) func(*record.Record) { return func(r *record.Record) { r.Hours = set(v) } }
func cancelled(r *record.Record)           { r.Status = set(record.StatusCancelled) }
func territory(id string) func(*record.Record) {
	return func(r *record.Record) { r.Territory = set(id) }
}

// people sets the participants: a total and group, count pairs.
func people(total float64, groups ...any) func(*record.Record) {
	return func(r *record.Record) {
		r.Participants.Total = set(total)
		for i := 0; i+1 < len(groups); i += 2 {
			r.Participants.ByGroup = append(r.Participants.ByGroup, record.GroupCount{
				Group: set(groups[i].(string)), Count: set(float64(groups[i+1].(int))),
			})
		}
	}
}

const tolerance = 1e-6

func near(a, b float64) bool { return math.Abs(a-b) < tolerance }

func checkValue(t *testing.T, what string, got, want Value) {
	t.Helper()
	fields := []struct {
		name      string
		got, want float64
	}{
		{"target", got.Target, want.Target},
		{"achieved", got.Achieved, want.Achieved},
		{"in period", got.InPeriod, want.InPeriod},
		{"percent", got.Percent, want.Percent},
		{"expected", got.Expected, want.Expected},
		{"forecast", got.Forecast, want.Forecast},
	}
	for _, f := range fields {
		if !near(f.got, f.want) || math.IsNaN(f.got) {
			t.Errorf("%s: %s = %v, want %v", what, f.name, f.got, f.want)
		}
	}
	if got.Status != want.Status {
		t.Errorf("%s: status = %s, want %s", what, got.Status, want.Status)
	}
}

func findOutput(t *testing.T, res *Result, activity, id string) Output {
	t.Helper()
	for _, o := range res.Outputs {
		if o.Activity == activity && o.ID == id {
			return o
		}
	}
	t.Fatalf("output %s/%s not in the result", activity, id)
	return Output{}
}

func opts(asOf string, period *Period) Options {
	return Options{AsOf: day(asOf), Period: period, Thresholds: DefaultThresholds}
}

// compute resolves the records against the plan, as a project snapshot
// does, and computes the fulfilment.
func compute(p *plan.Project, recs []record.Record, opts Options) *Result {
	return Compute(p, entry.Resolve(plan.NewIndex(p), recs), opts)
}
