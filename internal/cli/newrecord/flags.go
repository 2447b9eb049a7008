package newrecord

import (
	"github.com/spf13/pflag"

	"github.com/kraj-hk/rrp/internal/load"
)

// bindings say where the value of each record key given on the command
// line goes; the flag's name is the key and its help the key's usage, both
// from the loader's record table. The output is the command's argument,
// not a flag.
func (opts *Options) bindings() map[string]func(fl *pflag.FlagSet, name, usage string) {
	return map[string]func(fl *pflag.FlagSet, name, usage string){
		"date":         func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.Date, name, "", usage) },
		"quantity":     func(fl *pflag.FlagSet, name, usage string) { fl.Float64Var(&opts.quantity, name, 0, usage) },
		"hours":        func(fl *pflag.FlagSet, name, usage string) { fl.Float64Var(&opts.hours, name, 0, usage) },
		"participants": func(fl *pflag.FlagSet, name, usage string) { fl.IntVar(&opts.participants, name, 0, usage) },
		"place":        func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.Place, name, "", usage) },
		"territory":    func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.Territory, name, "", usage) },
		"evidence":     func(fl *pflag.FlagSet, name, usage string) { fl.StringSliceVar(&opts.Evidence, name, nil, usage) },
		"status":       func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.Status, name, "", usage) },
		"id":           func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.ID, name, "", usage) },
		"note":         func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.Note, name, "", usage) },
		"date_to":      func(fl *pflag.FlagSet, name, usage string) { fl.StringVar(&opts.dateTo, name, "", usage) },
		"persons":      func(fl *pflag.FlagSet, name, usage string) { fl.StringSliceVar(&opts.Persons, name, nil, usage) },
	}
}

// addValueFlags declares the flag of every record key that has one, in
// the record table's order, and remembers their names.
func (opts *Options) addValueFlags(fl *pflag.FlagSet) {
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
		bind(fl, f.Key, usage)
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
