package report

import (
	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
)

// summarySheet: the project header, one row per key activity with its
// status counts and fulfilment index, a total row, and a chart of the index
// per key activity.
func summarySheet(f *excelize.File, st *styles, in *Input, h headings) error {
	g := &grid{f: f, sheet: sheetSummary, wraps: st.wraps()}
	if err := summaryHeader(g, st, in); err != nil {
		return err
	}
	g.skip(1)
	first, last, err := summaryTable(g, st, in.Result, h)
	if err != nil {
		return err
	}
	g.limit(1, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if last >= first {
		if err := indexChart(f, first, last, g.row+2); err != nil {
			return err
		}
		if err := chartPageBreak(f, last-first+1, g.row+2); err != nil {
			return err
		}
	}
	return printSetup(f, sheetSummary, 0)
}

func summaryHeader(g *grid, st *styles, in *Input) error {
	r, p := in.Result, in.Project
	if err := g.add(cell{"Monitorovací zpráva o plnění výstupů", st.title}); err != nil {
		return err
	}
	// The title's large letters need a taller row: spreadsheets keep the
	// default height of a row read from a file, and cut them.
	if err := g.f.SetRowHeight(sheetSummary, g.row, titleHeight); err != nil {
		return err
	}
	g.skip(1)
	territory := "všechny klíčové aktivity"
	if r.KA != "" {
		territory = r.KA
	}
	rows := [][2]cell{
		{{"Projekt", st.label}, {p.Name.Val, st.text}},
		{{"Registrační číslo", st.label}, {p.Registration.Val, st.text}},
		{{"Příjemce", st.label}, {p.Beneficiary.Val, st.text}},
		{{"Program", st.label}, {p.Programme.Val, st.text}},
	}
	rows = append(rows, financeRows(st, p)...)
	rows = append(rows, [][2]cell{
		{{"Rozsah", st.label}, {territory, st.text}},
		{{"Sledované období", st.label}, {periodText(r), st.text}},
		{{"Stav k datu", st.label}, {czDate(r.AsOf), st.text}},
		{{"Vytvořil", st.label}, {in.Generator, st.text}},
		{{"Verze dat (git)", st.label}, {in.Data.String(), st.text}},
	}...)
	if r.Provisional {
		rows = append(rows, [2]cell{{"Termíny", st.label}, {"předběžné: očekávané hodnoty a stavy z nich vycházejí", st.text}})
	}
	if r.NoRecords {
		rows = append(rows, [2]cell{{"Záznamy", st.label}, {noRecordsText, st.text}})
	}
	for _, row := range rows {
		// The labels are long; only their first column is fitted.
		g.fit(0, row[0].v)
		if err := g.add(row[0], row[1]); err != nil {
			return err
		}
	}
	return nil
}

// titleHeight is the height in points of the summary's title row (14-point
// letters).
const titleHeight = 24

// noRecordsText tells the reader of a project without records why every
// figure is 0 and how to begin.
const noRecordsText = "zatím žádné, proto se nic nezapočítává: první akci zapíšete příkazem rrp new, tabulku akcí načtete příkazem rrp import"

// financeRows are the budget (a real amount) and the funding shares, for
// a project that gives them.
func financeRows(st *styles, p *plan.Project) [][2]cell {
	var rows [][2]cell
	if p.Budget.IsSet() {
		rows = append(rows, [2]cell{{"Rozpočet", st.label}, st.amount(p.Budget.Val)})
	}
	if len(p.Funding) > 0 {
		rows = append(rows, [2]cell{{"Financování", st.label}, {fundingText(p.Funding), st.text}})
	}
	return rows
}

// summaryColumns are the first headers of the summary table, the first
// named after the plan's top level.
func summaryColumns(h headings) []string { return []string{h.ka, "Název", "Území", "Výstupů"} }

// summaryTable writes the key-activity rows; it returns the first and last
// of them, for the chart. Milestones get columns of their own, after the
// others, when the result has any.
func summaryTable(g *grid, st *styles, r *fulfil.Result, h headings) (first, last int, err error) {
	header := []cell{}
	for _, name := range summaryColumns(h) {
		header = append(header, cell{name, st.header})
	}
	for _, s := range fulfil.Statuses {
		header = append(header, cell{statusLabel(s), st.header})
	}
	header = append(header, cell{"Index plnění", st.header}, cell{"Interní výstupy", st.header})
	milestones := hasMilestones(r)
	if milestones {
		header = append(header, milestoneHeaders(st)...)
	}
	if err := g.fitted(header...); err != nil {
		return 0, 0, err
	}
	first = g.row + 1
	names := territoryNames(r)
	for _, ka := range r.KeyActivities {
		row := rollupRow(st, r, ka, ka.KA, ka.Title, names[ka.Territory], false)
		if milestones {
			row = append(row, milestoneCounts(st, r, ka, false)...)
		}
		if err := g.fitted(row...); err != nil {
			return 0, 0, err
		}
	}
	last = g.row
	total := rollupRow(st, r, r.Total, "Celkem", "", "", true)
	if milestones {
		total = append(total, milestoneCounts(st, r, r.Total, true)...)
	}
	return first, last, g.fitted(total...)
}

func milestoneHeaders(st *styles) []cell {
	cells := make([]cell, len(fulfil.MilestoneStatuses))
	for i, s := range fulfil.MilestoneStatuses {
		cells[i] = cell{"Milníky – " + statusLabel(s), st.header}
	}
	return cells
}

// milestoneCounts are a roll-up's milestones by status: counted apart,
// they are in no other column and not in the index.
func milestoneCounts(st *styles, res *fulfil.Result, r fulfil.Rollup, isTotal bool) []cell {
	num := st.integer
	if isTotal {
		num = st.total
	}
	cells := make([]cell, len(fulfil.MilestoneStatuses))
	for i, s := range fulfil.MilestoneStatuses {
		cells[i] = cell{statusCount(res, r.Milestones[s]), num}
	}
	return cells
}

func rollupRow(st *styles, res *fulfil.Result, r fulfil.Rollup, id, title, territory string, isTotal bool) []cell {
	text, num, pct := st.text, st.integer, st.percent
	if isTotal {
		text, num, pct = st.total, st.total, st.totalPercent
	}
	row := []cell{{id, text}, {title, wrapIf(st, text, isTotal)}, {territory, text}, {r.Outputs, num}}
	for _, s := range fulfil.Statuses {
		row = append(row, cell{statusCount(res, r.Counts[s]), num})
	}
	var index any
	if r.HasIndex() {
		index = fraction(r.Index)
	}
	return append(row, cell{index, pct}, cell{r.Internal, num})
}

// statusCount is the number of outputs of a status, or nothing while the
// project has no records: every output shows noRecordsLabel then, and a
// column of outputs at risk would say what the records cannot.
func statusCount(r *fulfil.Result, n int) any {
	if r.NoRecords {
		return nil
	}
	return n
}

func wrapIf(st *styles, style int, isTotal bool) int {
	if isTotal {
		return style
	}
	return st.wrap
}

func territoryNames(r *fulfil.Result) map[string]string {
	names := map[string]string{}
	for _, t := range r.Territories {
		names[t.ID] = t.Name
	}
	return names
}

// chartOwnPage is the number of key activities from which the summary
// table fills most of a printed page: the chart then starts a page of its
// own rather than being cut in two.
const chartOwnPage = 6

func chartPageBreak(f *excelize.File, kas, chartRow int) error {
	if kas < chartOwnPage {
		return nil
	}
	return f.InsertPageBreak(sheetSummary, ref(1, chartRow))
}

var axisFont = excelize.Font{Color: "404040", Size: 9}

// indexChart draws the fulfilment index per key activity as bars below the
// table.
func indexChart(f *excelize.File, first, last, atRow int) error {
	indexCol := len(summaryColumns(defaultHeadings)) + len(fulfil.Statuses) + 1
	max, min := 1.0, 0.0
	return f.AddChart(sheetSummary, ref(1, atRow), &excelize.Chart{
		Type: excelize.Bar,
		Series: []excelize.ChartSeries{{
			Name:       "Index plnění",
			Categories: absRange(sheetSummary, 1, first, 1, last),
			Values:     absRange(sheetSummary, indexCol, first, indexCol, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"2E75B6"}},
		}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Index plnění výstupů podle klíčových aktivit"}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		XAxis:     excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:     excelize.ChartAxis{Maximum: &max, Minimum: &min, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, MajorGridLines: true, Font: axisFont},
		Dimension: excelize.ChartDimension{Width: 720, Height: uint(120 + 22*(last-first+1))},
	})
}
