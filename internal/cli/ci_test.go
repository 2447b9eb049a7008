package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/cli/diffcmd"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/table"
)

// ciDir holds the CI templates users copy into their data repositories.
const ciDir = "../../templates/ci"

// TestCITemplates parses the CI templates and checks every rrp command
// line in them against the command tree: the command exists, its flags
// parse and a --format is one the command has, so a template never breaks
// when a command changes.
func TestCITemplates(t *testing.T) {
	for _, tt := range []struct {
		file string
		want []string // command lines the template must hold
	}{
		{"github-workflow.yml", []string{"rrp validate --format github", "rrp diff", "--format markdown"}},
		{"gitlab-ci.yml", []string{"rrp validate --format gitlab", "rrp diff", "--format markdown"}},
		{".pre-commit-hooks.yaml", []string{"rrp validate"}},
	} {
		t.Run(tt.file, func(t *testing.T) {
			texts := strings.Join(commandsIn(readYAML(t, tt.file)), "\n")
			for _, w := range tt.want {
				if !strings.Contains(texts, w) {
					t.Errorf("no %q in %s", w, tt.file)
				}
			}
			lines := rrpLines(texts)
			if len(lines) == 0 {
				t.Fatal("no rrp command found")
			}
			for _, args := range lines {
				checkCommandLine(t, args)
			}
		})
	}
}

// TestGitLabTemplateReport checks that the validate job hands GitLab the
// file it writes as its Code Quality report.
func TestGitLabTemplateReport(t *testing.T) {
	doc := readYAML(t, "gitlab-ci.yml").(map[string]any)
	job, _ := doc["rrp-validate"].(map[string]any)
	arts, _ := job["artifacts"].(map[string]any)
	reports, _ := arts["reports"].(map[string]any)
	if got := reports["codequality"]; got != "gl-code-quality-report.json" {
		t.Errorf("codequality report = %v", got)
	}
	script := strings.Join(stringsIn(job["script"]), "\n")
	if !strings.Contains(script, "> gl-code-quality-report.json") {
		t.Errorf("the job does not write the report: %s", script)
	}
}

func readYAML(t *testing.T, name string) any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ciDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s is not valid YAML: %v", name, err)
	}
	if doc == nil {
		t.Fatalf("%s is empty", name)
	}
	return doc
}

// stringsIn lists every string value of a decoded YAML document.
func stringsIn(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, stringsIn(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range v {
			out = append(out, stringsIn(e)...)
		}
		return out
	}
	return nil
}

// commandKeys hold shell commands: GitHub's run, GitLab's script and
// pre-commit's entry.
var commandKeys = []string{"run", "script", "before_script", "after_script", "entry"}

// commandsIn lists the shell commands of a decoded YAML document.
func commandsIn(v any) []string {
	var out []string
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			out = append(out, commandsIn(e)...)
		}
	case map[string]any:
		for k, e := range v {
			if slices.Contains(commandKeys, k) {
				out = append(out, stringsIn(e)...)
			} else {
				out = append(out, commandsIn(e)...)
			}
		}
	}
	return out
}

var rrpCall = regexp.MustCompile(`(?:^|[\s;|&(])rrp ([^|;&>\n]*)`)

// rrpLines finds the rrp command lines of shell text, up to the first
// redirection, pipe or separator, with quotes removed.
func rrpLines(text string) [][]string {
	var out [][]string
	for _, m := range rrpCall.FindAllStringSubmatch(text, -1) {
		args := strings.Fields(strings.NewReplacer(`"`, "", `'`, "").Replace(m[1]))
		if len(args) > 0 {
			out = append(out, args)
		}
	}
	return out
}

func checkCommandLine(t *testing.T, args []string) {
	t.Helper()
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{}, Settings: cmdutil.NewSettings()}
	root := NewCmdRoot(f)
	cmd, rest, err := root.Find(args)
	if err != nil || cmd == root {
		t.Errorf("rrp %s: no such command", strings.Join(args, " "))
		return
	}
	if err := cmd.ParseFlags(rest); err != nil {
		t.Errorf("rrp %s: %v", strings.Join(args, " "), err)
		return
	}
	fl := cmd.Flags().Lookup("format")
	if fl == nil || !fl.Changed {
		return
	}
	formats := map[string][]string{"validate": format.Names(), "diff": diffcmd.Formats(), "status": table.Names()}[cmd.Name()]
	if !slices.Contains(formats, fl.Value.String()) {
		t.Errorf("rrp %s: --format %s is not one of %v", strings.Join(args, " "), fl.Value, formats)
	}
}

// TestPreCommitHook runs the pre-commit hook template in a git repository
// of the fixture project (scripts in testdata/ci).
func TestPreCommitHook(t *testing.T) {
	fixture, err := filepath.Abs("testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	hook, err := os.ReadFile(filepath.Join(ciDir, "pre-commit"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/ci",
		RequireExplicitExec: true,
		Setup: func(env *testscript.Env) error {
			env.Setenv("RRP_TODAY", "2026-01-15")
			if err := os.WriteFile(filepath.Join(env.WorkDir, "pre-commit"), hook, 0o755); err != nil {
				return err
			}
			return copyMissing(fixture, env.WorkDir)
		},
	})
}
