package date

import (
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" means an error
	}{
		{"2025-03-12", "2025-03-12"},
		{"1970-01-01", "1970-01-01"},
		{"2024-02-29", "2024-02-29"},
		{"2025-02-29", ""},
		{"2025-02-30", ""},
		{"2025-04-31", ""},
		{"2025-13-01", ""},
		{"2025-00-10", ""},
		{"2025-01-00", ""},
		{"2025-3-12", ""},
		{"12.3.2025", ""},
		{"2025-03-12T10:00:00Z", ""},
		{"2025/03/12", ""},
		{"20a5-03-12", ""},
		{"", ""},
	}
	for _, tt := range tests {
		d, err := Parse(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("Parse(%q) = %s, want an error", tt.in, d)
		case tt.want != "" && err != nil:
			t.Errorf("Parse(%q): %v", tt.in, err)
		case tt.want != "" && d.String() != tt.want:
			t.Errorf("Parse(%q) = %s, want %s", tt.in, d, tt.want)
		}
	}
}

func TestArithmetic(t *testing.T) {
	d := New(2025, time.January, 31)
	if got := d.AddMonths(1).String(); got != "2025-03-03" {
		t.Errorf("AddMonths normalises like time.AddDate: got %s", got)
	}
	if got := d.AddDays(1).String(); got != "2025-02-01" {
		t.Errorf("AddDays: got %s", got)
	}
	if New(2025, time.March, 1)-New(2025, time.February, 1) != 28 {
		t.Error("dates subtract to days")
	}
	if Of(time.Date(2025, 3, 12, 23, 59, 0, 0, time.FixedZone("CET", 3600))).String() != "2025-03-12" {
		t.Error("Of keeps the calendar date of the time's own zone")
	}
}
