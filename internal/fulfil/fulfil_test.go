package fulfil

import (
	"fmt"
	"testing"

	"github.com/kraj-hk/rrp/internal/record"
)

// The worked example. The project runs 100 days, 2025-01-01 to 2025-04-10,
// so on the as-of date 2025-02-19 (day 50) half of it has passed: linear
// pace expects half of every target and the forecast doubles what has been
// achieved. The period is February (P2), the one containing the as-of date.
func example() *Result {
	p := newProject("2025-01-01", "2025-04-10",
		"P1", "2025-01-01", "2025-01-31",
		"P2", "2025-02-01", "2025-02-28",
		"P3", "2025-03-10", "2025-04-10") // a gap 03-01..03-09
	addTerritory(p, "t1", "Broumov")
	addTerritory(p, "t2", "Dvůr Králové nad Labem")
	addTerritory(p, "t3", "Hořice")
	addGroup(p, "g1", "Senioři")
	addGroup(p, "g2", "Neformální pečující")

	ka1 := addKA(p, "KA1", "t1")
	a11 := addActivity(ka1, "1.1")
	addOutput(a11, "o1", "event", 10)
	addOutput(a11, "o2", "hour", 20)
	addOutput(a11, "o3", "event", 2, perUnit(20))
	a12 := addActivity(ka1, "1.2")
	addOutput(a12, "o4", "event", 36, part("a", 30), part("b", 6))
	addOutput(a12, "o5", "document", 4, milestone("2025-01-20", 2))
	addOutput(a12, "o6", "piece", 2, milestone("2025-03-01", 0))
	ka2 := addKA(p, "KA2", "t2")
	a21 := addActivity(ka2, "2.1")
	addOutput(a21, "o7", "piece", 100, internal)
	addOutput(a21, "o8", "person", 4)

	recs := exampleRecords()
	return compute(p, recs, opts("2025-02-19", &Period{ID: "P2", From: day("2025-02-01"), To: day("2025-02-28")}))
}

func exampleRecords() []record.Record {
	recs := []record.Record{
		// o1: 1 + 2 count; the day after the as-of date and the cancelled
		// one do not.
		rec("2025-01-10", "1.1/o1", people(8, "g1", 5)),
		rec("2025-02-19", "1.1/o1", qty(2), territory("t2"), people(4, "g2", 4)),
		rec("2025-02-20", "1.1/o1", qty(5)),
		rec("2025-02-01", "1.1/o1", qty(3), cancelled, people(10, "g1", 10)),
		// o2 counts hours, never the quantity.
		rec("2025-01-05", "1.1/o2", hours(1.5)),
		rec("2025-02-03", "1.1/o2", hours(2.5)),
		rec("2025-02-10", "1.1/o2", hours(1), qty(4)),
		// o4: a record on each part and one on the output itself.
		rec("2025-01-15", "1.2/o4/a", qty(9)),
		rec("2025-02-05", "1.2/o4/b", qty(3)),
		rec("2025-02-06", "1.2/o4", qty(1)),
		// o7 is internal; o8 is over its target.
		rec("2025-02-10", "2.1/o7", qty(60), people(3, "gx", 2)),
		rec("2025-01-25", "2.1/o8", qty(5), territory("zz")),
		// Skipped: an output the plan lacks.
		rec("2025-02-01", "9.9/nope"),
	}
	// o3: 20 sessions make one workshop; 20 in January, 10 in February.
	for i := range 20 {
		recs = append(recs, rec(fmt.Sprintf("2025-01-%02d", i+1), "1.1/o3"))
	}
	for i := range 10 {
		recs = append(recs, rec(fmt.Sprintf("2025-02-%02d", i+1), "1.1/o3"))
	}
	return recs
}

func TestComputeOutputs(t *testing.T) {
	res := example()
	tests := []struct {
		activity, output string
		want             Value
	}{
		// 3 of 10, 5 expected: 3 ≥ 5 × 0.6 exactly, so behind.
		{"1.1", "o1", Value{Target: 10, Achieved: 3, InPeriod: 2, Percent: 30, Expected: 5, Forecast: 6, Status: Behind}},
		// 5 hours of 20; 10 expected; 5 < 6: at risk.
		{"1.1", "o2", Value{Target: 20, Achieved: 5, InPeriod: 3.5, Percent: 25, Expected: 10, Forecast: 10, Status: AtRisk}},
		// 30 sessions / 20 = 1.5 workshops of 2; 10 in February = 0.5.
		{"1.1", "o3", Value{Target: 2, Achieved: 1.5, InPeriod: 0.5, Percent: 75, Expected: 1, Forecast: 3, Status: OnTrack}},
		// 9 + 3 + 1 = 13 of 36; 18 expected; 13 ≥ 10.8: behind.
		{"1.2", "o4", Value{Target: 36, Achieved: 13, InPeriod: 4, Percent: 1300.0 / 36, Expected: 18, Forecast: 26, Status: Behind}},
		// schedule: 2 by day 20, then linear to 4 on day 100:
		// 2 + 2 × 30/80 = 2.75 expected, nothing done: at risk.
		{"1.2", "o5", Value{Target: 4, Expected: 2.75, Status: AtRisk}},
		// schedule: nothing due before March: not started.
		{"1.2", "o6", Value{Target: 2, Expected: 0, Status: NotStarted}},
		{"2.1", "o7", Value{Target: 100, Achieved: 60, InPeriod: 60, Percent: 60, Expected: 50, Forecast: 120, Status: OnTrack}},
		{"2.1", "o8", Value{Target: 4, Achieved: 5, Percent: 125, Expected: 2, Forecast: 10, Status: Done}},
	}
	for _, tt := range tests {
		o := findOutput(t, res, tt.activity, tt.output)
		checkValue(t, tt.activity+"/"+tt.output, o.Value, tt.want)
	}
	if len(res.Outputs) != len(tests) {
		t.Errorf("%d outputs, want %d", len(res.Outputs), len(tests))
	}
	if res.Skipped != 1 {
		t.Errorf("skipped %d records, want 1", res.Skipped)
	}
}

func TestComputeParts(t *testing.T) {
	res := example()
	o4 := findOutput(t, res, "1.2", "o4")
	if len(o4.Parts) != 2 {
		t.Fatalf("o4 has %d parts, want 2", len(o4.Parts))
	}
	// A part expects the output's expected value in proportion to its
	// target: 18 × 30/36 = 15 and 18 × 6/36 = 3.
	checkValue(t, "o4/a", o4.Parts[0].Value, Value{Target: 30, Achieved: 9, InPeriod: 0, Percent: 30, Expected: 15, Forecast: 18, Status: Behind})
	checkValue(t, "o4/b", o4.Parts[1].Value, Value{Target: 6, Achieved: 3, InPeriod: 3, Percent: 50, Expected: 3, Forecast: 6, Status: OnTrack})
	if o4.Parts[0].ID != "a" || o4.Parts[1].ID != "b" {
		t.Errorf("parts %s, %s; want a, b", o4.Parts[0].ID, o4.Parts[1].ID)
	}
}

func TestComputeEventsAndParticipants(t *testing.T) {
	res := example()
	// Held records up to the as-of date, parts included; cancelled ones
	// and later ones neither count nor bring participants.
	for _, tt := range []struct {
		activity, output string
		events           int
		participants     float64
	}{{"1.1", "o1", 2, 12}, {"1.1", "o2", 3, 0}, {"1.1", "o3", 30, 0}, {"1.2", "o4", 3, 0}, {"1.2", "o5", 0, 0}, {"2.1", "o7", 1, 3}} {
		o := findOutput(t, res, tt.activity, tt.output)
		if o.Events != tt.events || !near(o.Participants, tt.participants) {
			t.Errorf("%s: %d events, %v participants; want %d, %v", tt.output, o.Events, o.Participants, tt.events, tt.participants)
		}
	}
}

func TestRollups(t *testing.T) {
	res := example()
	counts := func(done, onTrack, behind, atRisk, notStarted int) map[Status]int {
		m := map[Status]int{}
		for s, n := range map[Status]int{Done: done, OnTrack: onTrack, Behind: behind, AtRisk: atRisk, NotStarted: notStarted} {
			if n > 0 {
				m[s] = n
			}
		}
		return m
	}
	o4 := 1300.0 / 36
	tests := []struct {
		name string
		got  Rollup
		want Rollup
	}{
		{"activity 1.1", res.Activities[0], Rollup{Outputs: 3, Counts: counts(0, 1, 1, 1, 0), Index: (30 + 25 + 75) / 3.0, Events: 35, Participants: 12}},
		{"activity 1.2", res.Activities[1], Rollup{Outputs: 3, Counts: counts(0, 0, 1, 1, 1), Index: o4 / 3, Events: 3}},
		// o7 is internal (out of the counts and the index); o8 at 125 %
		// counts as 100.
		{"activity 2.1", res.Activities[2], Rollup{Outputs: 1, Internal: 1, Counts: counts(1, 0, 0, 0, 0), Index: 100, Events: 2, Participants: 3}},
		{"KA1", res.KeyActivities[0], Rollup{Outputs: 6, Counts: counts(0, 1, 2, 2, 1), Index: (130 + o4) / 6, Events: 38, Participants: 12}},
		{"KA2", res.KeyActivities[1], Rollup{Outputs: 1, Internal: 1, Counts: counts(1, 0, 0, 0, 0), Index: 100, Events: 2, Participants: 3}},
		{"total", res.Total, Rollup{Outputs: 7, Internal: 1, Counts: counts(1, 1, 2, 2, 1), Index: (230 + o4) / 7, Events: 40, Participants: 15}},
	}
	for _, tt := range tests {
		g, w := tt.got, tt.want
		if g.Outputs != w.Outputs || g.Internal != w.Internal || !near(g.Index, w.Index) || g.Events != w.Events || !near(g.Participants, w.Participants) {
			t.Errorf("%s: outputs %d internal %d index %v events %d participants %v; want %d %d %v %d %v",
				tt.name, g.Outputs, g.Internal, g.Index, g.Events, g.Participants, w.Outputs, w.Internal, w.Index, w.Events, w.Participants)
		}
		for _, s := range Statuses {
			if g.Counts[s] != w.Counts[s] {
				t.Errorf("%s: %d %s, want %d", tt.name, g.Counts[s], s, w.Counts[s])
			}
		}
	}
	if len(res.Activities) != 3 || len(res.KeyActivities) != 2 {
		t.Errorf("%d activities and %d key activities, want 3 and 2", len(res.Activities), len(res.KeyActivities))
	}
}

func TestReach(t *testing.T) {
	res := example()
	// t1 is KA1's: every held KA1 record without a territory of its own:
	// o1 once, o2 3, o3 30, o4 3 = 37; February: o2 2, o3 10, o4 2 = 14.
	// t2: o1's record of 02-19 (its own territory) and o7 (KA2's default).
	// zz is no territory of the codelist but a record names it.
	wantTerritories := []Reach{
		{ID: "t1", Name: "Broumov", Type: "ORP", Events: 37, EventsInPeriod: 14, Participants: 8},
		{ID: "t2", Name: "Dvůr Králové nad Labem", Type: "ORP", Events: 2, EventsInPeriod: 2, Participants: 7, ParticipantsInPeriod: 7},
		{ID: "t3", Name: "Hořice", Type: "ORP"},
		{ID: "zz", Events: 1},
	}
	checkReach(t, "territory", res.Territories, wantTerritories)
	// The cancelled record's 10 seniors reached nobody.
	wantGroups := []Reach{
		{ID: "g1", Name: "Senioři", Events: 1, Participants: 5},
		{ID: "g2", Name: "Neformální pečující", Events: 1, EventsInPeriod: 1, Participants: 4, ParticipantsInPeriod: 4},
		{ID: "gx", Events: 1, EventsInPeriod: 1, Participants: 2, ParticipantsInPeriod: 2},
	}
	checkReach(t, "group", res.Groups, wantGroups)
}

func checkReach(t *testing.T, what string, got, want []Reach) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d %ss, want %d: %+v", len(got), what, len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s %d:\n got %+v\nwant %+v", what, i, got[i], want[i])
		}
	}
}

func TestReachPerKeyActivity(t *testing.T) {
	res := example()
	// KA1's held records reached g1 (01-10, 5 people) and g2 (02-19, 4, in
	// the period); KA2's o7 record reached gx (2, in the period). Groups a
	// key activity did not reach are left out.
	want := []GroupsOfKA{
		{KA: "KA1", Groups: []Reach{
			{ID: "g1", Name: "Senioři", Events: 1, Participants: 5},
			{ID: "g2", Name: "Neformální pečující", Events: 1, EventsInPeriod: 1, Participants: 4, ParticipantsInPeriod: 4},
		}},
		{KA: "KA2", Groups: []Reach{{ID: "gx", Events: 1, EventsInPeriod: 1, Participants: 2, ParticipantsInPeriod: 2}}},
	}
	if len(res.KeyActivityGroups) != len(want) {
		t.Fatalf("%d key activities, want %d", len(res.KeyActivityGroups), len(want))
	}
	for i, w := range want {
		g := res.KeyActivityGroups[i]
		if g.KA != w.KA {
			t.Errorf("key activity %d: %s, want %s", i, g.KA, w.KA)
		}
		checkReach(t, "group of "+w.KA, g.Groups, w.Groups)
	}
}
