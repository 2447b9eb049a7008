package cmdutil

import (
	"os"
	"testing"
)

// TestTerminalWidth: COLUMNS, when a number, is the width; a file or a
// pipe has none.
func TestTerminalWidth(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tt := range []struct {
		columns string
		want    int
	}{
		{"80", 80},
		{" 120 ", 120},
		{"", 0},
		{"wide", 0},
		{"0", 0},
		{"-5", 0},
	} {
		env := func(k string) string {
			if k == "COLUMNS" {
				return tt.columns
			}
			return ""
		}
		if got := TerminalWidth(int(f.Fd()), env); got != tt.want {
			t.Errorf("COLUMNS=%q: width %d, want %d", tt.columns, got, tt.want)
		}
	}
	if got := TerminalWidth(int(f.Fd()), nil); got != 0 {
		t.Errorf("a file without COLUMNS: width %d, want 0", got)
	}
}
