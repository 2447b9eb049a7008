package check

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

var at = source.At("t.yaml", 1, 1)

func str(s string) plan.Str     { return plan.Str{Val: s, Pos: at} }
func number(v float64) plan.Num { return plan.Num{Val: v, Pos: at} }

// testPlan is one activity 4.1 with an output counted in hours (4.1/h) and
// one counted in events (4.1/e).
func testPlan() *plan.Project {
	ka := &plan.KeyActivity{ID: str("KA4")}
	a := &plan.Activity{ID: str("4.1"), KA: ka}
	a.Outputs = []*plan.Output{
		{ID: str("h"), Unit: str(plan.UnitHour), Target: number(20), Activity: a},
		{ID: str("e"), Unit: str(plan.UnitEvent), Target: number(5), Activity: a},
	}
	ka.Activities = []*plan.Activity{a}
	return &plan.Project{KeyActivities: []*plan.KeyActivity{ka}}
}

func codes(fs *finding.List) []string {
	var out []string
	for _, f := range fs.Sorted() {
		out = append(out, string(f.Code))
	}
	return out
}

// TestRecordsNoFollowOn: a value the loader could not read (Unread) is
// unknown, not missing, so the checks that look for a missing value stay
// quiet; a value truly missing is still reported.
func TestRecordsNoFollowOn(t *testing.T) {
	evidence := []source.Value[string]{str("a.pdf")}
	tests := []struct {
		name string
		rec  record.Record
		want []string
	}{
		{"hours missing", record.Record{Output: str("4.1/h"), Evidence: evidence}, []string{"hours-missing"}},
		{"hours unread", record.Record{Output: str("4.1/h"), Evidence: evidence, Unread: []string{"hours"}}, nil},
		{"evidence missing", record.Record{Output: str("4.1/e")}, []string{"no-evidence"}},
		{"evidence unread", record.Record{Output: str("4.1/e"), Unread: []string{"evidence"}}, nil},
		{"status unread", record.Record{Output: str("4.1/e"), Unread: []string{"status"}}, nil},
		{"other key unread", record.Record{Output: str("4.1/e"), Unread: []string{"note"}}, []string{"no-evidence"}},
		{"record refused", record.Record{Pos: at, Unread: []string{record.AllUnread}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testPlan()
			var fs finding.List
			ix := plan.NewIndex(p)
			Records(p, ix, entry.Resolve(ix, []record.Record{tt.rec}), Options{Today: date.New(2026, 1, 1)}, &fs)
			if got := codes(&fs); !slices.Equal(got, tt.want) {
				t.Errorf("findings %v, want %v", got, tt.want)
			}
		})
	}
}

func TestStaffNoFollowOn(t *testing.T) {
	tests := []struct {
		name  string
		staff plan.Staff
		want  []string
	}{
		{"neither", plan.Staff{Role: str("k")}, []string{"staff-size"}},
		{"fte unread", plan.Staff{Role: str("k"), Unread: []string{"fte"}}, nil},
		{"hours unread", plan.Staff{Role: str("k"), Unread: []string{"hours"}}, nil},
		{"note unread", plan.Staff{Role: str("k"), Unread: []string{"note"}}, []string{"staff-size"}},
	}
	for _, tt := range tests {
		var fs finding.List
		staff(tt.staff, &fs)
		if got := codes(&fs); !slices.Equal(got, tt.want) {
			t.Errorf("%s: findings %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A part or funding share without a usable target or percent has its own
// finding; the sum without it is not reported as wrong.
func TestSumsSkipIncomplete(t *testing.T) {
	partsTests := []struct {
		name    string
		targets []plan.Num
		want    []string
	}{
		{"add up", []plan.Num{number(2), number(3)}, nil},
		{"do not add up", []plan.Num{number(2), number(2)}, []string{"parts-sum"}},
		{"one unusable", []plan.Num{number(2), {}}, nil},
	}
	for _, tt := range partsTests {
		o := &plan.Output{ID: str("o"), Unit: str(plan.UnitEvent), Target: number(5), Activity: &plan.Activity{ID: str("4.1")}}
		for i, target := range tt.targets {
			o.Parts = append(o.Parts, &plan.Part{ID: str(fmt.Sprint("p", i)), Target: target, Output: o})
		}
		var fs finding.List
		parts(o, &fs)
		if got := codes(&fs); !slices.Equal(got, tt.want) {
			t.Errorf("parts %s: findings %v, want %v", tt.name, got, tt.want)
		}
	}
	fundingTests := []struct {
		name   string
		shares []plan.Num
		want   []string
	}{
		{"add up", []plan.Num{number(85), number(15)}, nil},
		{"do not add up", []plan.Num{number(85), number(10)}, []string{"funding"}},
		{"one unusable", []plan.Num{number(85), {}}, nil},
	}
	for _, tt := range fundingTests {
		p := &plan.Project{}
		for _, pct := range tt.shares {
			p.Funding = append(p.Funding, plan.Share{Source: str("s"), Pct: pct})
		}
		var fs finding.List
		funding(p, &fs)
		if got := codes(&fs); !slices.Equal(got, tt.want) {
			t.Errorf("funding %s: findings %v, want %v", tt.name, got, tt.want)
		}
	}
}
