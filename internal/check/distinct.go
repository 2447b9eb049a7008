package check

import (
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
)

// distinct checks the keys that count persons once: distinct only on an
// output of persons, min_hours only with distinct, and no per_unit with
// them (a person is one, not a number of records).
func distinct(o *plan.Output, fs *finding.List) {
	d := o.Distinct
	if d.Val && o.Unit.IsSet() && o.Unit.Val != plan.UnitPerson {
		fs.Errorf(d.Pos, finding.CodeDistinct, "distinct counts persons: use it with unit: person, or leave it out",
			"output %s: distinct needs unit: person, not %s", o.ID.Val, o.Unit.Val)
	}
	if d.Val && o.PerUnit.IsSet() {
		fs.Errorf(o.PerUnit.Pos, finding.CodeDistinct, "leave per_unit out: with distinct each person counts once",
			"output %s: per_unit cannot be combined with distinct", o.ID.Val)
	}
	m := o.MinHours
	switch {
	case !m.IsSet():
	case !d.Val:
		fs.Errorf(m.Pos, finding.CodeDistinct, "add distinct: true (each person counts once they have min_hours), or leave min_hours out",
			"output %s: min_hours needs distinct: true", o.ID.Val)
	case m.Val <= 0:
		fs.Errorf(m.Pos, finding.CodeDistinct, "min_hours is the hours a person needs to count, e.g. 40",
			"output %s: min_hours must be positive, not %g", o.ID.Val, m.Val)
	}
}
