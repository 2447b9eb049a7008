package check

import (
	"testing"

	"rrp/internal/finding"
	"rrp/internal/plan"
)

func TestStaffFTE(t *testing.T) {
	tests := []struct {
		fte  float64
		want string // the message, "" for none
	}{
		{0, `staff "k": fte must be more than 0 and at most 1, not 0`},
		{-0.5, `staff "k": fte must be more than 0 and at most 1, not -0.5`},
		{1.5, `staff "k": fte must be more than 0 and at most 1, not 1.5`},
		{0.25, ""},
		{1, ""},
	}
	for _, tt := range tests {
		var fs finding.List
		staff(plan.Staff{Role: str("k"), FTE: number(tt.fte)}, &fs)
		got := ""
		if fs.Len() > 0 {
			got = fs.Sorted()[0].Message
		}
		if got != tt.want || fs.Len() > 1 {
			t.Errorf("fte %g: %v, want %q", tt.fte, fs.Sorted(), tt.want)
		}
	}
}
