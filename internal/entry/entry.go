// Package entry resolves a project's records against its plan, once: for
// every record, the output (or part) it counts for, its key activity, its
// effective territory and the amount it adds. It holds the two rules every
// figure of rrp rests on — which territory a record belongs to (Territory)
// and when a record counts (Counts) — so that validate, status, report and
// diff cannot count differently.
package entry

import (
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// Entry is one record as the plan sees it.
type Entry struct {
	Rec *record.Record
	// Target is what the record's output reference names; its Output is
	// nil when the plan has no such output (validate reports it).
	Target plan.Target
	// Territory is the record's effective territory (see Territory).
	Territory string
	// Amount is what the record adds to its output in the output's unit,
	// before per_unit: 0 for a cancelled record or an unknown output.
	Amount float64
}

// Resolve makes an entry of every record, in the records' order.
func Resolve(ix *plan.Index, recs []record.Record) []Entry {
	out := make([]Entry, len(recs))
	for i := range recs {
		out[i] = Of(ix, &recs[i])
	}
	return out
}

// Of resolves one record.
func Of(ix *plan.Index, r *record.Record) Entry {
	e := Entry{Rec: r}
	t, ok := ix.Resolve(r.Output.Val)
	if !ok || !r.Output.IsSet() {
		e.Territory = r.Territory.Val
		return e
	}
	e.Target = t
	e.Territory = Territory(r, KeyActivityOf(t.Output))
	e.Amount = record.Within(r.Amount(t.Output.Unit.Val), record.Ceiling(t.Output.Unit.Val))
	return e
}

// Territory is the rule of a record's territory: the one it names, else
// its key activity's ("" when it has neither).
func Territory(r *record.Record, ka *plan.KeyActivity) string {
	if r.Territory.IsSet() || ka == nil {
		return r.Territory.Val
	}
	return ka.Territory.Val
}

// KeyActivityOf is the key activity an output belongs to, nil for an
// output detached from the plan tree.
func KeyActivityOf(o *plan.Output) *plan.KeyActivity {
	if o == nil || o.Activity == nil {
		return nil
	}
	return o.Activity.KA
}

// Resolved reports whether the record names an output of the plan.
func (e *Entry) Resolved() bool { return e.Target.Output != nil }

// KA is the key activity the record counts for, nil when unresolved.
func (e *Entry) KA() *plan.KeyActivity { return KeyActivityOf(e.Target.Output) }

// InKA reports whether the record counts for the key activity ka; every
// resolved record is in "" (the whole project).
func (e *Entry) InKA(ka string) bool {
	if !e.Resolved() {
		return false
	}
	if ka == "" {
		return true
	}
	k := e.KA()
	return k != nil && k.ID.Val == ka
}

// Dated reports whether the record has a date that could be read.
func (e *Entry) Dated() bool { return e.Rec.Date.IsSet() }

// Date is the record's date (0 when it has none).
func (e *Entry) Date() date.Date { return e.Rec.Date.Val }

// Held reports whether the event took place (held is the default).
func (e *Entry) Held() bool { return e.Rec.IsHeld() }

// Counts is the rule of counting: a record counts when it is held, names
// an output of the plan, belongs to the key activity ka ("" for any) and
// is dated on or before asOf.
func (e *Entry) Counts(asOf date.Date, ka string) bool {
	return e.Held() && e.InKA(ka) && e.Dated() && e.Date() <= asOf
}

// Later reports whether the record would count for ka but for its date,
// which is after asOf, whatever its status: the records a report as of
// asOf leaves for later.
func (e *Entry) Later(asOf date.Date, ka string) bool {
	return e.InKA(ka) && e.Dated() && e.Date() > asOf
}

// Unplaced reports whether the record, dated by asOf or not dated at all,
// cannot be counted anywhere: it names no output of the plan or has no
// date. Figures leave it out and say how many they left.
func (e *Entry) Unplaced(asOf date.Date) bool {
	if e.Dated() && e.Date() > asOf {
		return false
	}
	return !e.Resolved() || !e.Dated()
}
