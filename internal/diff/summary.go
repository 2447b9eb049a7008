package diff

import (
	"fmt"
	"strings"
)

// Line is the summary in one line, for the top of a pull-request comment:
// "+3 records, −0; 2 outputs changed".
func (s Summary) Line() string {
	recs := fmt.Sprintf("+%d %s, −%d", s.RecordsAdded, noun(s.RecordsAdded, "record"), s.RecordsRemoved)
	if s.RecordsChanged > 0 {
		recs += fmt.Sprintf(", %d changed", s.RecordsChanged)
	}
	if s.RecordsMoved > 0 {
		recs += fmt.Sprintf(", %d moved", s.RecordsMoved)
	}
	parts := []string{recs, "no change to fulfilment"}
	if s.OutputsChanged > 0 {
		parts[1] = fmt.Sprintf("%d %s changed", s.OutputsChanged, noun(s.OutputsChanged, "output"))
	}
	if s.PlanChanges > 0 {
		parts = append(parts, fmt.Sprintf("%d plan %s", s.PlanChanges, noun(s.PlanChanges, "change")))
	}
	if s.Errors > 0 {
		// Said, not hidden: the figures after the change count only
		// what rrp could read.
		parts = append(parts, fmt.Sprintf("%d validation %s after the change (run rrp validate)", s.Errors, noun(s.Errors, "error")))
	}
	return strings.Join(parts, "; ")
}

func noun(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
