package check

import (
	"regexp"

	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// A person code may be a name typed by mistake: the findings name a code
// by its place in the record and its position, never by its value.

// personCode is the pattern the records' codes are checked against and
// the pattern as the project gives it, for the hint.
type personCode struct {
	re      *regexp.Regexp // nil: person_code cannot be used (it has its finding)
	written string
}

func usablePersonCode(p *plan.Project) personCode {
	written := p.PersonCode.Or(plan.DefaultPersonCode)
	if written == "" {
		return personCode{}
	}
	re, err := PersonCode(p)
	if err != nil {
		return personCode{}
	}
	return personCode{re, written}
}

// persons checks a record's person codes against the project's pattern
// and for a code written twice.
func persons(r *record.Record, code personCode, fs *finding.List) {
	seen := map[string]int{}
	for i, c := range r.Persons {
		n := i + 1
		if code.re != nil && !code.re.MatchString(c.Val) {
			fs.Add(finding.New(finding.Error, c.Pos, finding.CodePersonCode, "",
				"person code %d does not match the project's pattern", n).
				WithHint("write the person's pseudonymous code (e.g. K-017; the project's person_code is %s), never a name: names stay in the attendance sheet", code.written))
		}
		if first, twice := seen[c.Val]; twice {
			fs.Warnf(c.Pos, finding.CodePersonTwice, "write each person once in a record",
				"person code %d is the same as person code %d", n, first)
			continue
		}
		seen[c.Val] = n
	}
}

// personsCounted checks that a record names persons where its output
// counts them, and only there: codes an output does not count are most
// likely a record filed under the wrong output, and personal data kept
// for nothing.
func personsCounted(e *entry.Entry, fs *finding.List) {
	o, r := e.Target.Output, e.Rec
	switch {
	case o.Distinct.Val && len(r.Persons) == 0 && surelyHeld(r) && !r.IsUnread("persons"):
		fs.Errorf(r.Output.Pos, finding.CodePersonsMissing, "add persons: [K-017, …] with the codes of the people supported; the output counts each person once",
			"output %s counts persons, but the record names none", r.Output.Val)
	case !o.Distinct.Val && len(r.Persons) > 0:
		fs.Warnf(r.Persons[0].Pos, finding.CodePersonsNotCounted, "file the record under the output that counts persons (distinct: true), or leave persons out",
			"output %s does not count persons: the record's person codes count for nothing", r.Output.Val)
	}
}

// surelyHeld reports whether the record is held and its status was read:
// an unread status has its finding, and whether the event took place is
// not known.
func surelyHeld(r *record.Record) bool { return r.IsHeld() && !r.IsUnread("status") }
