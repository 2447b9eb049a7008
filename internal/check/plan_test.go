package check

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
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

func TestKnown(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		ids    []string
		unread []string
		want   string // the hint, "" for no finding
	}{
		{"known", "broumov", []string{"broumov"}, nil, ""},
		{"typo", "bromov", []string{"broumov"}, nil, `did you mean "broumov"?`},
		{"unlike any", "jicin", []string{"broumov", "nachod"}, nil, "add it to territories in plans/project.yaml, or use one of: broumov, nachod"},
		{"empty codelist", "broumov", nil, nil, "add it to territories in plans/project.yaml"},
		{"codelist unread", "broumov", nil, []string{"territories"}, ""},
		{"project file unread", "broumov", nil, []string{plan.AllUnread}, ""},
		{"other key unread", "broumov", nil, []string{"funding"}, "add it to territories in plans/project.yaml"},
	}
	for _, tt := range tests {
		var fs finding.List
		known(&fs, &plan.Project{Unread: tt.unread}, str(tt.id), finding.CodeUnknownTerritory, i18n.T("unknown territory %q", tt.id), tt.ids, "territories")
		got := ""
		if fs.Len() > 0 {
			got = fs.Sorted()[0].Hint
		}
		if got != tt.want {
			t.Errorf("%s: hint %q, want %q", tt.name, got, tt.want)
		}
	}
}
