package newrecord

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// factory is a factory whose terminal is there or not.
func factory(terminal bool, in string) (*cmdutil.Factory, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	return &cmdutil.Factory{
		IO:         &cmdutil.IOStreams{In: strings.NewReader(in), Out: &out, ErrOut: &errOut},
		Settings:   cmdutil.NewSettings(),
		Now:        func() time.Time { return time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC) },
		IsTerminal: func() bool { return terminal },
	}, &out, &errOut
}

// TestWhenItAsks: rrp new asks in a terminal unless a value is given, and
// whenever --interactive says so; without a terminal nor an output it is
// a usage error.
func TestWhenItAsks(t *testing.T) {
	for _, tt := range []struct {
		name     string
		terminal bool
		args     []string
		ask      bool
		usage    bool
	}{
		{"terminal, nothing given", true, nil, true, false},
		{"terminal, output given", true, []string{"4.1/supervize"}, true, false},
		{"terminal, a value given", true, []string{"4.1/supervize", "--date", "2025-03-12"}, false, false},
		{"terminal, told not to ask", true, []string{"4.1/supervize", "--interactive=false"}, false, false},
		{"terminal, told not to ask, no output", true, []string{"--interactive=false"}, false, true},
		{"no terminal, output given", false, []string{"4.1/supervize"}, false, false},
		{"no terminal, told to ask", false, []string{"-i"}, true, false},
		{"no terminal, values and told to ask", false, []string{"4.1/supervize", "--note", "x", "-i"}, true, false},
		{"no terminal, nothing given", false, nil, false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _ := factory(tt.terminal, "")
			var got *Options
			cmd := NewCmdNew(f, func(o *Options) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(&bytes.Buffer{})
			err := cmd.Execute()
			_, isUsage := err.(*cmdutil.UsageError)
			if tt.usage != isUsage || (!tt.usage && err != nil) {
				t.Fatalf("error %v, want a usage error: %v", err, tt.usage)
			}
			if !tt.usage && got.Interactive != tt.ask {
				t.Errorf("asks: %v, want %v", got.Interactive, tt.ask)
			}
		})
	}
}

// TestTerminal drives the whole command as in a terminal: nothing given,
// it asks and writes what was answered.
func TestTerminal(t *testing.T) {
	dir := t.TempDir()
	copyFixture(t, dir)
	answers := strings.Join([]string{"3", "2025-02-03", "150", "Jičín", "y", "letaky.pdf", "", ""}, "\n") + "\n"
	f, out, errOut := factory(true, answers)
	t.Setenv("RRP_DIR", dir)
	cmd := NewCmdNew(f, nil)
	cmd.SetArgs(nil)
	if err := cmd.Execute(); err != nil {
		t.Fatalf("%v\n%s", err, errOut)
	}
	path := filepath.Join(dir, "records", "2025", "KA04", "2025-02-03-letak.yaml")
	if out.String() != "wrote "+path+"\n" {
		t.Errorf("stdout %q", out)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{"output: 4.1/letak\n", "quantity: 150\n", "place: Jičín\n", "evidence: [letaky.pdf]\n"} {
		if !strings.Contains(string(data), line) {
			t.Errorf("no %q in\n%s", line, data)
		}
	}
	if !strings.Contains(errOut.String(), "     3  4.1/letak ") {
		t.Errorf("the outputs were not listed:\n%s", errOut)
	}
}

func copyFixture(t *testing.T, dir string) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(dir, "plans"), os.DirFS(filepath.Join("..", "testdata", "project", "plans"))); err != nil {
		t.Fatal(err)
	}
}
