// Package diff tells what a change to a project's data does to the
// fulfilment of its outputs: which records a change adds, removes or
// edits, which outputs' achieved values, percentages and statuses move,
// and what it changes in the plan. It compares two loaded sides (see
// Side) with the same as-of date and thresholds, so that every difference
// it reports comes from the data alone. It prints nothing; the rrp diff
// command (internal/cli/diffcmd) renders a Result.
package diff

import (
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
)

// Result is the difference between two sides.
type Result struct {
	Base, Head gitrev.Rev
	AsOf       date.Date
	Records    RecordChanges
	Outputs    []OutputChange
	Plan       []PlanChange
	// Errors and Warnings are the validation findings of the head side:
	// a change that breaks validation is still diffed, but says so.
	Errors, Warnings int
}

// Compare computes the fulfilment of both sides as of opts.AsOf and
// their differences. opts.Period and opts.KA are ignored: a change is
// judged on the whole project, cumulatively.
func Compare(base, head *Side, opts fulfil.Options) *Result {
	opts.Period, opts.KA = nil, ""
	before, after := base.fulfil(opts), head.fulfil(opts)
	errs, warns := head.counts()
	return &Result{
		Base:     base.Rev,
		Head:     head.Rev,
		AsOf:     opts.AsOf,
		Records:  MatchRecords(base.Recs(), head.Recs()),
		Outputs:  compareOutputs(before.Outputs, after.Outputs),
		Plan:     comparePlan(before.Outputs, after.Outputs),
		Errors:   errs,
		Warnings: warns,
	}
}

// Summary counts the changes.
type Summary struct {
	RecordsAdded   int `json:"records_added"`
	RecordsRemoved int `json:"records_removed"`
	RecordsChanged int `json:"records_changed"`
	RecordsMoved   int `json:"records_moved"`
	// OutputsChanged counts outputs (not their parts) whose fulfilment
	// changed.
	OutputsChanged int `json:"outputs_changed"`
	PlanChanges    int `json:"plan_changes"`
	Errors         int `json:"errors"`
	Warnings       int `json:"warnings"`
}

// Summary counts the result's changes.
func (r *Result) Summary() Summary {
	s := Summary{
		RecordsAdded:   len(r.Records.Added),
		RecordsRemoved: len(r.Records.Removed),
		RecordsChanged: len(r.Records.Changed),
		RecordsMoved:   r.Records.Moved,
		PlanChanges:    len(r.Plan),
		Errors:         r.Errors,
		Warnings:       r.Warnings,
	}
	for _, o := range r.Outputs {
		if o.IsWhole() {
			s.OutputsChanged++
		}
	}
	return s
}
