// Package newrecord is the `rrp new` command: a new record file, from the
// template of its output's unit, at the conventional path.
package newrecord

import (
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
	// raw are the numbers and the last day as typed, read by flagValues.
	raw struct{ quantity, hours, participants, dateTo string }
	// valueFlags are the names of the flags that give a record's values.
	valueFlags []string
	set        func(name string) bool
}

// NewCmdNew builds the command; runF replaces the work in tests.
func NewCmdNew(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Today: f.Today, Snapshot: f.Snapshot}
	cmd := &cobra.Command{
		Use:   "new [OUTPUT]",
		Short: f.T("Write a new record file from the template of its output's unit"),
		Long: f.T(`Write a new record for the output (activity/output or
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
errors nothing is written; warnings (e.g. no evidence yet) are printed.`),
		Example: f.T(`  rrp new
  rrp new 4.3/supervizni-setkani --date 2025-03-12 --participants 12 --evidence evidence/KA04/2025-03-12.pdf
  rrp new 6.1/metodicka-podpora --hours 1.5`),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) > 1 {
				return cmdutil.Usagef("name one output, e.g. rrp new 4.3/supervizni-setkani", "rrp new takes one output, got %d arguments", len(args))
			}
			return nil
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
	opts.addValueFlags(fl, f.T)
	fl.BoolVarP(&opts.Interactive, "interactive", "i", false, f.T("ask for each value (default: in a terminal when no value is given)"))
	cmd.ValidArgsFunction = f.CompleteOutput
	_ = cmd.RegisterFlagCompletionFunc("territory", f.CompleteTerritory)
	return cmd
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
	hint := check.OutputHint(ix, ref)
	return target, &cmdutil.UsageError{Err: i18n.Errorf("output %q is not in the plan", ref), Hint: hint.Format, HintArgs: hint.Args}
}

// flagValues sets the record's values from the flags, numbers and dates
// read as the prompts and rrp import read them.
func (opts *Options) flagValues() error {
	d, err := opts.Today()
	if err != nil {
		return err
	}
	if opts.Date != "" {
		if d, err = czech.ParseDate(opts.Date, czech.NoSerials); err != nil {
			return cmdutil.Usagef(`write the date as 2025-03-12 or 12. 3. 2025, e.g. --date "12. 3. 2025"`, "--date: %v", err)
		}
	}
	opts.Values.Date, opts.Values.Output = d, opts.Ref
	if opts.raw.dateTo != "" {
		if opts.DateTo, err = czech.ParseDate(opts.raw.dateTo, czech.NoSerials); err != nil {
			return cmdutil.Usagef(`write the date as 2025-03-14 or 14. 3. 2025, e.g. --date_to "14. 3. 2025"`, "--date_to: %v", err)
		}
	}
	if opts.set("quantity") {
		if opts.Quantity, err = numberFlag(opts.raw.quantity); err != nil {
			return cmdutil.Usagef("write only the number, e.g. --quantity 3", "--quantity: %v", err)
		}
	}
	if opts.set("hours") {
		if opts.Hours, err = numberFlag(opts.raw.hours); err != nil {
			return cmdutil.Usagef("write only the number, e.g. --hours 1,5", "--hours: %v", err)
		}
	}
	if opts.set("participants") {
		if opts.Participants, err = countFlag(opts.raw.participants); err != nil {
			return cmdutil.Usagef("write the number of people, e.g. --participants 12", "--participants: %v", err)
		}
	}
	return nil
}

func numberFlag(s string) (*float64, error) {
	f, err := czech.ParseNumber(s)
	if err != nil {
		return nil, err
	}
	return &f, nil
}

func countFlag(s string) (*int, error) {
	f, err := czech.ParseNumber(s)
	if err == nil {
		err = whole(f)
	}
	if err != nil {
		return nil, err
	}
	n := int(f)
	return &n, nil
}

// checkPersons refuses a code of --persons that is not a person code before anything is asked or written, naming it by its
// place only: it may be a name typed by mistake.
func (opts *Options) checkPersons(p *plan.Project) error {
	if len(opts.Persons) == 0 {
		return nil
	}
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
