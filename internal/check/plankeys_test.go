package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
)

// TestOutputKeys: the keys that say what an output counts, each checked
// where it is written.
func TestOutputKeys(t *testing.T) {
	milestone := func(o *plan.Output) { o.Unit, o.Target = str(plan.UnitMilestone), plan.Num{} }
	atLeast := func(v float64) func(*plan.Output) {
		return func(o *plan.Output) { o.Target, o.AtLeast = plan.Num{}, numAt(v, 3) }
	}
	atMost := func(v float64) func(*plan.Output) {
		return func(o *plan.Output) { o.Target, o.AtMost = plan.Num{}, numAt(v, 4) }
	}
	persons := func(o *plan.Output) { o.Unit = str(plan.UnitPerson) }
	tests := []struct {
		name  string
		edits []func(*plan.Output)
		want  []string
	}{
		{"exact target as before", nil, nil},
		{"at_least", []func(*plan.Output){atLeast(33)}, nil},
		{"at_least not positive", []func(*plan.Output){atLeast(0)}, []string{"3 error target: output o: at_least must be positive, not 0"}},
		{"at_most not whole", []func(*plan.Output){atMost(2.5)}, []string{"4 error target: output o: at_most in events must be a whole number, not 2.5"}},
		{"at_most in hours", []func(*plan.Output){atMost(2.5), func(o *plan.Output) { o.Unit = str(plan.UnitHour) }}, nil},
		{"milestone", []func(*plan.Output){milestone, func(o *plan.Output) { o.Due = dayAt("2026-06-30", 5) }}, nil},
		{"milestone with counting keys", []func(*plan.Output){milestone, func(o *plan.Output) {
			o.PerUnit = numAt(2, 5)
			o.Parts = []*plan.Part{{Pos: line(6), ID: str("p"), Target: number(1), Output: o}}
			o.Schedule = []plan.Milestone{{Pos: line(7), By: dayAt("2026-01-01", 7), Value: numAt(1, 7)}}
			o.ByTerritory = []plan.TerritoryTarget{{Territory: strAt("broumov", 8), Target: numAt(1, 8)}}
			o.Distinct = flagAt(true, 9)
			o.MinHours = numAt(4, 10)
			o.Opening = &plan.Opening{Pos: line(11), Value: numAt(1, 11), Date: dayAt("2025-01-01", 11)}
			o.PerEvent = &plan.PerEvent{Pos: line(12), Hours: numAt(-1, 12)}
		}}, []string{
			"5 error milestone-key: output o: a milestone has no per_unit",
			"6 error milestone-key: output o: a milestone has no parts",
			"7 error milestone-key: output o: a milestone has no schedule",
			"8 error milestone-key: output o: a milestone has no by_territory",
			"9 error milestone-key: output o: a milestone has no distinct",
			"10 error milestone-key: output o: a milestone has no min_hours",
			"11 error milestone-key: output o: a milestone has no opening",
			"12 error milestone-key: output o: a milestone has no per_event",
		}},
		{"milestone, distinct: false", []func(*plan.Output){milestone, func(o *plan.Output) { o.Distinct = flagAt(false, 9) }}, nil},
		{"milestone due after the project", []func(*plan.Output){milestone, func(o *plan.Output) { o.Due = dayAt("2028-01-01", 5) }},
			[]string{"5 error due: output o: due date 2028-01-01 is outside the project (2025-01-01 – 2027-12-31)"}},
		{"due on a number", []func(*plan.Output){func(o *plan.Output) { o.Due = dayAt("2026-06-30", 5) }},
			[]string{"5 error due: output o: only a milestone has a due date"}},
		{"distinct persons", []func(*plan.Output){persons, func(o *plan.Output) { o.Distinct, o.MinHours = flagAt(true, 5), numAt(40, 6) }}, nil},
		{"distinct events", []func(*plan.Output){func(o *plan.Output) { o.Distinct = flagAt(true, 5) }},
			[]string{"5 error distinct: output o: distinct needs unit: person, not event"}},
		{"distinct with per_unit", []func(*plan.Output){persons, func(o *plan.Output) { o.Distinct, o.PerUnit = flagAt(true, 5), numAt(2, 6) }},
			[]string{"6 error distinct: output o: per_unit cannot be combined with distinct"}},
		{"min_hours without distinct", []func(*plan.Output){persons, func(o *plan.Output) { o.MinHours = numAt(40, 6) }},
			[]string{"6 error distinct: output o: min_hours needs distinct: true"}},
		{"min_hours with distinct: false", []func(*plan.Output){persons, func(o *plan.Output) { o.Distinct, o.MinHours = flagAt(false, 5), numAt(40, 6) }},
			[]string{"6 error distinct: output o: min_hours needs distinct: true"}},
		{"min_hours not positive", []func(*plan.Output){persons, func(o *plan.Output) { o.Distinct, o.MinHours = flagAt(true, 5), numAt(0, 6) }},
			[]string{"6 error distinct: output o: min_hours must be positive, not 0"}},
		{"by_territory adds up", []func(*plan.Output){withByTerritory(6, 4)}, nil},
		{"by_territory adds up to at_most", []func(*plan.Output){atMost(10), withByTerritory(6, 4)}, nil},
		{"by_territory does not add up", []func(*plan.Output){withByTerritory(6, 3)},
			[]string{"2 error by-territory-sum: output o: the targets by territory add up to 9, not to the target 10"}},
		{"by_territory does not add up to at_least", []func(*plan.Output){atLeast(12), withByTerritory(6, 4)},
			[]string{"3 error by-territory-sum: output o: the targets by territory add up to 10, not to at_least 12"}},
		{"by_territory not positive, not whole", []func(*plan.Output){withByTerritory(10.5, -0.5)}, []string{
			"5 error target: output o, territory broumov: a target in events must be a whole number, not 10.5",
			"6 error target: output o, territory jaromer: the target must be positive, not -0.5",
		}},
		{"by_territory of an unknown territory", []func(*plan.Output){withByTerritory(6, 4), func(o *plan.Output) { o.ByTerritory[1].Territory = strAt("jaromerr", 6) }},
			[]string{"6 error unknown-territory: unknown territory \"jaromerr\""}},
		{"by_territory one unreadable", []func(*plan.Output){withByTerritory(6, 4), func(o *plan.Output) { o.ByTerritory[1].Target = plan.Num{} }}, nil},
		{"by_territory and parts", []func(*plan.Output){withByTerritory(6, 4), func(o *plan.Output) {
			o.Parts = []*plan.Part{{Pos: line(7), ID: str("p"), Target: number(10), Output: o}}
		}}, []string{"5 error by-territory: output o: parts and by_territory cannot be combined"}},
		{"parts add up to at_least", []func(*plan.Output){atLeast(12), func(o *plan.Output) {
			o.Parts = []*plan.Part{{Pos: line(7), ID: str("p"), Target: number(10), Output: o}}
		}}, []string{"3 error parts-sum: output o: the parts' targets add up to 10, not to at_least 12"}},
		{"opening", []func(*plan.Output){withOpening(10, "2021-04-30")}, nil},
		{"opening after the project", []func(*plan.Output){withOpening(3, "2028-01-01")},
			[]string{"8 error opening: output o: the opening figure's date 2028-01-01 is after the project ends (2027-12-31)"}},
		{"opening negative", []func(*plan.Output){withOpening(-1, "2025-04-30")},
			[]string{"7 error opening: output o: the opening value must be 0 or more, not -1"}},
		{"opening not whole", []func(*plan.Output){withOpening(1.5, "2025-04-30")},
			[]string{"7 error opening: output o: an opening value in events must be a whole number, not 1.5"}},
		{"opening in hours", []func(*plan.Output){withOpening(1.5, "2025-04-30"), func(o *plan.Output) { o.Unit = str(plan.UnitHour) }}, nil},
		{"opening over the target", []func(*plan.Output){withOpening(11, "2025-04-30")},
			[]string{"7 warning opening-over-target: output o: the opening value 11 is over the target of 10"}},
		{"opening over at_most", []func(*plan.Output){atMost(10), withOpening(11, "2025-04-30")},
			[]string{"7 warning opening-over-target: output o: the opening value 11 is over the maximum of 10"}},
		{"opening over at_least", []func(*plan.Output){atLeast(10), withOpening(11, "2025-04-30")}, nil},
		{"per_event", []func(*plan.Output){withPerEvent(numAt(1.5, 5), numAt(8, 6))}, nil},
		{"per_event out of range", []func(*plan.Output){withPerEvent(numAt(0, 5), numAt(0.5, 6))}, []string{
			"5 error per-event: output o: per_event hours must be positive, not 0",
			"6 error per-event: output o: per_event participants must be a whole number of at least 1, not 0.5",
		}},
		{"schedule over at_least", []func(*plan.Output){atLeast(10), withSchedule(12)}, nil},
		{"schedule over at_most", []func(*plan.Output){atMost(10), withSchedule(12)},
			[]string{"9 error schedule: output o: schedule value 12 is not between 0 and at_most 10"}},
		{"schedule below 0 with at_least", []func(*plan.Output){atLeast(10), withSchedule(-1)},
			[]string{"9 error schedule: output o: schedule value -1 is below 0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := oneOutput(func(o *plan.Output) {
				for _, e := range tt.edits {
					e(o)
				}
			})
			var fs finding.List
			Plan(p, plan.NewIndex(p), &fs)
			if got := lines(&fs); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func withByTerritory(broumov, jaromer float64) func(*plan.Output) {
	return func(o *plan.Output) {
		o.ByTerritory = []plan.TerritoryTarget{
			{Territory: strAt("broumov", 5), Target: numAt(broumov, 5)},
			{Territory: strAt("jaromer", 6), Target: numAt(jaromer, 6)},
		}
	}
}

func withOpening(v float64, on string) func(*plan.Output) {
	return func(o *plan.Output) { o.Opening = &plan.Opening{Pos: line(7), Value: numAt(v, 7), Date: dayAt(on, 8)} }
}

func withPerEvent(hours, participants plan.Num) func(*plan.Output) {
	return func(o *plan.Output) {
		o.PerEvent = &plan.PerEvent{Pos: line(5), Hours: hours, Participants: participants}
	}
}

func withSchedule(v float64) func(*plan.Output) {
	return func(o *plan.Output) {
		o.Schedule = []plan.Milestone{{Pos: line(9), By: dayAt("2026-01-01", 9), Value: numAt(v, 9)}}
	}
}

// TestActivityDates: from and to may lie outside the project, not in the
// wrong order.
func TestActivityDates(t *testing.T) {
	tests := []struct {
		from, to string
		want     []string
	}{
		{"2024-01-01", "2029-12-31", nil},
		{"2026-01-01", "2026-01-01", nil},
		{"2026-02-01", "2026-01-31", []string{"4 error activity-dates: activity 4.1 ends (2026-01-31) before it starts (2026-02-01)"}},
	}
	for _, tt := range tests {
		p := oneOutput(nil)
		a := p.KeyActivities[0].Activities[0]
		a.From, a.To = dayAt(tt.from, 3), dayAt(tt.to, 4)
		var fs finding.List
		Plan(p, plan.NewIndex(p), &fs)
		if got := lines(&fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s – %s: got %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// TestPersonCodePattern: person_code is a regular expression; one that
// does not compile is an error at its value with the reason in the hint.
func TestPersonCodePattern(t *testing.T) {
	tests := []struct {
		pattern string
		set     bool
		msg     string // "" for no finding
		hint    string // a part of the hint
	}{
		{"", false, "", ""},
		{`^K-[0-9]{3}$`, true, "", ""},
		{`^(K-[0-9]{3}$`, true, "person_code is not a usable regular expression", "missing closing )"},
		{`\p{Nope}`, true, "person_code is not a usable regular expression", "invalid character class range"},
		{"", true, "person_code is empty", plan.DefaultPersonCode},
	}
	for _, tt := range tests {
		p := oneOutput(nil)
		if tt.set {
			p.PersonCode = strAt(tt.pattern, 7)
		}
		var fs finding.List
		Plan(p, plan.NewIndex(p), &fs)
		got := fs.Sorted()
		if tt.msg == "" {
			if len(got) != 0 {
				t.Errorf("%q: %v, want none", tt.pattern, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Message != tt.msg || got[0].Pos.Line != 7 || !strings.Contains(got[0].Hint, tt.hint) {
			t.Errorf("%q: %v, want %q on line 7, the hint naming %q", tt.pattern, got, tt.msg, tt.hint)
		}
	}
}

// TestPersonCode: the pattern matches the whole code, written with or
// without ^ and $.
func TestPersonCode(t *testing.T) {
	tests := []struct {
		pattern string // "" for the default
		code    string
		want    bool
	}{
		{"", "K-017", true},
		{"", "Jan Novák", false},
		{"", "k-017", false},
		{`K-[0-9]{3}`, "K-017", true},
		{`K-[0-9]{3}`, "Jan K-017", false},
		{`^K-[0-9]{3}$`, "K-0171", false},
	}
	for _, tt := range tests {
		p := &plan.Project{}
		if tt.pattern != "" {
			p.PersonCode = str(tt.pattern)
		}
		re, err := PersonCode(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := re.MatchString(tt.code); got != tt.want {
			t.Errorf("%q ~ %q: %v, want %v", tt.pattern, tt.code, got, tt.want)
		}
	}
}
