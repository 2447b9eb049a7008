package reportcmd

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
)

// TestNewCmdReport drives the parsing half: flags fill the options, run is
// replaced.
func TestNewCmdReport(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		check   func(*Options) bool
		wantErr bool
	}{
		{"defaults", nil, func(o *Options) bool {
			return o.Output == "" && o.Split == "" && !o.Force && o.Thresholds.OnTrack == 0.9
		}, false},
		{"all flags", []string{"--period", "ZoR2", "--ka", "KA4", "-o", "x.xlsx", "--split", "ka", "--force", "--as-of", "2025-12-31", "--template", "t.xlsx"},
			func(o *Options) bool {
				return o.Period == "ZoR2" && o.KA == "KA4" && o.Output == "x.xlsx" && o.Split == "ka" && o.Force && o.AsOf == "2025-12-31" && o.Template == "t.xlsx"
			}, false},
		{"range", []string{"--from", "2025-01-01", "--to", "2025-03-31"}, func(o *Options) bool { return o.From == "2025-01-01" && o.To == "2025-03-31" }, false},
		{"from without to", []string{"--from", "2025-01-01"}, nil, true},
		{"period and range", []string{"--period", "ZoR1", "--from", "2025-01-01", "--to", "2025-02-01"}, nil, true},
		{"argument", []string{"extra"}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &cmdutil.Factory{
				IO:       &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}},
				Settings: cmdutil.NewSettings(),
				Now:      time.Now,
			}
			var got *Options
			cmd := NewCmdReport(f, func(o *Options) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr {
				if err == nil {
					t.Fatal("want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !tt.check(got) {
				t.Errorf("options %+v", got)
			}
		})
	}
}

// TestRunUnknownSplit drives the working half directly.
func TestRunUnknownSplit(t *testing.T) {
	code, msg, hint := cmdutil.ExitCode(run(&Options{Split: "obec"}), nil)
	if code != cmdutil.ExitUsage || msg != `unknown split "obec"` || hint == "" {
		t.Errorf("exit %d %q %q", code, msg, hint)
	}
}

// TestRunTemplate fills a funding body's workbook on the scripts' fixture
// project; a template rrp cannot fill leaves no file, a missing one is a
// usage error.
func TestRunTemplate(t *testing.T) {
	dir := t.TempDir()
	tpl := filepath.Join(dir, "vykaz.xlsx")
	writeTemplate(t, tpl, map[string]string{"A1": "{{project.name}}", "A3": "{{output.ref}}", "B3": "{{output.target}}"})
	bad := filepath.Join(dir, "spatny.xlsx")
	writeTemplate(t, bad, map[string]string{"A1": "{{projekt.name}}"})

	out := filepath.Join(dir, "out.xlsx")
	if err := run(templateOptions(tpl, out)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Sheet1")
	if len(rows) != 8 || rows[0][0] != "Testovací projekt" || rows[2][0] != "4.1/supervize" || rows[2][1] != "12" {
		t.Errorf("filled template: %q", rows)
	}

	failed := filepath.Join(dir, "failed.xlsx")
	code, msg, hint := cmdutil.ExitCode(run(templateOptions(bad, failed)), nil)
	if code != cmdutil.ExitFailure || msg != "template Sheet1!A1: unknown field {{projekt.name}}" || hint != "did you mean {{project.name}}?" {
		t.Errorf("unknown field: exit %d %q %q", code, msg, hint)
	}
	if _, err := os.Stat(failed); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a template that failed left %s: %v", failed, err)
	}

	code, _, _ = cmdutil.ExitCode(run(templateOptions(filepath.Join(dir, "missing.xlsx"), failed)), nil)
	if code != cmdutil.ExitUsage {
		t.Errorf("missing template: exit %d", code)
	}
	junk := filepath.Join(dir, "junk.xlsx")
	if err := os.WriteFile(junk, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, msg, hint = cmdutil.ExitCode(run(templateOptions(junk, failed)), nil)
	if code != cmdutil.ExitUsage || !strings.HasPrefix(msg, "template "+junk+": not an .xlsx workbook") || hint == "" {
		t.Errorf("a template that is no workbook: exit %d %q %q", code, msg, hint)
	}
	if _, err := os.Stat(failed); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a template that is no workbook left %s: %v", failed, err)
	}
}

func templateOptions(template, output string) *Options {
	opts := &Options{
		IO:  &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}},
		Dir: "../testdata/project", Template: template, Output: output,
		Thresholds: fulfil.DefaultThresholds,
		Today:      func() (date.Date, error) { return date.New(2026, 1, 15), nil },
	}
	opts.Snapshot = func() (*project.Snapshot, error) { return cmdutil.OpenSnapshot(opts.Dir, date.New(2026, 1, 15)) }
	return opts
}

func writeTemplate(t *testing.T, path string, cells map[string]string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellStr("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// TestOverTargetAsOf: the Kontrola sheet warns of an output over its
// target only when the records up to the report's as-of date exceed it.
func TestOverTargetAsOf(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"project.yaml", "ka04.yaml"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "project", "plans", name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "plans", name), string(data))
	}
	// The plan's 4.2/metodika has a target of 1: the second version, in
	// June, is over it.
	writeFile(t, filepath.Join(dir, "records", "metodika.yaml"), `- {date: 2025-03-12, output: 4.2/metodika, evidence: [m1.pdf]}
- {date: 2025-06-12, output: 4.2/metodika, evidence: [m2.pdf]}
`)
	for _, tt := range []struct {
		asOf string
		warn bool
	}{{"2025-04-30", false}, {"2025-06-12", true}, {"", true}} {
		opts := templateOptions("", filepath.Join(dir, "zprava-"+tt.asOf+".xlsx"))
		opts.Dir, opts.AsOf = dir, tt.asOf
		if err := run(opts); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenFile(opts.Output)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows("Kontrola")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		warned := false
		for _, row := range rows {
			warned = warned || strings.Contains(strings.Join(row, " "), "4.2/metodika: zaznamenáno 2")
		}
		if warned != tt.warn {
			t.Errorf("as of %q: over-target warning %v, want %v; Kontrola: %q", tt.asOf, warned, tt.warn, rows)
		}
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
