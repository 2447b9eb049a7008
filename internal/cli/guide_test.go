package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// TestGuideQuotesRRP: every message the coordinators' guide quotes in its
// table of common mistakes is what rrp validate says about such a mistake
// on the RRP IV plan (testdata/guide holds one of each), so the guide cannot
// drift from rrp.
func TestGuideQuotesRRP(t *testing.T) {
	quotes := guideQuotes(t, "../../docs/navod-koordinator.md")
	if len(quotes) < 15 {
		t.Fatalf("found %d quoted messages in the guide's table; has the table moved?", len(quotes))
	}
	dir := t.TempDir()
	for src, dst := range map[string]string{"../../plans": "plans", "testdata/guide/records": "records"} {
		if err := os.CopyFS(filepath.Join(dir, dst), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("RRP_TODAY", "2026-01-15")
	var out bytes.Buffer
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &out, ErrOut: &out}, Settings: cmdutil.NewSettings(), Now: time.Now}
	if code := Run(f, []string{"validate", "--dir", dir}); code != cmdutil.ExitFailure {
		t.Fatalf("exit %d, want 1\n%s", code, out.String())
	}
	for _, q := range quotes {
		if !quotePattern(q).MatchString(out.String()) {
			t.Errorf("the guide quotes %q; rrp validate does not say it:\n%s", q, out.String())
		}
	}
}

// guideQuotes returns the code spans of the first column of the guide's
// table of common mistakes ("| hlášení | …").
func guideQuotes(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, table, found := strings.Cut(string(data), "| hlášení |")
	if !found {
		t.Fatal("the guide has no table of common mistakes (| hlášení | …)")
	}
	var quotes []string
	for _, line := range strings.Split(table, "\n")[2:] {
		if !strings.HasPrefix(line, "|") {
			break
		}
		first := strings.Split(line, "|")[1]
		for _, m := range codeSpan.FindAllStringSubmatch(first, -1) {
			quotes = append(quotes, m[1])
		}
	}
	return quotes
}

var codeSpan = regexp.MustCompile("`([^`]+)`")

// quotePattern matches a quote in which "…" stands for any text.
func quotePattern(q string) *regexp.Regexp {
	parts := strings.Split(q, "…")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(strings.Join(parts, ".*"))
}
