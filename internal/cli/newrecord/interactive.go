package newrecord

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
)

// ask interviews the person at the terminal until the record has no
// errors, then writes it when they confirm. The questions go to the
// error stream, so that the output stays the path written.
func ask(opts *Options, snap *project.Snapshot, t plan.Target) error {
	p := prompt.New(opts.IO.In, opts.IO.ErrOut)
	iv := &interview{p: p, project: snap.Project, index: snap.Index}
	chosen := t.Output != nil
	for {
		var err error
		if !chosen {
			if t, err = iv.target(t); err != nil {
				return unanswered(err)
			}
		}
		if err := iv.values(t, &opts.Values); err != nil {
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
			again, err := p.Confirm("Correct the values?", true)
			if err != nil {
				return unanswered(err)
			}
			if !again {
				return d.refused()
			}
			chosen = false
			continue
		}
		write, err := p.Confirm("Write "+d.rel+"?", true)
		if err != nil {
			return unanswered(err)
		}
		if !write {
			p.Sayf("nothing written")
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
		return &cmdutil.FailureError{Err: errors.New("the answers ended before the record was complete: nothing written"),
			Hint: "answer every question, or give the values as flags (rrp new --help)"}
	}
	return &cmdutil.FailureError{Err: err, Hint: "nothing was written"}
}
