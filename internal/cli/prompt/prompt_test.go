package prompt

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/i18n"
)

func positive(a string) error {
	if a == "" || strings.HasPrefix(a, "-") {
		return fmt.Errorf("a positive number, please")
	}
	return nil
}

func TestAsk(t *testing.T) {
	for _, tt := range []struct {
		name, input, def, want, shown string
		err                           error
	}{
		{"answer", "5\n", "", "5", "Hours: ", nil},
		{"default", "\n", "2", "2", "Hours [2]: ", nil},
		{"blanks trimmed", "  7  \n", "", "7", "Hours: ", nil},
		{"asked again", "\n-1\n3\n", "", "3", "Hours:   ! a positive number, please\nHours:   ! a positive number, please\nHours: ", nil},
		{"last line without newline", "4", "", "4", "Hours: ", nil},
		{"input ends", "-1\n", "", "", "Hours:   ! a positive number, please\nHours: \n", ErrEnded},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			got, err := New(strings.NewReader(tt.input), &out, nil).Ask(i18n.T("Hours"), tt.def, positive)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("got %q, %v; want %q, %v", got, err, tt.want, tt.err)
			}
			// The terminal echoes the answers with their line ends: only
			// an input that ends mid-question needs one written.
			if out.String() != tt.shown {
				t.Errorf("shown %q, want %q", out.String(), tt.shown)
			}
		})
	}
}

func TestOptional(t *testing.T) {
	for _, tt := range []struct {
		input, def, want, question string
	}{
		{"\n", "", "", "Note: "},
		{"\n", "old", "old", "Note (- for none) [old]: "},
		{"-\n", "old", "", "Note (- for none) [old]: "},
		{"new\n", "old", "new", "Note (- for none) [old]: "},
	} {
		var out strings.Builder
		got, err := New(strings.NewReader(tt.input), &out, nil).Optional(i18n.T("Note"), tt.def, positive)
		if err != nil || got != tt.want || out.String() != tt.question {
			t.Errorf("%q with default %q: got %q, %v, shown %q; want %q, %q", tt.input, tt.def, got, err, out.String(), tt.want, tt.question)
		}
	}
}

func TestConfirm(t *testing.T) {
	for _, tt := range []struct {
		input string
		def   bool
		want  bool
	}{
		{"\n", true, true},
		{"\n", false, false},
		{"ano\n", false, true},
		{"N\n", true, false},
		{"maybe\nne\n", true, false},
		{"Yes\n", false, true},
	} {
		var out strings.Builder
		got, err := New(strings.NewReader(tt.input), &out, nil).Confirm(i18n.T("Write it?"), tt.def)
		if err != nil || got != tt.want {
			t.Errorf("%q (default %v): got %v, %v; want %v", tt.input, tt.def, got, err, tt.want)
		}
	}
	var out strings.Builder
	New(strings.NewReader("maybe\ny\n"), &out, nil).Confirm(i18n.T("Write it?"), true)
	if want := "Write it? [Y/n]:   ! answer y (yes) or n (no)\nWrite it? [Y/n]: "; out.String() != want {
		t.Errorf("shown %q, want %q", out.String(), want)
	}
}

// TestCzech: the prompter says its own words, the explanations of a
// refused answer and the questions given it in the user's language.
func TestCzech(t *testing.T) {
	var out strings.Builder
	p := New(strings.NewReader("možná\n\n"), &out, i18n.New(i18n.Czech))
	yes, err := p.Confirm(i18n.T("Did it take place?"), true)
	if err != nil || !yes {
		t.Fatalf("got %v, %v", yes, err)
	}
	want := "Konala se akce? [A/n]:   ! odpovězte a (ano), nebo n (ne)\nKonala se akce? [A/n]: "
	if out.String() != want {
		t.Errorf("shown %q, want %q", out.String(), want)
	}
	out.Reset()
	p = New(strings.NewReader("-\n"), &out, i18n.New(i18n.Czech))
	if got, err := p.Optional(i18n.T("Place"), "Broumov", func(string) error { return nil }); err != nil || got != "" {
		t.Errorf("got %q, %v", got, err)
	}
	if want := "Místo (- smaže) [Broumov]: "; out.String() != want {
		t.Errorf("shown %q, want %q", out.String(), want)
	}
}
