package entry

import (
	"math"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

var at = source.At("r.yaml", 1, 1)

func set[T any](v T) source.Value[T] { return source.Value[T]{Val: v, Pos: at} }

// twoKAs is a plan of KA4 (Broumov) with output 4.1/a counted in events
// and KA5 (Jaroměř) with 5.1/h counted in hours and a part.
func twoKAs() *plan.Index {
	p := &plan.Project{}
	for _, k := range []struct{ ka, territory, act, out, unit string }{
		{"KA4", "broumov", "4.1", "a", plan.UnitEvent},
		{"KA5", "jaromer", "5.1", "h", plan.UnitHour},
	} {
		ka := &plan.KeyActivity{ID: set(k.ka), Territory: set(k.territory)}
		a := &plan.Activity{ID: set(k.act), KA: ka}
		o := &plan.Output{ID: set(k.out), Unit: set(k.unit), Target: set(10.0), Activity: a}
		o.Parts = []*plan.Part{{ID: set("p"), Target: set(10.0), Output: o}}
		a.Outputs = []*plan.Output{o}
		ka.Activities = []*plan.Activity{a}
		p.KeyActivities = append(p.KeyActivities, ka)
	}
	return plan.NewIndex(p)
}

func rec(day, output string, opts ...func(*record.Record)) record.Record {
	r := record.Record{Pos: at, Output: set(output)}
	if day != "" {
		d, err := date.Parse(day)
		if err != nil {
			panic(err)
		}
		r.Date = set(d)
	}
	for _, o := range opts {
		o(&r)
	}
	return r
}

func cancelled(r *record.Record) { r.Status = set(record.StatusCancelled) }
func inJaromer(r *record.Record) { r.Territory = set("jaromer") }
func hours(h float64) func(*record.Record) {
	return func(r *record.Record) { r.Hours = set(h) }
}
func quantity(q float64) func(*record.Record) {
	return func(r *record.Record) { r.Quantity = set(q) }
}

func TestResolve(t *testing.T) {
	ix := twoKAs()
	for _, tt := range []struct {
		name      string
		rec       record.Record
		ref       string // "" when unresolved
		ka        string
		territory string
		amount    float64
	}{
		{"event, default quantity", rec("2025-03-01", "4.1/a"), "4.1/a", "KA4", "broumov", 1},
		{"event, quantity", rec("2025-03-01", "4.1/a", quantity(3)), "4.1/a", "KA4", "broumov", 3},
		{"own territory wins", rec("2025-03-01", "4.1/a", inJaromer), "4.1/a", "KA4", "jaromer", 1},
		{"hours count for hour outputs", rec("2025-03-01", "5.1/h", hours(1.5), quantity(4)), "5.1/h", "KA5", "jaromer", 1.5},
		{"a part", rec("2025-03-01", "5.1/h/p", hours(2)), "5.1/h/p", "KA5", "jaromer", 2},
		{"cancelled adds nothing", rec("2025-03-01", "4.1/a", cancelled, quantity(3)), "4.1/a", "KA4", "broumov", 0},
		{"absurd amount adds nothing", rec("2025-03-01", "5.1/h", hours(math.Inf(1))), "5.1/h", "KA5", "jaromer", 0},
		{"unknown output", rec("2025-03-01", "4.1/x", inJaromer), "", "", "jaromer", 0},
		{"no output", rec("2025-03-01", ""), "", "", "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := Of(ix, &tt.rec)
			ref := ""
			if e.Resolved() {
				ref = e.Target.Ref()
			}
			ka := ""
			if k := e.KA(); k != nil {
				ka = k.ID.Val
			}
			if ref != tt.ref || ka != tt.ka || e.Territory != tt.territory || e.Amount != tt.amount {
				t.Errorf("got %q %q %q %v, want %q %q %q %v", ref, ka, e.Territory, e.Amount, tt.ref, tt.ka, tt.territory, tt.amount)
			}
		})
	}
}

// TestCounting pins the rule of counting and its two companions, Later
// (left for after the as-of date) and Unplaced (counted nowhere).
func TestCounting(t *testing.T) {
	ix := twoKAs()
	asOf, _ := date.Parse("2025-06-30")
	for _, tt := range []struct {
		name                    string
		rec                     record.Record
		ka                      string
		counts, later, unplaced bool
	}{
		{"held, by the as-of date", rec("2025-03-01", "4.1/a"), "", true, false, false},
		{"on the as-of date", rec("2025-06-30", "4.1/a"), "", true, false, false},
		{"the day after", rec("2025-07-01", "4.1/a"), "", false, true, false},
		{"cancelled", rec("2025-03-01", "4.1/a", cancelled), "", false, false, false},
		{"cancelled, later", rec("2025-07-01", "4.1/a", cancelled), "", false, true, false},
		{"of the key activity asked for", rec("2025-03-01", "4.1/a"), "KA4", true, false, false},
		{"of another key activity", rec("2025-03-01", "4.1/a"), "KA5", false, false, false},
		{"of another key activity, later", rec("2025-07-01", "4.1/a"), "KA5", false, false, false},
		{"unknown output", rec("2025-03-01", "9.9/x"), "", false, false, true},
		{"unknown output, later", rec("2025-07-01", "9.9/x"), "", false, false, false},
		{"no date", rec("", "4.1/a"), "", false, false, true},
		{"no date, unknown output", rec("", "9.9/x"), "KA4", false, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := Of(ix, &tt.rec)
			if got := e.Counts(asOf, tt.ka); got != tt.counts {
				t.Errorf("Counts = %v, want %v", got, tt.counts)
			}
			if got := e.Later(asOf, tt.ka); got != tt.later {
				t.Errorf("Later = %v, want %v", got, tt.later)
			}
			if got := e.Unplaced(asOf); got != tt.unplaced {
				t.Errorf("Unplaced = %v, want %v", got, tt.unplaced)
			}
		})
	}
}

func TestTerritoryWithoutKeyActivity(t *testing.T) {
	r := rec("2025-03-01", "4.1/a")
	if got := Territory(&r, nil); got != "" {
		t.Errorf("no territory and no key activity: %q", got)
	}
}
