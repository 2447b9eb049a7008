package newrecord

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
)

// ask interviews the person at the terminal until the record has no
// errors, then writes it when they confirm. A record with errors is
// mended by asking again for the values the errors are about, the other
// answers kept; an error the interview cannot place starts it over, with
// the answers as defaults. The questions go to the error stream, so that
// the output stays the path written.
func ask(opts *Options, snap *project.Snapshot, t plan.Target) error {
	p := prompt.New(opts.IO.In, opts.IO.ErrOut, opts.P)
	iv := &interview{p: p, pr: opts.P, project: snap.Project, index: snap.Index}
	chosen := t.Output != nil
	var again map[string]bool // the keys to ask for again; nil: all
	for {
		var err error
		if !chosen {
			if t, err = iv.target(t); err != nil {
				return unanswered(err)
			}
		}
		if err := iv.values(t, &opts.Values, again); err != nil {
			return unanswered(err)
		}
		d, err := prepare(opts, snap, t)
		if err != nil {
			return err
		}
		if len(d.own) > 0 {
			if err := d.report(opts.IO.ErrOut, opts.P); err != nil {
				return err
			}
		}
		if d.errs > 0 {
			correct, err := p.Confirm(i18n.T("Correct the values?"), true)
			if err != nil {
				return unanswered(err)
			}
			if !correct {
				return d.refused()
			}
			again = d.errorKeys()
			chosen = iv.asks(again)
			if !chosen {
				again = nil
			}
			continue
		}
		write, err := p.Confirm(i18n.T("Write %s?", d.rel), true)
		if err != nil {
			return unanswered(err)
		}
		if !write {
			p.Say(i18n.T("nothing written"))
			return nil
		}
		_, err = save(opts, snap, t, d)
		return err
	}
}

// unanswered is the error of an interview cut short: nothing is written.
func unanswered(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, prompt.ErrEnded) {
		return &cmdutil.FailureError{Err: i18n.Errorf("the answers ended before the record was complete: nothing written"),
			Hint: "answer every question, or give the values as flags (rrp new --help)"}
	}
	return &cmdutil.FailureError{Err: err, Hint: "nothing was written"}
}
