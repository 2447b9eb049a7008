package plan

import (
	"fmt"

	"github.com/kraj-hk/rrp/internal/date"
)

// PeriodMonths is the length of the default monitoring period: implementation
// reports (zprávy o realizaci) are usually due every six months.
const PeriodMonths = 6

// CutPeriods returns consecutive six-month periods ZoR1, ZoR2, … covering
// start..end; the last one ends at end. It returns nil when end is before
// start.
func CutPeriods(start, end date.Date) []Period {
	var out []Period
	for from, n := start, 1; from <= end; n++ {
		to := min(from.AddMonths(PeriodMonths).AddDays(-1), end)
		out = append(out, Period{
			ID:   Str{Val: fmt.Sprintf("ZoR%d", n)},
			From: Day{Val: from},
			To:   Day{Val: to},
		})
		from = to.AddDays(1)
	}
	return out
}
