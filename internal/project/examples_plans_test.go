package project_test

import (
	"os"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
)

// TestExampleProjectsOfThePlans: the example projects a newcomer starts from read
// without an error as of their last day, count something for most of their
// reported outputs and have milestones done. The warnings they carry are
// the ones a real project has, and stay the same.
func TestExampleProjectsOfThePlans(t *testing.T) {
	for _, tt := range []struct {
		id, end     string
		warnings    []string // codes, sorted by place
		doneAtLeast int      // milestones done
	}{
		{"plan-prace-kk-2011-2012", "2012-12-31", []string{"over-target", "no-evidence"}, 20},
		{"podpora-rodin-lk", "2019-09-30", []string{"over-target", "per-event-hours", "no-evidence"}, 10},
	} {
		t.Run(tt.id, func(t *testing.T) {
			end := day(tt.end)
			snap, err := project.Open(os.DirFS("../../templates/projects/"+tt.id), "", project.Options{Today: end})
			if err != nil {
				t.Fatal(err)
			}
			c := snap.Check(end)
			if c.Errors != 0 {
				t.Fatalf("%d errors: %s", c.Errors, codes(c.Findings))
			}
			if got, want := codes(c.Findings), strings.Join(tt.warnings, " "); got != want {
				t.Errorf("warnings %q, want %q", got, want)
			}
			res := snap.Fulfil(fulfil.Options{AsOf: end, Thresholds: fulfil.DefaultThresholds})
			counted, above, done := 0, 0, 0
			for _, o := range res.Outputs {
				switch {
				case o.IsMilestone():
					if o.Status == fulfil.Done {
						done++
					}
				case o.Reported:
					counted++
					if o.Achieved > 0 {
						above++
					}
				}
			}
			if counted == 0 || 2*above <= counted {
				t.Errorf("%d of %d reported outputs above 0, want most", above, counted)
			}
			if done < tt.doneAtLeast {
				t.Errorf("%d milestones done, want at least %d", done, tt.doneAtLeast)
			}
		})
	}
}
