package fulfil

import (
	"math"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/i18n"
)

func TestStatusRule(t *testing.T) {
	th := DefaultThresholds
	tests := []struct {
		name                       string
		achieved, expected, target float64
		want                       Status
	}{
		{"target reached", 10, 5, 10, Done},
		{"over target", 12, 10, 10, Done},
		{"sums that round below the target", 0.7 + 0.1 + 0.1 + 0.1, 1, 1, Done},
		{"nothing, nothing due", 0, 0, 10, NotStarted},
		{"nothing, a tenth due", 0, 1, 10, NotStarted},
		{"nothing, more than a tenth due", 0, 1.01, 10, AtRisk},
		{"ahead of pace", 6, 5, 10, OnTrack},
		{"exactly 90 % of pace", 4.5, 5, 10, OnTrack},
		{"just under 90 %", 4.49, 5, 10, Behind},
		{"exactly 60 % of pace", 3, 5, 10, Behind},
		{"just under 60 %", 2.99, 5, 10, AtRisk},
		{"something before anything is due", 1, 0, 10, OnTrack},
		{"zero target (a plan error)", 0, 0, 0, NotStarted},
	}
	for _, tt := range tests {
		if got := th.Status(tt.achieved, tt.expected, tt.target); got != tt.want {
			t.Errorf("%s: Status(%v, %v, %v) = %s, want %s", tt.name, tt.achieved, tt.expected, tt.target, got, tt.want)
		}
	}
}

func TestStatusThresholdsAreSettable(t *testing.T) {
	strict := Thresholds{OnTrack: 1, AtRisk: 0.8, NotStarted: 0}
	for _, tt := range []struct {
		achieved, expected float64
		want               Status
	}{{4.5, 5, Behind}, {3.9, 5, AtRisk}, {5, 5, OnTrack}, {0, 0.5, AtRisk}, {0, 0, NotStarted}} {
		if got := strict.Status(tt.achieved, tt.expected, 10); got != tt.want {
			t.Errorf("strict.Status(%v, %v, 10) = %s, want %s", tt.achieved, tt.expected, got, tt.want)
		}
	}
}

func TestThresholdsValidate(t *testing.T) {
	for _, tt := range []struct {
		th Thresholds
		ok bool
	}{
		{DefaultThresholds, true},
		{Thresholds{OnTrack: 1, AtRisk: 1, NotStarted: 0}, true},
		{Thresholds{OnTrack: 0.5, AtRisk: 0.6, NotStarted: 0.1}, false},
		{Thresholds{OnTrack: 1.2, AtRisk: 0.6, NotStarted: 0.1}, false},
		{Thresholds{OnTrack: 0.9, AtRisk: -0.1, NotStarted: 0.1}, false},
		{Thresholds{OnTrack: 0.9, AtRisk: 0.6, NotStarted: 2}, false},
		{Thresholds{OnTrack: math.NaN(), AtRisk: 0.6, NotStarted: 0.1}, false},
	} {
		if err := tt.th.Validate(); (err == nil) != tt.ok {
			t.Errorf("%+v: Validate() = %v, want ok %v", tt.th, err, tt.ok)
		}
	}
}

func TestStatusLabel(t *testing.T) {
	if got := OnTrack.Label(); got != "on track" {
		t.Errorf("label %q", got)
	}
}

// TestSay: every status an output or a milestone can have is said in
// English and in Czech, each in its own words.
func TestSay(t *testing.T) {
	cs := i18n.New(i18n.Czech)
	seen := map[string]Status{}
	for _, s := range append(slices.Clone(Statuses), MilestoneStatuses...) {
		en, czech := s.Say(nil), s.Say(cs)
		if en != s.Label() || czech == en {
			t.Errorf("%s: said %q, in Czech %q", s, en, czech)
		}
		if other, ok := seen[czech]; ok && other != s {
			t.Errorf("%s and %s are both %q in Czech", s, other, czech)
		}
		seen[czech] = s
	}
	if got := OnTrack.Say(cs); got != "v plánu" {
		t.Errorf("on track in Czech: %q", got)
	}
}
