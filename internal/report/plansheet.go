package report

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/plan"
)

// planColumns are the Plán sheet's headers, the first named after the
// plan's top level.
func planColumns(h headings) []string {
	return []string{
		h.ka, "Úroveň", "Označení", "Název", "Odpovědnost", "Partneři", "Období", "Harmonogram",
		"Financování", "Cílové skupiny",
	}
}

// The Plán sheet's columns of long free text, which wrap (0-based), and
// their widths.
var planWrapped = []struct {
	col   int
	width float64
}{{3, wrapWidth}, {4, 25}, {5, 30}, {7, 25}, {8, 25}, {9, 30}}

// planSheet: the plan as the funding body approved it, one row per key
// activity and per activity at every level, with who does it, with whom,
// when and paid how, for the reader of the printed report.
func planSheet(f *excelize.File, st *styles, in *Input, h headings) error {
	g := &grid{f: f, sheet: sheetPlan, wraps: st.wraps()}
	columns := planColumns(h)
	if err := g.header(st.header, columns); err != nil {
		return err
	}
	ix := plan.NewIndex(in.Project)
	for _, ka := range in.Project.KeyActivities {
		if in.Result.KA != "" && ka.ID.Val != in.Result.KA {
			continue
		}
		if err := g.fitted(kaPlanRow(st, in.Project, ka)...); err != nil {
			return err
		}
		if err := activityRows(g, st, in.Project, ix, ka, ka.Activities, 1); err != nil {
			return err
		}
	}
	for _, w := range planWrapped {
		g.limit(w.col, w.width)
	}
	if err := g.setWidths(); err != nil {
		return err
	}
	if err := f.AutoFilter(sheetPlan, fmt.Sprintf("A1:%s", ref(len(columns), g.row)), nil); err != nil {
		return err
	}
	if err := freezeHeader(f, sheetPlan, 1); err != nil {
		return err
	}
	return printSetup(f, sheetPlan, 1)
}

// kaPlanRow heads a key activity's rows, in bold.
func kaPlanRow(st *styles, p *plan.Project, ka *plan.KeyActivity) []cell {
	return []cell{
		{ka.ID.Val, st.total}, {p.LevelName(0), st.total}, {ka.ID.Val, st.total}, {ka.Title.Val, st.totalWrap},
		{nil, st.total}, {nil, st.total}, {nil, st.total}, {nil, st.total}, {nil, st.total}, {nil, st.total},
	}
}

// activityRows writes the activities at depth, each followed by its own.
func activityRows(g *grid, st *styles, p *plan.Project, ix *plan.Index, ka *plan.KeyActivity, as []*plan.Activity, depth int) error {
	for _, a := range as {
		if err := g.fitted(activityPlanRow(st, p, ix, ka, a, depth)...); err != nil {
			return err
		}
		if err := activityRows(g, st, p, ix, ka, a.Activities, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func activityPlanRow(st *styles, p *plan.Project, ix *plan.Index, ka *plan.KeyActivity, a *plan.Activity, depth int) []cell {
	return []cell{
		{ka.ID.Val, st.text}, {p.LevelName(depth), st.text}, {a.ID.Val, st.text},
		{nested(a.Title.Val, depth), st.wrap}, optional(a.Responsible.Val, st.wrap), optional(joinTexts(a.Partners), st.wrap),
		optional(spanText(a.From, a.To), st.text), optional(a.When.Val, st.wrap), optional(a.Funding.Val, st.wrap),
		optional(groupNames(ix, a.TargetGroups), st.wrap),
	}
}

// optional is a text cell left empty, not holding "", when the plan says
// nothing.
func optional(text string, style int) cell {
	if text == "" {
		return cell{nil, style}
	}
	return cell{text, style}
}

// nested marks a title below the first level of activities as a child
// of the row above: "└ Informační systém", one step further in per level.
func nested(title string, depth int) string {
	if depth < 2 {
		return title
	}
	return strings.Repeat("   ", depth-2) + "└ " + title
}

// spanText is an activity's time span in Czech: "1. 9. 2016 – 31. 12.
// 2019", "od 1. 6. 2017", "do 31. 12. 2019"; "" when the plan gives none.
func spanText(from, to plan.Day) string {
	switch {
	case from.IsSet() && to.IsSet():
		return czDate(from.Val) + " – " + czDate(to.Val)
	case from.IsSet():
		return "od " + czDate(from.Val)
	case to.IsSet():
		return "do " + czDate(to.Val)
	}
	return ""
}

func joinTexts(texts []plan.Str) string {
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = t.Val
	}
	return strings.Join(out, ", ")
}

// groupNames are the target groups' names from the codelist (an id it
// lacks as written: validate reports it).
func groupNames(ix *plan.Index, ids []plan.Str) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.Val
		if c, ok := ix.TargetGroup(id.Val); ok && c.Name.Val != "" {
			out[i] = c.Name.Val
		}
	}
	return strings.Join(out, ", ")
}
