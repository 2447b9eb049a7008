package fulfil

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
)

// timeline is the project's duration as the pace sees it. A value "by" a
// date is reached at the end of that day, so the line starts at the end of
// the day before the start (origin, value 0) and reaches the target at the
// end of the last day: on the first day 1/duration of the target is due, on
// the last day all of it.
type timeline struct {
	origin date.Date // the day before the project starts
	end    date.Date
}

func newTimeline(p *plan.Project) timeline {
	return timeline{origin: p.Start.Val.AddDays(-1), end: p.End.Val}
}

// fraction is the share of the project's duration elapsed by the end of d,
// from 0 (d before the start) to 1 (d on or after the end).
func (tl timeline) fraction(d date.Date) float64 {
	total := tl.end - tl.origin
	if total <= 0 { // end before start: a plan error; avoid dividing by zero
		if d >= tl.end {
			return 1
		}
		return 0
	}
	elapsed := min(max(d-tl.origin, 0), total)
	return float64(elapsed) / float64(total)
}

// point is a cumulative value planned by a date.
type point struct {
	by    date.Date
	value float64
}

// expected is the value of an output planned by the end of d. Without a
// schedule it grows linearly from 0 to the target over the project. With
// one it follows the milestones, linearly between them: from (origin, 0)
// through each milestone to (end, target) unless a milestone is already at
// the end. Interpolating rather than stepping warns early: a milestone
// due in March is partly due in February.
func expected(sched []plan.Milestone, target float64, tl timeline, d date.Date) float64 {
	if len(sched) == 0 {
		return target * tl.fraction(d)
	}
	return interpolate(points(sched, target, tl), d)
}

// points turns a schedule into the line expected follows. Milestones at or
// before the origin are dropped (nothing is due before the project), as
// are values that are not numbers.
func points(sched []plan.Milestone, target float64, tl timeline) []point {
	ps := []point{{by: tl.origin}}
	for _, m := range sched {
		if m.By.Val > tl.origin && finite(m.Value.Val) {
			ps = append(ps, point{by: m.By.Val, value: m.Value.Val})
		}
	}
	slices.SortStableFunc(ps[1:], func(a, b point) int { return int(a.by) - int(b.by) })
	if last := ps[len(ps)-1]; last.by < tl.end {
		ps = append(ps, point{by: tl.end, value: target})
	}
	return ps
}

// interpolate reads the line at d: 0 before its start, the last value after
// its end, linear in between.
func interpolate(ps []point, d date.Date) float64 {
	if d <= ps[0].by {
		return ps[0].value
	}
	for i := 1; i < len(ps); i++ {
		a, b := ps[i-1], ps[i]
		if d > b.by {
			continue
		}
		if b.by == a.by {
			return b.value
		}
		return a.value + (b.value-a.value)*float64(d-a.by)/float64(b.by-a.by)
	}
	return ps[len(ps)-1].value
}

// forecast extrapolates the achieved value to the project's end at the pace
// kept so far. Before the start and from the end on there is nothing to
// extrapolate: the forecast is what has been achieved.
func forecast(achieved float64, tl timeline, d date.Date) float64 {
	f := tl.fraction(d)
	if f <= 0 || f >= 1 {
		return achieved
	}
	return achieved / f
}

// percent is value as a percentage of target; 0 for a target that is not
// positive (a plan error) rather than a division by zero.
func percent(value, target float64) float64 {
	if target <= 0 {
		return 0
	}
	return value / target * 100
}
