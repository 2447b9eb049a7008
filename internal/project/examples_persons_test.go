package project_test

import (
	"os"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
)

// The example projects under templates/projects are where a newcomer
// starts, and the proof that rrp's model holds these projects without a
// false figure. As of each project's end they must read without errors,
// warn only of what a real project has (a held event without evidence, a
// person written twice), and count what their seeds say.
func TestExampleProjects(t *testing.T) {
	tests := []struct {
		id       string
		end      date.Date
		warnings []finding.Code // sorted
		// achieved pins outputs whose figure carries the new keys: persons
		// counted once (with an opening figure), minimums, derived targets.
		achieved map[string]float64
		done     int // milestones done, reported or not
		open     int
	}{
		{
			id:       "mas-skch-socialni-zaclenovani",
			end:      date.New(2022, 12, 31),
			warnings: []finding.Code{finding.CodeNoEvidence, finding.CodeNoEvidence, finding.CodePersonTwice},
			achieved: map[string]float64{
				"2.1/osoby-sv":       50, // 37 by April 2021 (opening) + 13 persons first supported later
				"2.1/pecovatele":     19, // 12 + 7
				"1.3/setkani-akteru": 3,
				"1.4/odborna-staz":   5,
				"1.2/setkani-ot":     28, // three meetings cancelled
				"3.1/priklady":       20,
			},
			done: 2,
		},
		{
			id:       "lk-planovani-socialnich-sluzeb",
			end:      date.New(2019, 12, 31),
			warnings: []finding.Code{finding.CodeNoEvidence, finding.CodeNoEvidence},
			achieved: map[string]float64{
				"1.3/kulate-stoly":             17,
				"2.1/karty-potreb":             35, // at_least 33: more is no warning
				"2.1/proskoleni-orfss":         12, // one worker trained twice counts once
				"2.1/proskoleni-poskytovatelu": 97,
				"3.1/metodicka-setkani":        7,
				"4.1/vyskoleni-obce":           19,
				"4.1/vyskoleni-kraj":           13,
			},
			done: 17,
			open: 1, // the final evaluation report came after the end
		},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			snap, err := project.Open(os.DirFS("../../templates/projects/"+tt.id), "", project.Options{Today: tt.end})
			if err != nil {
				t.Fatal(err)
			}
			checked := snap.Check(tt.end)
			var warnings []finding.Code
			for _, f := range checked.Findings {
				if f.Severity == finding.Error {
					t.Errorf("error: %s:%d: %s", f.Pos.File(), f.Pos.Line, f.Message)
					continue
				}
				warnings = append(warnings, f.Code)
			}
			slices.Sort(warnings)
			if !slices.Equal(warnings, tt.warnings) {
				t.Errorf("warnings = %v, want %v", warnings, tt.warnings)
			}
			if n := len(snap.Records); n < 30 || n > 200 {
				t.Errorf("%d records, want 30–200", n)
			}
			res := snap.Fulfil(fulfil.Options{AsOf: tt.end, Thresholds: fulfil.DefaultThresholds})
			checkExampleFigures(t, res, tt.achieved, tt.done, tt.open)
		})
	}
}

// checkExampleFigures requires every reported output with a number to have
// achieved something, the pinned figures, and the milestones' statuses.
func checkExampleFigures(t *testing.T, res *fulfil.Result, achieved map[string]float64, done, open int) {
	t.Helper()
	seen := map[string]bool{}
	var gotDone, gotOpen int
	for _, o := range res.Outputs {
		ref := o.Activity + "/" + o.ID
		if o.IsMilestone() {
			switch o.Status {
			case fulfil.Done:
				gotDone++
			case fulfil.Open:
				gotOpen++
			default:
				t.Errorf("milestone %s: status %s", ref, o.Status)
			}
			continue
		}
		if o.Reported && o.Achieved <= 0 {
			t.Errorf("output %s achieved nothing", ref)
		}
		if want, ok := achieved[ref]; ok {
			seen[ref] = true
			if o.Achieved != want {
				t.Errorf("output %s achieved %g, want %g", ref, o.Achieved, want)
			}
		}
	}
	for ref := range achieved {
		if !seen[ref] {
			t.Errorf("output %s not in the result", ref)
		}
	}
	if gotDone != done || gotOpen != open {
		t.Errorf("milestones done %d, open %d; want %d, %d", gotDone, gotOpen, done, open)
	}
}
