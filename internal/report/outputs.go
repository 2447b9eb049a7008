package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"rrp/internal/fulfil"
)

var outputColumns = []string{
	"KA", "Aktivita", "Výstup", "Název", "Jednotka", "Cíl", "Za období",
	"Kumulativně", "Plnění", "Očekáváno k datu", "Stav", "Vykazováno",
}

// Columns of the Výstupy sheet that formats refer to (1-based).
const (
	outTitleCol   = 4
	outPercentCol = 9
	outStatusCol  = 11
)

// outputsSheet: one row per output and one per part, with status colours
// and a data bar on the percent.
func outputsSheet(f *excelize.File, st *styles, r *fulfil.Result) error {
	g := &grid{f: f, sheet: sheetOutputs, wraps: st.wraps()}
	if err := g.header(st.header, outputColumns); err != nil {
		return err
	}
	for _, o := range r.Outputs {
		if err := g.fitted(outputRow(st, o)...); err != nil {
			return err
		}
		for _, p := range o.Parts {
			if err := g.fitted(partRow(st, o, p)...); err != nil {
				return err
			}
		}
	}
	g.limit(outTitleCol-1, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if g.row > 1 {
		if err := outputFormats(f, st, g.row); err != nil {
			return err
		}
	}
	if err := f.AutoFilter(sheetOutputs, fmt.Sprintf("A1:%s", ref(len(outputColumns), g.row)), nil); err != nil {
		return err
	}
	if err := freezeHeader(f, sheetOutputs, 1); err != nil {
		return err
	}
	return printSetup(f, sheetOutputs, 1)
}

func outputRow(st *styles, o fulfil.Output) []cell {
	return append([]cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID, st.text}, {o.Title, st.wrap}, {unitLabel(o.Unit), st.text},
	}, valueCells(st, o.Value, o.Reported)...)
}

func partRow(st *styles, o fulfil.Output, p fulfil.Part) []cell {
	return append([]cell{
		{o.KA, st.text}, {o.Activity, st.text}, {o.ID + "/" + p.ID, st.text}, {"– " + p.Title, st.wrap}, {unitLabel(o.Unit), st.text},
	}, valueCells(st, p.Value, o.Reported)...)
}

func valueCells(st *styles, v fulfil.Value, reported bool) []cell {
	return []cell{
		st.number(v.Target), st.number(v.InPeriod), st.number(v.Achieved),
		{fraction(v.Percent), st.percent}, st.number(v.Expected),
		{statusLabel(v.Status), st.text}, {yesNo(reported), st.text},
	}
}

// outputFormats colours the status column (green done or on track, amber
// behind, red at risk, grey not started) and draws a data bar in the
// percent column, capped at 100 %.
func outputFormats(f *excelize.File, st *styles, lastRow int) error {
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
	if err := f.SetConditionalFormat(sheetOutputs, status, rules); err != nil {
		return err
	}
	percent := fmt.Sprintf("%s:%s", ref(outPercentCol, 2), ref(outPercentCol, lastRow))
	return f.SetConditionalFormat(sheetOutputs, percent, []excelize.ConditionalFormatOptions{{
		Type: "data_bar", Criteria: "=", MinType: "num", MinValue: "0", MaxType: "num", MaxValue: "1",
		BarColor: "5B9BD5", BarSolid: true,
	}})
}
