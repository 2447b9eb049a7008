package cli

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// notYetCzech are the commands whose help is still being put into Czech.
// A command leaves the list when its help is Czech; the test fails if a
// listed command is, so the list only shrinks.
var notYetCzech = map[string]bool{}

// tree builds rrp's command tree in a language, as Run does for a user.
func tree(t *testing.T, lang i18n.Lang) *cobra.Command {
	t.Helper()
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, Settings: cmdutil.NewSettings()}
	f.ChooseLanguage([]string{"--lang", string(lang)})
	return NewCmdRoot(f)
}

// helpTexts are the texts of a command's help people read, by where they
// are: Short, Long, Example and the usage of each flag it defines.
func helpTexts(c *cobra.Command) map[string]string {
	texts := map[string]string{"Short": c.Short, "Long": c.Long, "Example": c.Example}
	c.LocalFlags().VisitAll(func(fl *pflag.Flag) { texts["--"+fl.Name] = fl.Usage })
	return texts
}

// commands lists the tree's commands people see, by path.
func commands(root *cobra.Command) map[string]*cobra.Command {
	out := map[string]*cobra.Command{}
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		out[c.CommandPath()] = c
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return out
}

// exampleOnly matches a text of command lines alone ("  rrp schema
// --check"), which reads the same in every language.
var exampleOnly = regexp.MustCompile(`^(\s*rrp [^#]*\n?)+$`)

// TestHelpIsCzech builds the command tree in Czech and in English and fails
// on every help text or flag usage that is the same in both: a text the
// catalogue lacks, or one written without it.
func TestHelpIsCzech(t *testing.T) {
	cs, en := commands(tree(t, i18n.Czech)), commands(tree(t, i18n.English))
	if len(cs) < 15 || len(cs) != len(en) {
		t.Fatalf("%d commands in Czech, %d in English", len(cs), len(en))
	}
	for path, c := range en {
		same := 0
		csTexts := helpTexts(cs[path])
		for where, text := range helpTexts(c) {
			if text == "" || csTexts[where] != text || exampleOnly.MatchString(text) {
				continue
			}
			same++
			if !notYetCzech[path] {
				t.Errorf("%s, %s is the same in Czech: %q", path, where, firstLine(text))
			}
		}
		if notYetCzech[path] && same == 0 {
			t.Errorf("%s has its help in Czech: take it off notYetCzech", path)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestUsageInCzech: the usage text cobra writes has no English heading
// left in Czech, while in English it is cobra's own.
func TestUsageInCzech(t *testing.T) {
	english := []string{"Usage:", "Aliases:", "Examples:", "Available Commands:", "Additional Commands:",
		"Flags:", "Additional help topics:", "[command]", "[flags]", "(default ", "for more information"}
	for path, c := range commands(tree(t, i18n.Czech)) {
		usage := c.UsageString()
		for _, word := range english {
			if strings.Contains(usage, word) {
				t.Errorf("%s: %q in the Czech usage:\n%s", path, word, usage)
			}
		}
		checkAligned(t, path, usage)
	}
	root := tree(t, i18n.English)
	if root.UsageTemplate() != (&cobra.Command{}).UsageTemplate() {
		t.Error("the English usage template is not cobra's")
	}
}

// TestUsageHeadingsAreCobras: every heading the Czech template replaces is
// in cobra's template; a cobra that changes one fails here, not silently
// in English.
func TestUsageHeadingsAreCobras(t *testing.T) {
	tmpl := (&cobra.Command{}).UsageTemplate()
	for _, h := range append(append([]string{useLine}, usageHeadings...), flagUsages...) {
		if !strings.Contains(tmpl, h) {
			t.Errorf("cobra's usage template has no %q", h)
		}
	}
}

// checkAligned fails when the flags of a block of the usage do not start
// their usage in one column (counted in characters, as people see it).
func checkAligned(t *testing.T, path, usage string) {
	t.Helper()
	for _, block := range strings.Split(usage, "\n\n") {
		col := -1
		for _, line := range strings.Split(block, "\n") {
			body := strings.TrimLeft(line, " ")
			cut := strings.Index(body, "  ")
			if !strings.HasPrefix(body, "-") || cut < 0 {
				continue
			}
			rest := strings.TrimLeft(body[cut:], " ")
			at := utf8.RuneCountInString(line) - utf8.RuneCountInString(rest)
			if col >= 0 && at != col {
				t.Errorf("%s: flag usages not aligned:\n%s", path, block)
				break
			}
			col = at
		}
	}
}

// TestCobraTextsAreCobras: the help texts of the commands cobra adds are
// the ones rrp has Czech for, so they are said in Czech.
func TestCobraTextsAreCobras(t *testing.T) {
	en := commands(tree(t, i18n.English))
	for _, path := range []string{"rrp help", "rrp completion", "rrp completion bash", "rrp completion zsh", "rrp completion fish", "rrp completion powershell"} {
		c := en[path]
		if c == nil {
			t.Errorf("no %s", path)
			continue
		}
		for _, text := range []string{c.Short, c.Long} {
			if cobraText(i18n.New(i18n.Czech), c, text) == text {
				t.Errorf("%s: cobra's text is not one rrp knows: %q", path, firstLine(text))
			}
		}
	}
}

func TestAlignFlags(t *testing.T) {
	in := "      --by řádky   řádky\n      --period období   období\n  -h, --help   nápověda\n"
	want := "      --by řádky        řádky\n      --period období   období\n  -h, --help            nápověda\n"
	if got := alignFlags(in); got != want {
		t.Errorf("alignFlags:\n%s\nwant\n%s", got, want)
	}
	fs := pflag.NewFlagSet("rrp", pflag.ContinueOnError)
	fs.String("as-of", "", "count records")
	fs.StringP("output", "o", "x", "the workbook")
	fs.BoolP("help", "h", false, "help for rrp")
	if english := fs.FlagUsages(); alignFlags(english) != english {
		t.Errorf("alignFlags changed what pflag aligned:\n%s", alignFlags(english))
	}
}
