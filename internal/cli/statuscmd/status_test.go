package statuscmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/project"
)

// fixtureToday is the fixed "today" of the golden files: day 273 of the
// fixture project's 1095, in its second period (ZoR2).
var fixtureToday = date.New(2025, 9, 30)

func runStatus(t *testing.T, dir string, edit func(*Options)) (stdout, stderr string, err error) {
	t.Helper()
	return runStatusAt(t, dir, fixtureToday, edit)
}

func runStatusAt(t *testing.T, dir string, today date.Date, edit func(*Options)) (stdout, stderr string, err error) {
	t.Helper()
	fixtureToday := today
	var out, errOut bytes.Buffer
	opts := &Options{
		IO:         &cmdutil.IOStreams{Out: &out, ErrOut: &errOut},
		Snapshot:   func() (*project.Snapshot, error) { return cmdutil.OpenSnapshot(dir, fixtureToday) },
		Format:     "table",
		By:         "output",
		Thresholds: fulfil.DefaultThresholds,
		Today:      func() (date.Date, error) { return fixtureToday, nil },
	}
	if edit != nil {
		edit(opts)
	}
	err = run(opts)
	return out.String(), errOut.String(), err
}

// TestGolden prints every view in every format from the fixture project.
func TestGolden(t *testing.T) {
	for _, by := range viewNames() {
		for _, format := range []string{"table", "csv", "json", "markdown"} {
			if format == "json" && by != "output" {
				continue // JSON is the same document for every view
			}
			name := by + "." + format
			t.Run(name, func(t *testing.T) {
				out, stderr, err := runStatus(t, "testdata/project", func(o *Options) { o.By, o.Format = by, format })
				if err != nil || stderr != "" {
					t.Fatalf("error %v, stderr %q", err, stderr)
				}
				golden.Check(t, filepath.Join("testdata", name+".golden"), []byte(out))
			})
		}
	}
}

// TestGoldenRealProject prints what real projects count: distinct persons
// with min_hours and an opening figure, a minimum, a maximum, milestones
// and targets by territory, as of the end of the fixture's period ZoR5.
func TestGoldenRealProject(t *testing.T) {
	for _, tt := range []struct{ by, format string }{
		{"output", "table"}, {"output", "json"}, {"output", "csv"}, {"territory", "table"}, {"ka", "table"},
	} {
		name := "real-" + tt.by + "." + tt.format
		t.Run(name, func(t *testing.T) {
			out, stderr, err := runStatusAt(t, "testdata/realproject", date.New(2022, 9, 30), func(o *Options) {
				o.By, o.Format, o.Period = tt.by, tt.format, "ZoR5"
			})
			if err != nil || stderr != "" {
				t.Fatalf("error %v, stderr %q", err, stderr)
			}
			golden.Check(t, filepath.Join("testdata", name+".golden"), []byte(out))
		})
	}
}

// TestGoldenSelections covers the flags that choose what is counted.
func TestGoldenSelections(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(*Options)
	}{
		{"period-zor1", func(o *Options) { o.Period = "ZoR1" }},
		{"range", func(o *Options) { o.From, o.To = "2025-07-01", "2025-07-31" }},
		{"ka17", func(o *Options) { o.KA = "ka17"; o.By = "territory" }},
		{"before-start", func(o *Options) { o.AsOf = "2024-12-31" }},
		{"after-end", func(o *Options) { o.AsOf = "2028-06-30"; o.By = "ka" }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runStatus(t, "testdata/project", tt.edit)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "select-"+tt.name+".table.golden"), []byte(out))
		})
	}
}

// jsonOutputs decodes the outputs of a JSON document.
func jsonOutputs(t *testing.T, out string) []map[string]any {
	t.Helper()
	var doc struct {
		Outputs []map[string]any `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Outputs
}

func TestJSONFields(t *testing.T) {
	out, _, err := runStatus(t, "testdata/project", func(o *Options) { o.Format = "json" })
	if err != nil {
		t.Fatal(err)
	}
	required := []string{"ka", "activity", "output", "title", "unit", "target", "achieved", "in_period", "percent", "expected", "status"}
	var parts, internal int
	for _, o := range jsonOutputs(t, out) {
		for _, k := range required {
			if _, ok := o[k]; !ok {
				t.Errorf("output %v/%v has no %q", o["activity"], o["output"], k)
			}
		}
		if r, ok := o["reported"]; ok {
			if r != false {
				t.Errorf("reported is %v; it is only written when false", r)
			}
			internal++
		}
		ps, _ := o["parts"].([]any)
		for _, p := range ps {
			if p.(map[string]any)["part"] == "" {
				t.Errorf("a part of %v without its id", o["output"])
			}
			parts++
		}
	}
	if parts != 2 || internal != 1 {
		t.Errorf("%d parts and %d internal outputs, want 2 and 1", parts, internal)
	}
}

// TestRealPlan runs status on this repository's own plan: every output is
// listed, the internal ones marked.
func TestRealPlan(t *testing.T) {
	root := "../../.."
	if _, err := os.Stat(filepath.Join(root, "plans", "project.yaml")); err != nil {
		t.Skip("not in the rrp repository")
	}
	out, _, err := runStatus(t, root, func(o *Options) { o.Format = "json" })
	if err != nil {
		t.Fatal(err)
	}
	outs := jsonOutputs(t, out)
	internal := 0
	for _, o := range outs {
		if o["reported"] == false {
			internal++
		}
	}
	if len(outs) != 100 || internal != 12 {
		t.Errorf("%d outputs, %d of them internal; want 100 and 12", len(outs), internal)
	}
	table, _, err := runStatus(t, root, nil)
	if err != nil || !strings.Contains(table, "Broumov") && !strings.Contains(table, "KA4") {
		t.Errorf("the table of the real plan: %v\n%s", err, table)
	}
}

func TestInvalidDataWarns(t *testing.T) {
	dir := t.TempDir()
	copyDir(t, "testdata/project", dir)
	bad := "- date: 2025-03-12\n  output: 4.1/nope\n- date: 2025-03-13\n  output: 4.1/supervize\n  quantity: -1\n"
	if err := os.WriteFile(filepath.Join(dir, "records", "bad.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runStatus(t, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stderr != "rrp: warning: 2 validation errors; run rrp validate\n" {
		t.Errorf("stderr %q", stderr)
	}
	if !strings.Contains(out, "supervizní setkání") {
		t.Errorf("no table printed:\n%s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		edit func(*Options)
		msg  string
	}{
		{"format", func(o *Options) { o.Format = "xlsx" }, "unknown format"},
		{"view", func(o *Options) { o.By = "kraj" }, "unknown view"},
		{"as-of", func(o *Options) { o.AsOf = "31.9.2025" }, "--as-of"},
		{"period", func(o *Options) { o.Period = "ZoR9" }, `no period "ZoR9"`},
		{"ka", func(o *Options) { o.KA = "KA5" }, `no key activity "KA5"`},
		{"range", func(o *Options) { o.From, o.To = "2025-08-01", "2025-07-01" }, "ends"},
		{"thresholds", func(o *Options) { o.Thresholds.AtRisk = 0.95 }, "status.at_risk"},
		{"dir", func(o *Options) {}, "no plans/project.yaml"},
	} {
		dir := "testdata/project"
		if tt.name == "dir" {
			dir = t.TempDir()
		}
		_, _, err := runStatus(t, dir, tt.edit)
		code, msg, _ := cmdutil.ExitCode(err, nil)
		if code != cmdutil.ExitUsage || !strings.Contains(msg, tt.msg) {
			t.Errorf("%s: exit %d, %q; want %d and a message with %q", tt.name, code, msg, cmdutil.ExitUsage, tt.msg)
		}
	}
}

func TestEmptyProject(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "plans"), 0o755); err != nil {
		t.Fatal(err)
	}
	project := "id: prazdny\nname: Prázdný projekt\nstart: 2025-01-01\nend: 2025-12-31\n"
	if err := os.WriteFile(filepath.Join(dir, "plans", "project.yaml"), []byte(project), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, by := range viewNames() {
		for _, format := range []string{"table", "csv", "json", "markdown"} {
			out, _, err := runStatus(t, dir, func(o *Options) { o.By, o.Format = by, format })
			if err != nil || strings.Contains(out, "NaN") {
				t.Errorf("%s %s: %v\n%s", by, format, err, out)
			}
		}
	}
}

func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFlags checks that the command line and the settings reach Options.
func TestFlags(t *testing.T) {
	t.Setenv("RRP_STATUS_AT_RISK", "0.5")
	f := &cmdutil.Factory{IO: &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}}, Settings: cmdutil.NewSettings()}
	var got *Options
	cmd := NewCmdStatus(f, func(o *Options) error { got = o; return nil })
	cmd.SetArgs([]string{"--as-of", "2025-09-30", "--period", "ZoR2", "--ka", "KA4", "--by", "ka", "--format", "json"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.AsOf != "2025-09-30" || got.Period != "ZoR2" || got.KA != "KA4" || got.By != "ka" || got.Format != "json" {
		t.Errorf("options %+v", got)
	}
	want := fulfil.Thresholds{OnTrack: 0.9, AtRisk: 0.5, NotStarted: 0.1}
	if got.Thresholds != want {
		t.Errorf("thresholds %+v, want %+v", got.Thresholds, want)
	}
}

// TestGoldenCzech: for a Czech user the tables, their titles and notes are
// in Czech (golden files *.cs.golden); what programs read, RFC 4180 CSV
// and JSON, is the same in every language (the csv format is Czech
// Excel's dialect in Czech, tested on its own).
func TestGoldenCzech(t *testing.T) {
	cs := i18n.New(i18n.Czech)
	for _, tt := range []struct{ dir, by, format, period string }{
		{"realproject", "output", "table", "ZoR5"}, {"realproject", "territory", "table", "ZoR5"},
		{"realproject", "ka", "table", "ZoR5"}, {"project", "activity", "table", ""},
		{"project", "group", "markdown", ""},
	} {
		name := tt.dir + "-" + tt.by + "." + tt.format
		t.Run(name, func(t *testing.T) {
			out, _, err := runStatusAt(t, filepath.Join("testdata", tt.dir), date.New(2025, 9, 30), func(o *Options) {
				o.By, o.Format, o.Period, o.P = tt.by, tt.format, tt.period, cs
			})
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", name+".cs.golden"), []byte(out))
		})
	}
	for _, by := range viewNames() {
		for _, format := range []string{"csv-rfc", "json"} {
			en, _, errEn := runStatus(t, "testdata/realproject", func(o *Options) { o.By, o.Format = by, format })
			got, _, errCs := runStatus(t, "testdata/realproject", func(o *Options) { o.By, o.Format, o.P = by, format, cs })
			if errEn != nil || errCs != nil || got != en {
				t.Errorf("--by %s --format %s differs in Czech (errors %v, %v)", by, format, errEn, errCs)
			}
		}
	}
}
