// Package newrecord is the `rrp new` command: a new record file, from the
// template of its output's unit, at the conventional path.
package newrecord

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/check"
	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// Options are the parsed command line of rrp new.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P     *i18n.Printer
	Dir   string
	Ref   string
	Date  string
	Today func() (date.Date, error)
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
	// Interactive asks for each value on the terminal.
	Interactive bool
	recordfile.Values
	quantity, hours float64
	dateTo          string
	participants    int
	// valueFlags are the names of the flags that give a record's values.
	valueFlags []string
	set        func(name string) bool
}

// NewCmdNew builds the command; runF replaces the work in tests.
func NewCmdNew(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Today: f.Today, Snapshot: f.Snapshot}
	cmd := &cobra.Command{
		Use:   "new [OUTPUT]",
		Short: "Write a new record file from the template of its output's unit",
		Long: `Write a new record for the output (activity/output or
activity/output/part, as in the plan) at records/<year>/<KA>/<date>-<output>.yaml,
from the template of the output's unit (templates/records/), with its Czech
comments. Values not given are left out; add them in an editor.

In a terminal, rrp new without values asks for each of them: the key
activity and output from numbered lists, the date (today by default), the
amounts the output's unit counts, place, territory, evidence and note. An
empty answer takes the value in brackets; "-" clears it. --interactive asks
also when values are given (they become the defaults) or when the answers
come from a file; --interactive=false never asks.

An existing file is never overwritten: the next record of the same output on
the same day gets -2, -3, … The record is checked as rrp validate would: with
errors nothing is written; warnings (e.g. no evidence yet) are printed.`,
		Example: `  rrp new
  rrp new 4.3/supervizni-setkani --date 2025-03-12 --participants 12 --evidence evidence/KA04/2025-03-12.pdf
  rrp new 6.1/metodicka-podpora --hours 1.5`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return cmdutil.Usagef("name one output, e.g. rrp new 4.3/supervizni-setkani", "rrp new takes one output, got %d arguments", len(args))
			}
			return nil
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			snap, err := f.Snapshot()
			if err != nil || len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return refs(snap.Project), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
			if len(args) == 1 {
				opts.Ref = args[0]
			}
			opts.set = func(name string) bool { return cmd.Flags().Changed(name) }
			if !opts.set("interactive") {
				opts.Interactive = f.IsTerminal != nil && f.IsTerminal() && !opts.anyValueSet()
			}
			if !opts.Interactive && opts.Ref == "" {
				return cmdutil.Usagef("name the output, e.g. rrp new 4.3/supervizni-setkani (rrp status lists them), or run rrp new in a terminal to be asked",
					"rrp new needs an output")
			}
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	fl := cmd.Flags()
	opts.addValueFlags(fl)
	fl.BoolVarP(&opts.Interactive, "interactive", "i", false, "ask for each value (default: in a terminal when no value is given)")
	return cmd
}

func refs(p *plan.Project) []string {
	var out []string
	for _, t := range p.Targets() {
		out = append(out, t.Ref())
	}
	return out
}

func run(opts *Options) error {
	snap, err := opts.Snapshot()
	if err != nil {
		return err
	}
	var target plan.Target
	if opts.Ref != "" {
		if target, err = resolve(snap, opts.Ref); err != nil {
			return err
		}
	}
	if err := opts.flagValues(); err != nil {
		return err
	}
	if err := opts.checkPersons(snap.Project); err != nil {
		return err
	}
	if opts.Interactive {
		return ask(opts, snap, target)
	}
	if target.Output.Unit.Val == plan.UnitHour && opts.Hours == nil {
		return cmdutil.Usagef("pass --hours, e.g. --hours 1.5", "output %s is counted in hours", opts.Ref)
	}
	return write(opts, snap, target)
}

// resolve finds the output a reference names, or says which one was meant.
func resolve(snap *project.Snapshot, ref string) (plan.Target, error) {
	ix := snap.Index
	target, ok := ix.Resolve(ref)
	if ok {
		return target, nil
	}
	return target, cmdutil.Usagef(check.OutputHint(ix, ref).String(), "output %q is not in the plan", ref)
}

// flagValues sets the record's values from the flags.
func (opts *Options) flagValues() error {
	d, err := opts.Today()
	if err != nil {
		return err
	}
	if opts.Date != "" {
		if d, err = cmdutil.DateFlag("date", opts.Date); err != nil {
			return err
		}
	}
	opts.Values.Date, opts.Values.Output = d, opts.Ref
	if opts.dateTo != "" {
		if opts.DateTo, err = cmdutil.DateFlag("date_to", opts.dateTo); err != nil {
			return err
		}
	}
	if opts.set("quantity") {
		opts.Quantity = &opts.quantity
	}
	if opts.set("hours") {
		opts.Hours = &opts.hours
	}
	if opts.set("participants") {
		opts.Participants = &opts.participants
	}
	return nil
}

// checkPersons tidies the codes of --persons and refuses one that is not
// a person code before anything is asked or written, naming it by its
// place only: it may be a name typed by mistake.
func (opts *Options) checkPersons(p *plan.Project) error {
	if len(opts.Persons) == 0 {
		return nil
	}
	opts.Persons = czech.SplitCodes(strings.Join(opts.Persons, ","))
	pattern, err := personCode(p)
	if err != nil {
		return err
	}
	if err := checkCodes(opts.Persons, pattern); err != nil {
		return cmdutil.Usagef("write pseudonymous codes such as --persons K-017,K-023, never names; plans/project.yaml's person_code sets their form",
			"--persons: %v", err)
	}
	return nil
}

// outputSlug names the file after the output (and part).
func outputSlug(t plan.Target) string {
	if t.Part != nil {
		return t.Output.ID.Val + "-" + t.Part.ID.Val
	}
	return t.Output.ID.Val
}

// kaOf is the id of the target's key activity, "" for no target.
func kaOf(t plan.Target) string {
	if t.Output != nil && t.Output.Activity != nil && t.Output.Activity.KA != nil {
		return t.Output.Activity.KA.ID.Val
	}
	return ""
}
