// Package check validates a loaded project: the plan's consistency and every
// record against the plan. It adds findings to a list and never prints.
package check

import (
	"math"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/source"
)

// Options are what the checks need from outside the project's files.
type Options struct {
	// Today is the date records may not be later than without a warning.
	Today date.Date
}

// All runs every check on the plan and the records but the over-target
// warnings, which depend on an as-of date (see OverTarget).
func All(p *plan.Project, ix *plan.Index, entries []entry.Entry, opts Options, fs *finding.List) {
	Plan(p, ix, fs)
	PlanTexts(p, fs)
	Records(p, ix, entries, opts, fs)
}

// firstSeen reports an id that was already used, pointing at its first use.
type firstSeen map[string]source.Pos

// dup reports v when it was seen before, in format with the id and then
// the scope it must be unique in ("output id %q is used twice in activity
// %s").
func (s firstSeen) dup(fs *finding.List, v source.Value[string], format string, scope ...any) {
	if !v.IsSet() {
		return
	}
	if first, ok := s[v.Val]; ok {
		f := finding.New(finding.Error, v.Pos, finding.CodeDuplicateID, "", format, append([]any{v.Val}, scope...)...).
			WithHint("give it another id; the first one is at %s", first.String())
		fs.Add(f.Relate(first))
		return
	}
	s[v.Val] = v.Pos
}

// errorAt adds an error whose hint and message were made by a helper's
// caller, each said in the reader's language.
func errorAt(fs *finding.List, pos source.Pos, code finding.Code, hint, msg i18n.Text) {
	fs.Add(finding.New(finding.Error, pos, code, "", msg.Format, msg.Args...).WithHintText(hint))
}

func isWhole(v float64) bool { return v == math.Trunc(v) }
