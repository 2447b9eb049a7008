package report

import (
	"bytes"
	"testing"
	"time"

	"rrp/internal/cli/cmdutil"
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
		{"all flags", []string{"--period", "ZoR2", "--ka", "KA4", "-o", "x.xlsx", "--split", "ka", "--force", "--as-of", "2025-12-31"},
			func(o *Options) bool {
				return o.Period == "ZoR2" && o.KA == "KA4" && o.Output == "x.xlsx" && o.Split == "ka" && o.Force && o.AsOf == "2025-12-31"
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
	code, msg, hint := cmdutil.ExitCode(run(&Options{Split: "obec"}))
	if code != cmdutil.ExitUsage || msg != `unknown split "obec"` || hint == "" {
		t.Errorf("exit %d %q %q", code, msg, hint)
	}
}
