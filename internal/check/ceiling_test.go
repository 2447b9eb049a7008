package check

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// TestCeilings: a quantity, hours or participants above what one record
// can hold is an error at the value; the ceiling itself is accepted.
func TestCeilings(t *testing.T) {
	quantity := func(v float64) func(*record.Record) { return func(r *record.Record) { r.Quantity = numAt(v, 7) } }
	hours := func(v float64) func(*record.Record) { return func(r *record.Record) { r.Hours = numAt(v, 8) } }
	total := func(v float64) func(*record.Record) {
		return func(r *record.Record) { r.Participants.Total = numAt(v, 9) }
	}
	group := func(v float64) func(*record.Record) {
		return func(r *record.Record) {
			r.Participants.ByGroup = []record.GroupCount{{Group: strAt("seniori", 10), Count: numAt(v, 10)}}
		}
	}
	tests := []struct {
		name string
		rec  record.Record
		want []string
	}{
		{"quantity at the ceiling", rec("4.1/o", quantity(100_000)), nil},
		{"quantity above", rec("4.1/o", quantity(1e26)),
			[]string{"7 error quantity: quantity: 1e+26 is more than one record can hold (at most 100 000)"}},
		{"hours at the ceiling", rec("4.1/o", hours(1000)), nil},
		{"hours above", rec("4.1/o", hours(1.7e308)),
			[]string{"8 error hours: hours: 1.7e+308 is more than one record can hold (at most 1 000)"}},
		{"participants at the ceiling", rec("4.1/o", total(100_000)), nil},
		{"participants above", rec("4.1/o", total(250_000)),
			[]string{"9 error participants: participants total: 250000 is more than one record can hold (at most 100 000)"}},
		{"group above", rec("4.1/o", total(100_000), group(100_001)), []string{
			"10 error participants: 100001 participants of seniori exceed the total of 100000",
			"10 error participants: participants of seniori: 100001 is more than one record can hold (at most 100 000)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := oneOutput(nil)
			p.TargetGroups = []plan.Code{{ID: str("seniori")}}
			ix := plan.NewIndex(p)
			var fs finding.List
			Records(p, ix, entry.Resolve(ix, []record.Record{tt.rec}), Options{Today: date.New(2026, 1, 1)}, &fs)
			if got := lines(&fs); !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
