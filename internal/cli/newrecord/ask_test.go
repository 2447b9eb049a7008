package newrecord

import (
	"io"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// TestNumber: the number taken is the answer accepted; a refused answer
// leaves nothing behind, "-" clears an optional one, a default stands.
func TestNumber(t *testing.T) {
	one := 1.0
	for _, tt := range []struct {
		name, answers string
		def           *float64
		required      bool
		want          string // "" for none
	}{
		{"decimal comma", "1,5\n", nil, false, "1.5"},
		{"refused, then cleared", "-3\n-\n", &one, false, ""},
		{"refused, then empty without default", "0\n\n", nil, false, ""},
		{"default", "\n", &one, true, "1"},
		{"required: asked until given", "\nx\n2\n", nil, true, "2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			iv := &interview{p: prompt.New(strings.NewReader(tt.answers), io.Discard, nil)}
			got, err := iv.number(i18n.T("Hours"), tt.def, tt.required, positive)
			if err != nil {
				t.Fatal(err)
			}
			if s := numberOf(got); strings.ReplaceAll(s, ",", ".") != tt.want {
				t.Errorf("got %q, want %q", s, tt.want)
			}
		})
	}
}
