package check

import (
	"fmt"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// ceilings refuses a quantity or hours above what one record can hold
// (record.MaxQuantity, record.MaxHours): a slip such as a pasted serial
// number, which would otherwise swamp every figure. Such a value adds
// nothing to any sum (entry.Of).
func ceilings(r *record.Record, fs *finding.List) {
	above(r.Quantity, record.MaxQuantity, finding.CodeQuantity, "quantity",
		i18n.T("one record counts one event or one batch; split a larger batch into several records"), fs)
	above(r.Hours, record.MaxHours, finding.CodeHours, "hours",
		i18n.T("hours are one event's duration; check for a slip of the keyboard"), fs)
}

// participantCeilings refuses a participants total or group count above
// record.MaxParticipants.
func participantCeilings(p record.Participants, fs *finding.List) {
	above(p.Total, record.MaxParticipants, finding.CodeParticipants, "participants total",
		i18n.T("count the people present at this one event"), fs)
	for _, g := range p.ByGroup {
		if g.Count.IsSet() && g.Count.Val > record.MaxParticipants {
			above(g.Count, record.MaxParticipants, finding.CodeParticipants, i18n.T("participants of %s", g.Group.Val),
				i18n.T("count the people of the group present at this one event"), fs)
		}
	}
}

// above refuses v over ceiling; what names it, by its key or in words.
func above(v source.Value[float64], ceiling float64, code finding.Code, what any, hint i18n.Text, fs *finding.List) {
	if v.IsSet() && v.Val > ceiling {
		errorAt(fs, v.Pos, code, hint, i18n.T("%s: %g is more than one record can hold (at most %s)", what, v.Val, thousands(ceiling)))
	}
}

// thousands writes a whole number with spaces between thousands (100 000),
// as Czech users read it.
func thousands(v float64) string {
	s := fmt.Sprintf("%.0f", v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + " " + s[i:]
	}
	return s
}
