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

// guide is the coordinators' guide, written in Czech; rrp speaks to them
// in Czech, and the guide quotes it so.
const guide = "../../docs/navod-koordinator.md"

// TestGuideQuotesRRP: every message the coordinators' guide quotes in its
// table of common mistakes, and its example of an error with its hint, is
// what rrp validate says in Czech about such a mistake on the RRP IV plan
// (testdata/guide holds one of each); the all-clear it quotes is what rrp
// validate says of the plan alone. So the guide cannot drift from rrp.
func TestGuideQuotesRRP(t *testing.T) {
	text := readGuide(t)
	quotes := guideQuotes(t, text)
	if len(quotes) < 15 {
		t.Fatalf("found %d quoted messages in the guide's table; has the table moved?", len(quotes))
	}
	example := exampleLines(t, text)
	dir := t.TempDir()
	copyTree(t, "../../plans", filepath.Join(dir, "plans"))
	t.Setenv("RRP_TODAY", "2026-01-15")
	code, clean := runGuided(t, "", "validate", "--dir", dir, "--lang", "cs")
	if code != cmdutil.ExitOK {
		t.Fatalf("the plan alone: exit %d\n%s", code, clean)
	}
	if q := allClear(t, text); !quotePattern(q).MatchString(clean) {
		t.Errorf("the guide quotes %q for a project without errors; rrp validate says:\n%s", q, clean)
	}
	copyTree(t, "testdata/guide/records", filepath.Join(dir, "records"))
	code, out := runGuided(t, "", "validate", "--dir", dir, "--lang", "cs")
	if code != cmdutil.ExitFailure {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, q := range append(quotes, example...) {
		if !quotePattern(q).MatchString(out) {
			t.Errorf("the guide quotes %q; rrp validate does not say it:\n%s", q, out)
		}
	}
}

// TestGuideQuotesRRPNew: the questions of rrp new that the guide names
// (its numbered list: *Klíčová aktivita*, *Datum*, …) and the refusal it
// quotes are what rrp new asks and says in Czech.
func TestGuideQuotesRRPNew(t *testing.T) {
	text := readGuide(t)
	questions := newQuestions(t, text)
	if len(questions) < 15 {
		t.Fatalf("found %d questions of rrp new in the guide; has its list moved?", len(questions))
	}
	dir := t.TempDir()
	copyTree(t, "testdata/project/plans", filepath.Join(dir, "plans"))
	if err := os.WriteFile(filepath.Join(dir, "plans", "ka05.yaml"), []byte(guideKA5), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("RRP_TODAY", "2026-01-15")
	// Each interview runs until its answers end: what it asked is what
	// the guide names; nothing is written.
	var asked strings.Builder
	for _, iv := range []struct{ answers, output string }{
		{"4\n1\n2025-03-12\na\n1,5\nseniori 8\n\nBroumov\na\ne.pdf\n\n", ""},
		{"2025-03-12\n", "4.1/letak"},
		{"2025-03-12\n", "5.1/lide"},
		{"2025-03-12\nK-017, Jan Novák\n", "5.1/osoby"},
	} {
		args := []string{"new", "-i", "--dir", dir, "--lang", "cs"}
		if iv.output != "" {
			args = append(args, iv.output)
		}
		code, out := runGuided(t, iv.answers, args...)
		if code != cmdutil.ExitFailure || !strings.Contains(out, "odpovědi skončily") {
			t.Fatalf("rrp %s: exit %d, want the answers to end\n%s", strings.Join(args, " "), code, out)
		}
		asked.WriteString(out)
	}
	for _, q := range questions {
		if !quotePattern(q).MatchString(asked.String()) {
			t.Errorf("the guide names the question %q; rrp new does not ask it:\n%s", q, asked.String())
		}
	}
}

// guideKA5 is a key activity with outputs that count persons, by a number
// and by codes, beside the scripts' KA4.
const guideKA5 = `id: KA5
title: Podpora osob
territory: pocidlinsko
activities:
  - id: "5.1"
    title: Podpora
    outputs:
      - {id: lide, title: proškolení lidé, unit: person, target: 20}
      - {id: osoby, title: podpořené osoby, unit: person, target: 20, distinct: true}
`

func readGuide(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(guide)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// runGuided runs rrp in-process with in as its input; it returns the exit
// code and everything rrp wrote.
func runGuided(t *testing.T, in string, args ...string) (int, string) {
	t.Helper()
	var out bytes.Buffer
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{In: strings.NewReader(in), Out: &out, ErrOut: &out}, Settings: cmdutil.NewSettings(), Now: time.Now}
	return Run(f, args), out.String()
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

// guideQuotes returns the code spans of the first column of the guide's
// table of common mistakes ("| hlášení | …").
func guideQuotes(t *testing.T, text string) []string {
	t.Helper()
	_, table, found := strings.Cut(text, "| hlášení |")
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

// exampleLines are the lines of the guide's example of an error and its
// hint: the code block that follows its all-clear.
func exampleLines(t *testing.T, text string) []string {
	t.Helper()
	_, after, found := strings.Cut(text, "Vše v pořádku:")
	block := codeBlock.FindStringSubmatch(after)
	if !found || block == nil {
		t.Fatal("the guide has no example of an error after its all-clear (Vše v pořádku: …)")
	}
	return strings.Split(strings.TrimSpace(block[1]), "\n")
}

// allClear is the summary the guide quotes for a project without errors.
func allClear(t *testing.T, text string) string {
	t.Helper()
	m := regexp.MustCompile("Vše v pořádku: `([^`]+)`").FindStringSubmatch(text)
	if m == nil {
		t.Fatal("the guide quotes no all-clear (Vše v pořádku: `…`)")
	}
	return m[1]
}

// newQuestions are the questions of rrp new the guide names in italics in
// its numbered list, and the refusal of a code it quotes („…“).
func newQuestions(t *testing.T, text string) []string {
	t.Helper()
	_, list, found := strings.Cut(text, "**S programem rrp**")
	list, _, _ = strings.Cut(list, "Hodnota v hranatých závorkách")
	if !found {
		t.Fatal("the guide does not say how rrp new asks (**S programem rrp**)")
	}
	var out []string
	for _, m := range italic.FindAllStringSubmatch(list, -1) {
		out = append(out, m[1])
	}
	if m := regexp.MustCompile("`rrp new` např. „([^“]+)“").FindStringSubmatch(text); m != nil {
		out = append(out, m[1])
	} else {
		t.Error("the guide quotes no refusal of rrp new (`rrp new` např. „…“)")
	}
	return out
}

var (
	codeSpan  = regexp.MustCompile("`([^`]+)`")
	codeBlock = regexp.MustCompile("(?s)```\n(.*?)```")
	italic    = regexp.MustCompile(`(?:^|[^*])\*([^*\n]+)\*`)
)

// quotePattern matches a quote in which "…" stands for any text.
func quotePattern(q string) *regexp.Regexp {
	parts := strings.Split(q, "…")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(strings.Join(parts, ".*"))
}
