package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
)

// outputColumns are the Výstupy sheet's headers, the first two named
// after the plan's levels.
func outputColumns(h headings) []string {
	return []string{
		h.ka, h.activity, "Výstup", "Název", "Jednotka", "Cíl", "Za období",
		"Kumulativně", "Plnění", "Očekáváno k datu", "Stav", "Vykazováno",
	}
}

// Columns of the outputs' sheets that formats refer to (1-based).
const (
	outTitleCol   = 4
	outPercentCol = 9
	outStatusCol  = 11
)

// outputsSheet: the outputs listed for the funding body, one row per
// output, one per part and one per territory of a target split by
// territory, with status colours and a data bar on the percent.
func outputsSheet(f *excelize.File, st *styles, r *fulfil.Result, h headings) error {
	return outputList(f, st, r, h, sheetOutputs, true)
}

// internalSheet: the outputs with reported: false, tracked by the project
// for itself, in the same form; none, no sheet (sheetsOf).
func internalSheet(f *excelize.File, st *styles, r *fulfil.Result, h headings) error {
	if !hasInternal(r) {
		return nil
	}
	return outputList(f, st, r, h, sheetInternal, false)
}

// outputList writes the outputs whose reported flag is reported to sheet.
func outputList(f *excelize.File, st *styles, r *fulfil.Result, h headings, sheet string, reported bool) error {
	g := &grid{f: f, sheet: sheet, wraps: st.wraps()}
	columns := outputColumns(h)
	if err := g.header(st.header, columns); err != nil {
		return err
	}
	for _, o := range r.Outputs {
		if o.Reported != reported {
			continue
		}
		if err := outputRows(g, st, r, o); err != nil {
			return err
		}
	}
	g.limit(outTitleCol-1, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if g.row > 1 {
		if err := outputFormats(f, st, sheet, g.row, r); err != nil {
			return err
		}
	}
	if err := f.AutoFilter(sheet, fmt.Sprintf("A1:%s", ref(len(columns), g.row)), nil); err != nil {
		return err
	}
	if err := freezeHeader(f, sheet, 1); err != nil {
		return err
	}
	return printSetup(f, sheet, 1)
}

// outputRows writes an output's row, then its parts' and its territories'.
func outputRows(g *grid, st *styles, r *fulfil.Result, o fulfil.Output) error {
	if o.IsMilestone() {
		return g.fitted(milestoneRow(st, r, o)...)
	}
	if err := g.fitted(outputRow(st, r, o)...); err != nil {
		return err
	}
	for _, p := range o.Parts {
		if err := g.fitted(partRow(st, r, o, p)...); err != nil {
			return err
		}
	}
	for _, t := range o.Territories {
		if err := g.fitted(territoryRow(st, r, o, t)...); err != nil {
			return err
		}
	}
	return nil
}

func outputRow(st *styles, r *fulfil.Result, o fulfil.Output) []cell {
	return append([]cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID, st.text}, {o.Title, st.wrap}, {unitLabel(o.Unit), st.text},
	}, valueCells(st, r, o.Value, o.TargetIs, o.Reported)...)
}

func partRow(st *styles, r *fulfil.Result, o fulfil.Output, p fulfil.Part) []cell {
	return append([]cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID + "/" + p.ID, st.text}, {"– " + p.Title, st.wrap}, {unitLabel(o.Unit), st.text},
	}, valueCells(st, r, p.Value, o.TargetIs, o.Reported)...)
}

// territoryRow is an output's figures in one territory of its split. The
// id column keeps the output's id (a filter on it keeps its territories)
// with the territory's, after a sign records never use in a reference.
func territoryRow(st *styles, r *fulfil.Result, o fulfil.Output, t fulfil.TerritoryValue) []cell {
	name := t.Name
	if name == "" { // an id the codelist lacks (validate reports it)
		name = t.Territory
	}
	return append([]cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID + " · " + t.Territory, st.text}, {"– " + name, st.wrap}, {unitLabel(o.Unit), st.text},
	}, valueCells(st, r, t.Value, o.TargetIs, o.Reported)...)
}

// milestoneRow: a milestone has no number; its target column says by when
// it is due, and its status is done, not yet done or late.
func milestoneRow(st *styles, r *fulfil.Result, o fulfil.Output) []cell {
	var due any
	if o.Plan != nil && o.Plan.Due.IsSet() {
		due = "do " + czDate(o.Plan.Due.Val)
	}
	return []cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID, st.text}, {o.Title, st.wrap}, {unitLabel(o.Unit), st.text},
		{due, st.text}, {nil, st.integer}, {nil, st.integer}, {nil, st.percent}, {nil, st.integer},
		{shownStatus(r, statusLabel(o.Status)), st.text}, {yesNo(o.Reported), st.text},
	}
}

func valueCells(st *styles, r *fulfil.Result, v fulfil.Value, kind plan.TargetKind, reported bool) []cell {
	return []cell{
		st.target(v.Target, kind), st.number(v.InPeriod), st.number(v.Achieved),
		{fraction(v.Percent), st.percent}, st.number(v.Expected),
		{shownStatus(r, statusLabel(v.Status)), st.text}, {yesNo(reported), st.text},
	}
}

// hasMilestones reports whether the result shows any milestone.
func hasMilestones(r *fulfil.Result) bool {
	for i := range r.Outputs {
		if r.Outputs[i].IsMilestone() {
			return true
		}
	}
	return false
}

// outputFormats colours the status column (green done or on track, amber
// behind, red at risk, grey not started and without records; of
// milestones, grey not yet done and red late) and draws a data bar in the
// percent column, capped at 100 %.
func outputFormats(f *excelize.File, st *styles, sheet string, lastRow int, r *fulfil.Result) error {
	status := fmt.Sprintf("%s:%s", ref(outStatusCol, 2), ref(outStatusCol, lastRow))
	var rules []excelize.ConditionalFormatOptions
	for _, c := range []struct {
		status fulfil.Status
		style  int
	}{
		{fulfil.Done, st.green}, {fulfil.OnTrack, st.green}, {fulfil.Behind, st.amber},
		{fulfil.AtRisk, st.red}, {fulfil.NotStarted, st.grey},
	} {
		style := c.style
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: fmt.Sprintf("%q", statusLabel(c.status)), Format: &style,
		})
	}
	if hasMilestones(r) {
		rules = append(rules, milestoneFormats(st)...)
	}
	if r.NoRecords {
		grey := st.grey
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: fmt.Sprintf("%q", noRecordsLabel), Format: &grey,
		})
	}
	if err := f.SetConditionalFormat(sheet, status, rules); err != nil {
		return err
	}
	percent := fmt.Sprintf("%s:%s", ref(outPercentCol, 2), ref(outPercentCol, lastRow))
	return f.SetConditionalFormat(sheet, percent, []excelize.ConditionalFormatOptions{{
		Type: "data_bar", Criteria: "=", MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "1",
		BarColor: "5B9BD5", BarSolid: true,
	}})
}

// milestoneFormats colour the statuses only milestones have ("splněno"
// is already green).
func milestoneFormats(st *styles) []excelize.ConditionalFormatOptions {
	var rules []excelize.ConditionalFormatOptions
	for _, c := range []struct {
		status fulfil.Status
		style  int
	}{{fulfil.Open, st.grey}, {fulfil.Late, st.red}} {
		style := c.style
		rules = append(rules, excelize.ConditionalFormatOptions{
			Type: "cell", Criteria: "==", Value: fmt.Sprintf("%q", statusLabel(c.status)), Format: &style,
		})
	}
	return rules
}
