package diff

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Line is the summary in one line, for the top of a pull-request comment,
// in p's language: "+3 records, −0; 2 outputs changed".
func (s Summary) Line(p *i18n.Printer) string {
	recs := p.Sprintf("+%d records, −%d", s.RecordsAdded, s.RecordsRemoved)
	if s.RecordsChanged > 0 {
		recs += p.Sprintf(", %d changed", s.RecordsChanged)
	}
	if s.RecordsMoved > 0 {
		recs += p.Sprintf(", %d moved", s.RecordsMoved)
	}
	parts := []string{recs, p.T("no change to fulfilment")}
	if s.OutputsChanged > 0 {
		parts[1] = p.Sprintf("%d outputs changed", s.OutputsChanged)
	}
	if s.PlanChanges > 0 {
		parts = append(parts, p.Sprintf("%d plan changes", s.PlanChanges))
	}
	if s.Errors > 0 {
		// Said, not hidden: the figures after the change count only
		// what rrp could read.
		parts = append(parts, p.Sprintf("%d validation errors after the change (run rrp validate)", s.Errors))
	}
	return strings.Join(parts, "; ")
}
