package newrecord

import (
	"strings"

	"github.com/spf13/pflag"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/load"
)

// bindings say where the value of each record key given on the command
// line goes; the flag's name is the key and its help the key's usage, both
// from the loader's record table. The output is the command's argument,
// not a flag. Numbers and dates are kept as typed and read by
// flagValues the way the prompts and rrp import read them (1,5;
// 31. 12. 2025); lists are split by the one rule of lists.
func (opts *Options) bindings() map[string]func(fl *pflag.FlagSet, name, usage string) {
	text := func(p *string) func(fl *pflag.FlagSet, name, usage string) {
		return func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(p, name, "", usage) }
	}
	typed := func(p *string, kind string) func(fl *pflag.FlagSet, name, usage string) {
		return func(fl *pflag.FlagSet, name, usage string) { fl.Var(&rawFlag{p: p, kind: kind}, name, usage) }
	}
	list := func(p *[]string) func(fl *pflag.FlagSet, name, usage string) {
		return func(fl *pflag.FlagSet, name, usage string) { fl.Var(&listFlag{p: p}, name, usage) }
	}
	return map[string]func(fl *pflag.FlagSet, name, usage string){
		"date":         text(&opts.Date),
		"quantity":     typed(&opts.raw.quantity, "float64"),
		"hours":        typed(&opts.raw.hours, "float64"),
		"participants": typed(&opts.raw.participants, "int"),
		"place":        text(&opts.Place),
		"territory":    text(&opts.Territory),
		"evidence":     list(&opts.Evidence),
		"status":       text(&opts.Status),
		"id":           text(&opts.ID),
		"note":         text(&opts.Note),
		"date_to":      text(&opts.raw.dateTo),
		"persons":      list(&opts.Persons),
	}
}

// addValueFlags declares the flag of every record key that has one, in
// the record table's order, and remembers their names. The usage is said
// in the user's language by t.
func (opts *Options) addValueFlags(fl *pflag.FlagSet, t func(string) string) {
	binds := opts.bindings()
	for _, f := range load.Fields("record") {
		bind, ok := binds[f.Key]
		if !ok {
			continue
		}
		usage := f.Usage
		if usage == "" {
			usage = f.Description
		}
		bind(fl, f.Key, t(usage))
		opts.valueFlags = append(opts.valueFlags, f.Key)
	}
}

// anyValueSet reports whether a value is given on the command line: then
// rrp new does what it is told without asking.
func (opts *Options) anyValueSet() bool {
	for _, name := range opts.valueFlags {
		if opts.set(name) {
			return true
		}
	}
	return false
}

// rawFlag keeps a number as it was typed, for czech.ParseNumber; kind is
// the type its help names (float, int), as for pflag's own number flags.
type rawFlag struct {
	p    *string
	kind string
}

func (f *rawFlag) Set(s string) error { *f.p = s; return nil }
func (f *rawFlag) String() string     { return *f.p }
func (f *rawFlag) Type() string       { return f.kind }

// listFlag gathers a list given as one value, several times, or both
// (--evidence a.pdf,b.pdf --evidence c.pdf), split as every list is.
type listFlag struct{ p *[]string }

func (f *listFlag) Set(s string) error {
	*f.p = append(*f.p, czech.SplitList(s)...)
	return nil
}

// String is "" for none, which help takes for no default.
func (f *listFlag) String() string {
	if len(*f.p) == 0 {
		return ""
	}
	return "[" + strings.Join(*f.p, ",") + "]"
}

// Type names the flag in help as pflag's lists are named ("strings").
func (f *listFlag) Type() string { return "stringSlice" }
