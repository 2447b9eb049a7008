package report

import (
	"strings"

	"rrp/internal/date"
	"rrp/internal/finding"
	"rrp/internal/fulfil"
	"rrp/internal/plan"
	"rrp/internal/record"
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

// FindingsOf keeps the findings that concern one key activity: those in
// its plan file, in files holding its records, and in the project file,
// which concerns everyone. Findings in files no key activity can be told
// from are left to the whole-project report.
func FindingsOf(fs []finding.Finding, p *plan.Project, recs []record.Record, ka string) []finding.Finding {
	files := map[string]bool{p.File: true}
	for _, k := range p.KeyActivities {
		if k.ID.Val == ka {
			files[k.File] = true
		}
	}
	ix := plan.NewIndex(p)
	for i := range recs {
		if t, ok := ix.Resolve(recs[i].Output.Val); ok && t.Output.Activity.KA.ID.Val == ka {
			files[recs[i].Pos.File] = true
		}
	}
	var out []finding.Finding
	for _, f := range fs {
		if files[f.Pos.File] {
			out = append(out, f)
		}
	}
	return out
}
