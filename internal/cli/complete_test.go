package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// TestCompletionSpeaksCzech: every fixed description shell completion
// offers (formats, views, splits) is said in Czech to a Czech user. The
// plan's own names are Czech in either language and are not compared.
func TestCompletionSpeaksCzech(t *testing.T) {
	for _, line := range [][]string{
		{"status", "--format", ""},
		{"status", "--by", ""},
		{"validate", "--format", ""},
		{"import", "--format", ""},
		{"diff", "--format", ""},
		{"report", "--split", ""},
	} {
		en, cs := completions(t, "en", line), completions(t, "cs", line)
		if len(en) == 0 || len(en) != len(cs) {
			t.Errorf("%q: %d values in English, %d in Czech", line, len(en), len(cs))
			continue
		}
		for i := range en {
			name, enDesc, _ := strings.Cut(en[i], "\t")
			csName, csDesc, _ := strings.Cut(cs[i], "\t")
			if name != csName {
				t.Errorf("%q: %q in English, %q in Czech", line, name, csName)
			}
			if enDesc != "" && enDesc == csDesc {
				t.Errorf("%q: %s is described in English to a Czech user: %q", line, name, csDesc)
			}
		}
	}
}

// completions runs rrp __complete in a language and returns the values
// it offers.
func completions(t *testing.T, lang string, line []string) []string {
	t.Helper()
	var out, errOut bytes.Buffer
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &out, ErrOut: &errOut}, Settings: cmdutil.NewSettings(), Now: time.Now,
		Getenv: func(string) string { return "" }}
	args := append([]string{"__complete", "--lang", lang, "--dir", t.TempDir()}, line...)
	if code := Run(f, args); code != 0 {
		t.Fatalf("%q: exit %d: %s", args, code, errOut.String())
	}
	var values []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.HasPrefix(l, ":") {
			values = append(values, l)
		}
	}
	return values
}
