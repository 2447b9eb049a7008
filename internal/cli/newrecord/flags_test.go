package newrecord

import (
	"slices"
	"testing"

	"github.com/spf13/pflag"

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
