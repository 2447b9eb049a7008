package report

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
)

// FileName is the default name of a workbook: the project id, the period
// (its id, or its dates) and, for one key activity's part, its id:
// rrp-iv-ZoR3.xlsx, rrp-iv-ZoR3-KA4.xlsx.
func FileName(projectID string, period *fulfil.Period, asOf date.Date, ka string) string {
	parts := []string{safeName(projectID)}
	switch {
	case period == nil:
		parts = append(parts, asOf.String())
	case period.ID != "":
		parts = append(parts, safeName(period.ID))
	default:
		parts = append(parts, period.From.String()+"_"+period.To.String())
	}
	if ka != "" {
		parts = append(parts, safeName(ka))
	}
	return strings.Join(parts, "-") + ".xlsx"
}

// safeName keeps letters, digits, dots and dashes: a name that is a valid
// file name on every system.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}
