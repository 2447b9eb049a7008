package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// TestStart: rrp alone at a terminal says where to begin, in the user's
// language; in a pipe it prints its help as before.
func TestStart(t *testing.T) {
	tests := []struct {
		name     string
		lang     string
		terminal bool
		want     []string
	}{
		{"Czech at a terminal", "cs_CZ.UTF-8", true, []string{"Co chcete udělat?", "rrp new", "rrp validate", "rrp status", "rrp help", "--help"}},
		{"English at a terminal", "en_GB.UTF-8", true, []string{"What do you want to do?", "rrp new", "rrp validate", "rrp status", "rrp help", "--help"}},
		{"in a pipe", "cs_CZ.UTF-8", false, []string{"Použití:", "Příkazy:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			f := &cmdutil.Factory{
				IO:         &cmdutil.IOStreams{Out: &out, ErrOut: &errOut},
				Settings:   cmdutil.NewSettings(),
				IsTerminal: func() bool { return tt.terminal },
				Getenv:     func(k string) string { return map[string]string{"LANG": tt.lang}[k] },
			}
			if code := Run(f, nil); code != cmdutil.ExitOK {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("no %q in:\n%s", w, out.String())
				}
			}
			if tt.terminal && len(strings.Split(strings.TrimSpace(out.String()), "\n")) > 8 {
				t.Errorf("the start is not short:\n%s", out.String())
			}
		})
	}
}
