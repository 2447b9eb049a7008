package check

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// countingPlan is oneOutput's project with four outputs in activity 4.1:
// p (distinct persons), e (events by territory, per_event 2 hours and 5
// participants), m (a milestone) and o (events, target 10).
func countingPlan(personCode string) *plan.Project {
	p := oneOutput(nil)
	if personCode != "" {
		p.PersonCode = str(personCode)
	}
	a := p.KeyActivities[0].Activities[0]
	add := func(o *plan.Output) {
		o.Activity = a
		a.Outputs = append(a.Outputs, o)
	}
	add(&plan.Output{ID: str("p"), Unit: str(plan.UnitPerson), Target: number(10), Distinct: flagAt(true, 1)})
	add(&plan.Output{ID: str("e"), Unit: str(plan.UnitEvent), Target: number(10),
		ByTerritory: []plan.TerritoryTarget{{Territory: str("broumov"), Target: number(6)}, {Territory: str("pocidlinsko"), Target: number(4)}},
		PerEvent:    &plan.PerEvent{Hours: number(2), Participants: number(5)}})
	add(&plan.Output{ID: str("m"), Unit: str(plan.UnitMilestone)})
	p.Territories = append(p.Territories, plan.Territory{ID: str("pocidlinsko")})
	return p
}

// rec is a held record of output on 2025-03-12 (line 1), with evidence,
// changed by edits.
func rec(output string, edits ...func(*record.Record)) record.Record {
	r := record.Record{Pos: line(1), Date: dayAt("2025-03-12", 2), Output: strAt(output, 3), Evidence: []source.Value[string]{strAt("a.pdf", 4)}}
	for _, e := range edits {
		e(&r)
	}
	return r
}

func withPersons(codes ...string) func(*record.Record) {
	return func(r *record.Record) {
		for i, c := range codes {
			r.Persons = append(r.Persons, strAt(c, 10+i))
		}
	}
}

func TestRecordKeys(t *testing.T) {
	cancelled := func(r *record.Record) { r.Status = strAt(record.StatusCancelled, 5) }
	territory := func(id string) func(*record.Record) {
		return func(r *record.Record) { r.Territory = strAt(id, 6) }
	}
	hours := func(h float64) func(*record.Record) { return func(r *record.Record) { r.Hours = numAt(h, 7) } }
	total := func(n float64) func(*record.Record) {
		return func(r *record.Record) { r.Participants.Total = numAt(n, 8) }
	}
	dateTo := func(s string) func(*record.Record) { return func(r *record.Record) { r.DateTo = dayAt(s, 9) } }
	tests := []struct {
		name       string
		personCode string
		rec        record.Record
		want       []string
	}{
		{"plain record", "", rec("4.1/o"), nil},
		{"distinct with persons", "", rec("4.1/p", withPersons("K-017", "K-023")), nil},
		{"person code not matching", "", rec("4.1/p", withPersons("K-017", "Jan Novák")),
			[]string{"11 error person-code: person code 2 does not match the project's pattern"}},
		{"project's own pattern", `K-[0-9]{3}`, rec("4.1/p", withPersons("K-017", "KK-1")),
			[]string{"11 error person-code: person code 2 does not match the project's pattern"}},
		{"unusable pattern: codes not checked", `(K`, rec("4.1/p", withPersons("anything")), nil},
		{"empty pattern: codes not checked", "-", rec("4.1/p", withPersons("anything")), nil},
		{"person twice", "", rec("4.1/p", withPersons("K-017", "K-023", "K-017")),
			[]string{"12 warning person-twice: person code 3 is the same as person code 1"}},
		{"distinct without persons", "", rec("4.1/p"),
			[]string{"3 error persons-missing: output 4.1/p counts persons, but the record names none"}},
		{"distinct, cancelled, without persons", "", rec("4.1/p", cancelled), nil},
		{"distinct, persons unread", "", rec("4.1/p", func(r *record.Record) { r.Unread = []string{"persons"} }), nil},
		{"persons not counted", "", rec("4.1/o", withPersons("K-017")),
			[]string{"10 warning persons-not-counted: output 4.1/o does not count persons: the record's person codes count for nothing"}},
		{"persons on a milestone", "", rec("4.1/m", withPersons("K-017")),
			[]string{"10 warning persons-not-counted: output 4.1/m does not count persons: the record's person codes count for nothing"}},
		{"date_to", "", rec("4.1/o", dateTo("2025-03-14")), nil},
		{"date_to the same day", "", rec("4.1/o", dateTo("2025-03-12")), nil},
		{"date_to before date", "", rec("4.1/o", dateTo("2025-03-11")),
			[]string{"9 error date-to: the last day 2025-03-11 is before the first day 2025-03-12"}},
		{"date_to after the project", "", rec("4.1/o", dateTo("2028-01-02")),
			[]string{"9 error record-date: the last day 2028-01-02 is after the project ends (2027-12-31)"}},
		{"territory of the key activity listed", "", rec("4.1/e"), nil},
		{"own territory listed", "", rec("4.1/e", territory("pocidlinsko")), nil},
		{"own territory not listed", "", rec("4.1/e", territory("jaromer")),
			[]string{"6 error territory-not-planned: output 4.1/e has no target for territory jaromer"}},
		{"unknown territory: its own finding", "", rec("4.1/e", territory("praha")),
			[]string{`6 error unknown-territory: unknown territory "praha"`}},
		{"not listed, cancelled", "", rec("4.1/e", territory("jaromer"), cancelled), nil},
		{"per_event met", "", rec("4.1/e", hours(2), total(5)), nil},
		{"per_event values absent", "", rec("4.1/e"), nil},
		{"per_event below", "", rec("4.1/e", hours(1.5), total(4)), []string{
			"7 warning per-event-hours: output 4.1/e: 1.5 hours, less than the 2 one event should last",
			"8 warning per-event-participants: output 4.1/e: 4 participants, fewer than the 5 one event should have",
		}},
		{"per_event below, cancelled", "", rec("4.1/e", hours(1.5), total(4), cancelled), nil},
		{"per_event below, hours out of range", "", rec("4.1/e", hours(-1)), []string{"7 error hours: hours must be positive, not -1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code := tt.personCode
			p := countingPlan(code)
			if code == "-" {
				p.PersonCode = str("")
			}
			ix := plan.NewIndex(p)
			var fs finding.List
			Records(p, ix, entry.Resolve(ix, []record.Record{tt.rec}), Options{Today: date.New(2026, 1, 1)}, &fs)
			if got := lines(&fs); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestOverTargetKinds: more than an exact target or a maximum is a warning,
// each with its own words; more than a minimum, a milestone done twice and
// a distinct output are not (the last is counted by persons).
func TestOverTargetKinds(t *testing.T) {
	tests := []struct {
		name string
		edit func(*plan.Output)
		want []string
	}{
		{"exact", nil, []string{"2 warning over-target: output 4.1/o: 11 recorded, over the target of 10"}},
		{"at_least", func(o *plan.Output) { o.Target, o.AtLeast = plan.Num{}, numAt(10, 3) }, nil},
		{"at_most", func(o *plan.Output) { o.Target, o.AtMost = plan.Num{}, numAt(10, 4) },
			[]string{"4 warning over-maximum: output 4.1/o: 11 recorded, over the maximum of 10"}},
		{"at_most, a part", func(o *plan.Output) {
			o.Target, o.AtMost = plan.Num{}, numAt(20, 4)
			o.Parts = []*plan.Part{{ID: str("a"), Target: numAt(10, 5), Output: o}}
		}, []string{"5 warning over-maximum: part 4.1/o/a: 11 recorded, over the maximum of 10"}},
		{"milestone", func(o *plan.Output) { o.Target, o.Unit = plan.Num{}, str(plan.UnitMilestone) }, nil},
		{"distinct", func(o *plan.Output) { o.Unit, o.Distinct = str(plan.UnitPerson), flagAt(true, 5) }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := oneOutput(tt.edit)
			ref := "4.1/o"
			if o := p.AllOutputs()[0]; len(o.Parts) > 0 {
				ref = o.Parts[0].Ref()
			}
			ix := plan.NewIndex(p)
			recs := []record.Record{rec(ref, func(r *record.Record) { r.Quantity = numAt(11, 7) })}
			var fs finding.List
			OverTarget(p, figures(p, entry.Resolve(ix, recs)), &fs)
			if got := lines(&fs); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// figures are what the fulfilment counts of the entries, as a project
// snapshot hands them to OverTarget.
func figures(p *plan.Project, entries []entry.Entry) Figures {
	res := fulfil.Compute(p, entries, fulfil.Options{AsOf: date.Max, Thresholds: fulfil.DefaultThresholds})
	var f Figures
	f.Outputs, f.Parts = res.Recorded()
	return f
}
