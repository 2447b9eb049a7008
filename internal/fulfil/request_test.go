package fulfil

import (
	"errors"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
)

func TestRequestOptions(t *testing.T) {
	p := newProject("2025-01-01", "2025-12-31",
		"ZoR1", "2025-01-01", "2025-06-30",
		"ZoR2", "2025-09-01", "2025-12-31") // a gap in July and August
	addKA(p, "KA4", "t1")
	today := day("2025-10-15")
	type want struct {
		asOf, period, from, to string
		ka                     string
	}
	tests := []struct {
		name string
		req  Request
		want want
	}{
		{"defaults: today, its period", Request{}, want{"2025-10-15", "ZoR2", "2025-09-01", "2025-12-31", ""}},
		{"as of a date in a period", Request{AsOf: dayp("2025-03-01")}, want{"2025-03-01", "ZoR1", "2025-01-01", "2025-06-30", ""}},
		{"as of a date in the gap: the last period", Request{AsOf: dayp("2025-08-01")}, want{"2025-08-01", "ZoR1", "2025-01-01", "2025-06-30", ""}},
		{"as of a date after the end", Request{AsOf: dayp("2026-03-01")}, want{"2026-03-01", "ZoR2", "2025-09-01", "2025-12-31", ""}},
		{"as of a date before the start: no period", Request{AsOf: dayp("2024-03-01")}, want{"2024-03-01", "", "", "", ""}},
		{"a past period: as of its end", Request{PeriodID: "zor1"}, want{"2025-06-30", "ZoR1", "2025-01-01", "2025-06-30", ""}},
		{"the current period: as of today", Request{PeriodID: "ZoR2"}, want{"2025-10-15", "ZoR2", "2025-09-01", "2025-12-31", ""}},
		{"a period and a date", Request{PeriodID: "ZoR1", AsOf: dayp("2025-12-31")}, want{"2025-12-31", "ZoR1", "2025-01-01", "2025-06-30", ""}},
		{"a range", Request{From: dayp("2025-03-01"), To: dayp("2025-03-31")}, want{"2025-03-31", "", "2025-03-01", "2025-03-31", ""}},
		{"a key activity, any case", Request{KA: "ka4"}, want{"2025-10-15", "ZoR2", "2025-09-01", "2025-12-31", "KA4"}},
	}
	for _, tt := range tests {
		tt.req.Today = today
		tt.req.Thresholds = DefaultThresholds
		o, err := tt.req.Options(p)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		got := want{asOf: o.AsOf.String(), ka: o.KA}
		if o.Period != nil {
			got.period, got.from, got.to = o.Period.ID, o.Period.From.String(), o.Period.To.String()
		}
		if got != tt.want {
			t.Errorf("%s:\n got %+v\nwant %+v", tt.name, got, tt.want)
		}
	}
}

func TestRequestErrors(t *testing.T) {
	p := newProject("2025-01-01", "2025-12-31", "ZoR1", "2025-01-01", "2025-06-30")
	addKA(p, "KA4", "t1")
	tests := []struct {
		name string
		req  Request
		hint string
	}{
		{"unknown period", Request{PeriodID: "ZoR9"}, `did you mean "ZoR1"?`},
		{"unknown period far off", Request{PeriodID: "H1-2025"}, "periods: ZoR1"},
		{"unknown KA", Request{KA: "KA5"}, `did you mean "KA4"?`},
		{"period and dates", Request{PeriodID: "ZoR1", From: dayp("2025-01-01"), To: dayp("2025-01-31")}, "not both"},
		{"half a range", Request{From: dayp("2025-01-01")}, "both --from and --to"},
		{"a reversed range", Request{From: dayp("2025-02-01"), To: dayp("2025-01-01")}, "swap"},
		{"thresholds out of order", Request{Thresholds: Thresholds{OnTrack: 0.5, AtRisk: 0.7}}, "status.on_track"},
	}
	for _, tt := range tests {
		if tt.req.Thresholds == (Thresholds{}) {
			tt.req.Thresholds = DefaultThresholds
		}
		_, err := tt.req.Options(p)
		var bad *BadRequest
		if !errors.As(err, &bad) {
			t.Errorf("%s: error %v, want a BadRequest", tt.name, err)
			continue
		}
		if !strings.Contains(bad.Hint.String(), tt.hint) {
			t.Errorf("%s: hint %q, want it to contain %q", tt.name, bad.Hint.String(), tt.hint)
		}
	}
}

func TestPeriodAtNoPeriods(t *testing.T) {
	if got := PeriodAt(newProject("2025-01-01", "2025-12-31"), date.Date(20000)); got != nil {
		t.Errorf("PeriodAt without periods = %+v", got)
	}
}
