package cmdutil

import (
	"errors"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
)

// TestDateFlag: a date flag takes a date as people here write it, ISO or
// Czech, and nothing else.
func TestDateFlag(t *testing.T) {
	want := date.New(2025, 12, 31)
	for _, v := range []string{"2025-12-31", "31. 12. 2025", "31.12.2025", " 31. 12. 2025 "} {
		d, err := DateFlag("as-of", v)
		if err != nil || d != want {
			t.Errorf("--as-of %q = %v, %v; want %v", v, d, err, want)
		}
	}
	for _, v := range []string{"31.2.2025", "2025-13-01", "12/31/2025", "31. 12.", "zítra", ""} {
		_, err := DateFlag("as-of", v)
		var usage *UsageError
		if !errors.As(err, &usage) {
			t.Errorf("--as-of %q: %v, want a usage error", v, err)
		}
	}
}
