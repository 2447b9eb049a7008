package cmdutil

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func progressFactory(errOut *bytes.Buffer, terminal bool, started time.Time) *Factory {
	return &Factory{
		IO:            &IOStreams{ErrOut: errOut},
		Settings:      NewSettings(),
		Now:           func() time.Time { return started },
		ErrIsTerminal: func() bool { return terminal },
	}
}

// TestProgress: a progress line for slow work at a terminal, cleared at
// the end; none in a pipe, in CI, or for work done within a second.
func TestProgress(t *testing.T) {
	for _, tt := range []struct {
		name     string
		terminal bool
		ci       string
		started  time.Duration // before the first step
		shown    bool
	}{
		{"slow work at a terminal", true, "", 2 * time.Second, true},
		{"quick work at a terminal", true, "", 0, false},
		{"a pipe", false, "", 2 * time.Second, false},
		{"a CI job", true, "true", 2 * time.Second, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("CI", tt.ci)
			var errOut bytes.Buffer
			f := progressFactory(&errOut, tt.terminal, time.Now().Add(-tt.started))
			progress := f.Progress("reading record files")
			if (progress != nil) != (tt.terminal && tt.ci == "") {
				t.Fatalf("progress given: %v", progress != nil)
			}
			if progress != nil {
				for i := 1; i <= 10; i++ {
					progress(i, 10)
				}
			}
			out := errOut.String()
			if got := strings.Contains(out, "reading record files"); got != tt.shown {
				t.Errorf("progress shown: %v, want %v (%q)", got, tt.shown, out)
			}
			if tt.shown && !strings.HasSuffix(out, "\r") {
				t.Errorf("the line is not cleared at the end: %q", out)
			}
		})
	}
}
