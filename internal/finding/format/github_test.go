package format

import (
	"strings"
	"testing"
)

func TestGitHubSummary(t *testing.T) {
	tests := []struct {
		sum  Summary
		want string
	}{
		{Summary{Errors: 1, Warnings: 1, PlanFiles: 1, Records: 1}, "rrp: 1 error, 1 warning in 1 file, 1 record\n"},
		{Summary{Errors: 2, Warnings: 0, PlanFiles: 2, RecordFiles: 2, Records: 5}, "rrp: 2 errors, 0 warnings in 4 files, 5 records\n"},
		{Summary{}, "rrp: 0 errors, 0 warnings in 0 files, 0 records\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := (GitHub{}).Format(&b, nil, tt.sum, english); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("summary %+v: %q, want %q", tt.sum, b.String(), tt.want)
		}
	}
}
