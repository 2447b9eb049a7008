package newrecord

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
)

// TestValueFlagsAreRecordKeys: every key of a record but the output (the
// command's argument) is a flag of its name with the key's usage, and no
// flag gives a value that is not a record key.
func TestValueFlagsAreRecordKeys(t *testing.T) {
	opts := &Options{}
	fl := pflag.NewFlagSet("new", pflag.ContinueOnError)
	opts.addValueFlags(fl, func(s string) string { return s })
	for _, f := range load.Fields("record") {
		flag := fl.Lookup(f.Key)
		switch {
		case f.Key == "output":
			if flag != nil {
				t.Errorf("the output is the argument, yet a flag --output exists")
			}
		case flag == nil:
			t.Errorf("record key %q has no flag", f.Key)
		case f.Usage == "" || flag.Usage != f.Usage:
			t.Errorf("--%s: help %q, want the key's usage %q", f.Key, flag.Usage, f.Usage)
		}
	}
	for key := range opts.bindings() {
		if !slices.Contains(load.Keys("record"), key) {
			t.Errorf("flag --%s gives a value records do not have", key)
		}
	}
	if len(opts.valueFlags) != len(load.Keys("record"))-1 {
		t.Errorf("value flags %v", opts.valueFlags)
	}
}

// TestValueFlagsInCzech: the usage of every value flag, the loader's
// English, has a Czech text (the catalogue cannot see it in the source:
// it comes from the record table).
func TestValueFlagsInCzech(t *testing.T) {
	cs := i18n.New(i18n.Czech)
	opts := &Options{}
	fl := pflag.NewFlagSet("new", pflag.ContinueOnError)
	opts.addValueFlags(fl, cs.T)
	for _, name := range opts.valueFlags {
		f := load.Fields("record")[slices.IndexFunc(load.Fields("record"), func(f load.Field) bool { return f.Key == name })]
		if got := fl.Lookup(name).Usage; got == f.Usage {
			t.Errorf("--%s: no Czech for %q", name, f.Usage)
		}
	}
}

// TestCzechNumberFlags: the number and date flags take what the prompts
// and rrp import take, and say why they do not.
func TestCzechNumberFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string // "" for no error
	}{
		{[]string{"--hours", "1,5", "--quantity", "1 500", "--participants", "12", "--date", "31. 12. 2025", "--date_to", "2026-01-02"}, ""},
		{[]string{"--hours", "1.5"}, ""},
		{[]string{"--hours", "1,5h"}, `--hours: "1,5h" is not a number`},
		{[]string{"--participants", "2,5"}, "--participants: a whole number, please"},
		{[]string{"--date", "12/3/2025"}, `--date: "12/3/2025" is not a date`},
		{[]string{"--date_to", "31.2.2025"}, `--date_to: "31.2.2025" is not a day of the calendar`},
	} {
		opts := &Options{Today: func() (date.Date, error) { return date.New(2026, time.January, 15), nil }}
		fl := pflag.NewFlagSet("new", pflag.ContinueOnError)
		opts.addValueFlags(fl, func(s string) string { return s })
		if err := fl.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		opts.set = func(name string) bool { return fl.Changed(name) }
		err := opts.flagValues()
		if got := fmt.Sprint(err); (err == nil) != (tt.want == "") || err != nil && got != tt.want {
			t.Errorf("%q: error %v, want %q", tt.args, err, tt.want)
		}
		if err == nil && tt.args[1] == "1,5" && (*opts.Hours != 1.5 || *opts.Quantity != 1500 || *opts.Participants != 12 ||
			opts.Values.Date.String() != "2025-12-31" || opts.DateTo.String() != "2026-01-02") {
			t.Errorf("%q: read %+v", tt.args, opts.Values)
		}
	}
}
