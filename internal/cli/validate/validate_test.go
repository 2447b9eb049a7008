package validate

import (
	"bytes"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/project"
)

// TestNewCmdValidate drives the parsing half: flags and environment fill
// the options; run is replaced.
func TestNewCmdValidate(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		wantFormat string
		wantStrict bool
		wantErr    bool
	}{
		{name: "defaults", wantFormat: "text"},
		{name: "flags", args: []string{"--format", "json", "--strict"}, wantFormat: "json", wantStrict: true},
		{name: "environment", env: map[string]string{"RRP_VALIDATE_FORMAT": "github", "RRP_VALIDATE_STRICT": "true"}, wantFormat: "github", wantStrict: true},
		{name: "flag over environment", args: []string{"--format=text"}, env: map[string]string{"RRP_VALIDATE_FORMAT": "github"}, wantFormat: "text"},
		{name: "strict as strconv writes it", env: map[string]string{"RRP_VALIDATE_STRICT": "1"}, wantFormat: "text", wantStrict: true},
		{name: "strict flag over environment", args: []string{"--strict=false"}, env: map[string]string{"RRP_VALIDATE_STRICT": "true"}, wantFormat: "text"},
		{name: "strict not a boolean", env: map[string]string{"RRP_VALIDATE_STRICT": "on"}, wantErr: true},
		{name: "no arguments", args: []string{"extra"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			f := &cmdutil.Factory{
				IO:       &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}},
				Settings: cmdutil.NewSettings(),
				Now:      time.Now,
			}
			var got *Options
			cmd := NewCmdValidate(f, func(o *Options) error { got = o; return nil })
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
			if got.Format != tt.wantFormat || got.Strict != tt.wantStrict {
				t.Errorf("format %q strict %v, want %q %v", got.Format, got.Strict, tt.wantFormat, tt.wantStrict)
			}
		})
	}
}

// TestRunUnknownFormat drives the working half directly.
func TestRunUnknownFormat(t *testing.T) {
	opts := &Options{
		IO:     &cmdutil.IOStreams{Out: &bytes.Buffer{}, ErrOut: &bytes.Buffer{}},
		Format: "xml",
		Snapshot: func() (*project.Snapshot, error) {
			t.Fatal("the project is opened before the format is known")
			return nil, nil
		},
	}
	code, msg, _ := cmdutil.ExitCode(run(opts), nil)
	if code != cmdutil.ExitUsage || msg == "" {
		t.Errorf("unknown format: exit %d %q, want %d", code, msg, cmdutil.ExitUsage)
	}
}
