package project_test

import (
	"math"
	"testing"

	"github.com/kraj-hk/rrp/internal/fulfil"
)

// TestAbsurdAmountsStayOutOfSums: quantities, hours and participants far
// above what a record can hold have their errors and add nothing, so two
// of them cannot make +Inf (shown once as "done" at 0 %).
func TestAbsurdAmountsStayOutOfSums(t *testing.T) {
	dir := small(t, map[string]string{"records/r.yaml": `- date: 2025-03-12
  output: 4.1/a
  quantity: 1e308
  participants: {total: 1e308}
- date: 2025-03-13
  output: 4.1/a
  quantity: 1e308
  participants: {total: 1e308}
- date: 2025-03-14
  output: 4.1/a
`})
	snap := open(t, dir)
	res := snap.Fulfil(fulfil.Options{AsOf: day("2025-12-31"), Thresholds: fulfil.DefaultThresholds})
	o := res.Outputs[0]
	for name, v := range map[string]float64{"achieved": o.Achieved, "percent": o.Percent, "participants": o.Participants, "index": res.Total.Index} {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			t.Errorf("%s is %g", name, v)
		}
	}
	if o.Achieved != 1 {
		t.Errorf("achieved %g, want 1 (the absurd records add nothing)", o.Achieved)
	}
	if c := snap.Check(day("2025-12-31")); c.Errors != 4 {
		t.Errorf("%d errors, want 4: %v", c.Errors, c.Findings)
	}
}
