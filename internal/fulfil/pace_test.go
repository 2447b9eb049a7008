package fulfil

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/plan"
)

// The project of these tests runs 100 days: 2025-01-01 … 2025-04-10.
// Day numbers: 01-20 is day 20, 02-09 day 40, 02-19 day 50, 03-01 day 60.
func hundredDays() timeline { return newTimeline(newProject("2025-01-01", "2025-04-10")) }

func TestLinearPace(t *testing.T) {
	tl := hundredDays()
	for _, tt := range []struct {
		day  string
		want float64
	}{
		{"2024-12-01", 0},  // before the start
		{"2024-12-31", 0},  // the day before
		{"2025-01-01", 1},  // the end of the first day: 1 % of 100 days
		{"2025-02-19", 50}, // day 50
		{"2025-04-10", 100},
		{"2026-01-01", 100}, // after the end
	} {
		if got := expected(nil, 100, tl, day(tt.day)); !near(got, tt.want) {
			t.Errorf("expected by %s = %v, want %v", tt.day, got, tt.want)
		}
	}
}

func TestSchedulePace(t *testing.T) {
	tl := hundredDays()
	sched := func(ms ...func(*plan.Output)) []plan.Milestone {
		o := &plan.Output{}
		for _, m := range ms {
			m(o)
		}
		return o.Schedule
	}
	tests := []struct {
		name  string
		sched []plan.Milestone
		day   string
		want  float64
	}{
		// 6 by day 20, nothing written after: linear on to the target 10
		// on day 100.
		{"before the first milestone", sched(milestone("2025-01-20", 6)), "2025-01-10", 3},
		{"on a milestone", sched(milestone("2025-01-20", 6)), "2025-01-20", 6},
		{"after the last milestone, to the target", sched(milestone("2025-01-20", 6)), "2025-03-01", 6 + 4*40.0/80},
		{"at the end", sched(milestone("2025-01-20", 6)), "2025-04-10", 10},
		// milestones out of order are sorted
		{"two milestones", sched(milestone("2025-03-01", 8), milestone("2025-01-20", 6)), "2025-02-09", 6 + 2*20.0/40},
		// nothing due until a zero milestone
		{"a zero milestone", sched(milestone("2025-03-01", 0)), "2025-02-19", 0},
		// a schedule that ends at the end below the target keeps its value
		{"a final milestone below the target", sched(milestone("2025-04-10", 7)), "2025-06-01", 7},
		{"before the start", sched(milestone("2025-01-20", 6)), "2024-06-01", 0},
		// a milestone before the project (a plan error) is ignored
		{"a milestone before the start", sched(milestone("2024-06-01", 5)), "2025-02-19", 5},
	}
	for _, tt := range tests {
		if got := expected(tt.sched, 10, tl, day(tt.day)); !near(got, tt.want) {
			t.Errorf("%s: expected by %s = %v, want %v", tt.name, tt.day, got, tt.want)
		}
	}
}

func TestForecast(t *testing.T) {
	tl := hundredDays()
	for _, tt := range []struct {
		achieved float64
		day      string
		want     float64
	}{
		{3, "2025-02-19", 6},
		{3, "2025-01-01", 300},
		{0, "2024-12-01", 0},
		{3, "2025-04-10", 3},
		{3, "2026-01-01", 3},
	} {
		if got := forecast(tt.achieved, tl, day(tt.day)); !near(got, tt.want) {
			t.Errorf("forecast(%v, %s) = %v, want %v", tt.achieved, tt.day, got, tt.want)
		}
	}
}

func TestTimelineWithoutDuration(t *testing.T) {
	// end before start, or no dates at all: no division by zero
	for _, p := range []*plan.Project{newProject("2025-05-01", "2025-01-01"), {}} {
		tl := newTimeline(p)
		for _, d := range []string{"1970-01-01", "2025-03-01", "2030-01-01"} {
			f := tl.fraction(day(d))
			if f < 0 || f > 1 || f != f {
				t.Errorf("fraction(%s) = %v for start %s end %s", d, f, p.Start.Val, p.End.Val)
			}
		}
	}
}
