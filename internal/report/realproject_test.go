package report

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitinfo"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
)

// realInput loads testdata/realproject, which uses the keys of real plans,
// and computes period ZoR2 as of its last day, 2018-12-31. The figures of
// minimums, maximums, milestones and territories are then set by hand, as
// fulfil's contract declares them: the tests pin how the workbook shows
// them, whatever arithmetic gives them.
func realInput(t *testing.T) *Input {
	t.Helper()
	today := date.New(2019, 6, 30)
	snap, err := project.OpenDir("testdata/realproject", project.Options{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	checked := snap.Check(0)
	if checked.Errors != 0 {
		t.Fatalf("the fixture has errors: %v", checked.Findings)
	}
	opts, err := snap.Options(fulfil.Request{Today: today, PeriodID: "ZoR2", Thresholds: fulfil.DefaultThresholds})
	if err != nil {
		t.Fatal(err)
	}
	in := &Input{
		Project: snap.Project, Result: snap.Fulfil(opts),
		Findings: checked.Findings, Generator: "rrp test", Data: gitinfo.Info{Commit: "0123456789abcdef0123"},
	}
	setRealFigures(t, in.Result)
	return in
}

// The outputs of testdata/realproject, in plan order.
const (
	realCards = iota
	realSupervision
	realRoundTables
	realPersons
	realPortal
	realAnalysis
	realStrategy
)

func setRealFigures(t *testing.T, r *fulfil.Result) {
	t.Helper()
	if len(r.Outputs) != 7 {
		t.Fatalf("%d outputs, want 7", len(r.Outputs))
	}
	o := r.Outputs
	o[realCards].TargetIs, o[realCards].Target, o[realCards].Achieved = plan.AtLeast, 33, 20
	o[realSupervision].TargetIs, o[realSupervision].Target, o[realSupervision].Achieved = plan.AtMost, 20, 8
	o[realRoundTables].TargetIs = plan.Exact
	o[realRoundTables].Territories = []fulfil.TerritoryValue{
		{Territory: "liberec", Name: "Liberec", Value: fulfil.Value{Target: 4, Achieved: 1, InPeriod: 1, Percent: 25, Status: fulfil.AtRisk}},
		{Territory: "ceska-lipa", Name: "Česká Lípa", Value: fulfil.Value{Target: 4, Achieved: 1, InPeriod: 1, Percent: 25, Status: fulfil.AtRisk}},
		{Territory: "kraj", Name: "Liberecký kraj", Value: fulfil.Value{Target: 2, Achieved: 1, InPeriod: 1, Percent: 50, Status: fulfil.Behind}},
	}
	o[realPersons].TargetIs, o[realPersons].Opening = plan.Exact, 12
	for i, s := range map[int]fulfil.Status{realPortal: fulfil.Done, realAnalysis: fulfil.Late, realStrategy: fulfil.Open} {
		o[i].TargetIs, o[i].Value = plan.NoGoal, fulfil.Value{Status: s}
	}
	milestones := map[fulfil.Status]int{fulfil.Done: 1, fulfil.Open: 1, fulfil.Late: 1}
	r.KeyActivities[0].Milestones = milestones
	r.Total.Milestones = milestones
}

func TestRealSummary(t *testing.T) {
	f := readBack(t, realInput(t))
	// The budget and the funding come after the programme; the table
	// follows two rows lower than in a project without them.
	expectCells(t, f, sheetSummary, map[string]string{
		"A6": "Program", "B6": "OPZ",
		"A7": "Rozpočet",
		"A8": "Financování", "B8": "ESF 85 %, státní rozpočet 10 %, kraj 5 %",
		"A9":  "Rozsah",
		"A15": "Priorita", "L15": "Milníky – splněno", "M15": "Milníky – zatím nesplněno", "N15": "Milníky – po termínu",
		"A16": "P1", "C16": "Liberecký kraj",
		"A17": "Celkem",
	})
	expectNumbers(t, f, sheetSummary, map[string]float64{
		"B7":  12345678,
		"L16": 1, "M16": 1, "N16": 1,
		"L17": 1, "M17": 1, "N17": 1,
	})
	expectFormat(t, f, sheetSummary, "B7", fmtMoney)
}

func TestRealOutputs(t *testing.T) {
	f := readBack(t, realInput(t))
	rows, err := f.GetRows(sheetOutputs)
	if err != nil {
		t.Fatal(err)
	}
	// Header, 7 outputs and the round tables' 3 territories.
	if len(rows) != 11 {
		t.Fatalf("%d rows, want 11: %v", len(rows), rows)
	}
	expectCells(t, f, sheetOutputs, map[string]string{
		"A1": "Priorita", "B1": "Aktivita / Podaktivita",
		// A minimum and a maximum read as such, and stay numbers.
		"C2": "karty", "F2": "min. 33",
		"C3": "supervize", "F3": "max. 20",
		// The territories under their output, like parts.
		"C4": "kulate-stoly", "F4": "10",
		"C5": "kulate-stoly · liberec", "D5": "– Liberec", "K5": "ohroženo",
		"C6": "kulate-stoly · ceska-lipa", "D6": "– Česká Lípa",
		"C7": "kulate-stoly · kraj", "D7": "– Liberecký kraj", "K7": "zpoždění", "L7": "ano",
		"C8": "osoby",
		// Milestones: no numbers, the due date, the status in words.
		"C9": "portal", "E9": "milník", "F9": "do 31. 12. 2018", "K9": "splněno",
		"C10": "analyza", "F10": "do 30. 6. 2018", "K10": "po termínu",
		"C11": "strategie", "F11": "", "K11": "zatím nesplněno", "L11": "ano",
	})
	for _, row := range []string{"9", "10", "11"} {
		expectCells(t, f, sheetOutputs, map[string]string{"G" + row: "", "H" + row: "", "I" + row: "", "J" + row: ""})
	}
	expectNumbers(t, f, sheetOutputs, map[string]float64{
		"F2": 33, "H2": 20, "F3": 20, "H3": 8,
		"F5": 4, "G5": 1, "H5": 1, "I5": 0.25,
		"F7": 2, "H7": 1, "I7": 0.5,
	})
	expectFormat(t, f, sheetOutputs, "F2", fmtAtLeast)
	expectFormat(t, f, sheetOutputs, "F3", fmtAtMost)
	expectFormat(t, f, sheetOutputs, "F5", fmtInteger)
	cf, err := f.GetConditionalFormats(sheetOutputs)
	if err != nil {
		t.Fatal(err)
	}
	// The five statuses of numbers, then a milestone's open and late.
	if rules := cf["K2:K11"]; len(rules) != 7 || rules[5].Value != `"zatím nesplněno"` || rules[6].Value != `"po termínu"` {
		t.Errorf("status colours: %+v", rules)
	}
}

// TestRealLevels: the project's level names head the columns of every
// sheet that shows key activities and activities.
func TestRealLevels(t *testing.T) {
	f := readBack(t, realInput(t))
	expectCells(t, f, sheetEvents, map[string]string{"B1": "Priorita", "C1": "Aktivita / Podaktivita"})
	expectCells(t, f, sheetGroups, map[string]string{"A1": "Priorita"})
}

func TestRealPlan(t *testing.T) {
	f := readBack(t, realInput(t))
	rows, err := f.GetRows(sheetPlan)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 {
		t.Fatalf("%d rows, want a header, the priority and its three levels of activities: %v", len(rows), rows)
	}
	expectCells(t, f, sheetPlan, map[string]string{
		"A1": "Priorita", "B1": "Úroveň", "E1": "Odpovědnost", "F1": "Partneři", "G1": "Období", "H1": "Harmonogram", "I1": "Financování", "J1": "Cílové skupiny",
		"A2": "P1", "B2": "Priorita", "C2": "P1", "D2": "Síť sociálních služeb",
		"A3": "P1", "B3": "Opatření", "C3": "1.1", "D3": "Plánování sociálních služeb v kraji",
		"E3": "odbor sociálních věcí", "F3": "obce s rozšířenou působností, poskytovatelé sociálních služeb",
		"G3": "1. 9. 2016 – 31. 12. 2019", "H3": "průběžně", "I3": "ESF + státní rozpočet", "J3": "Poskytovatelé sociálních služeb",
		"B4": "Aktivita", "C4": "1.1.1", "D4": "└ Mapování potřeb", "E4": "koordinátor plánování", "F4": "", "G4": "",
		"H4": "březen, červen, září, prosinec", "J4": "Poskytovatelé sociálních služeb, Senioři",
		"B5": "Podaktivita", "C5": "1.1.1.1", "D5": "   └ Informační systém", "G5": "od 1. 6. 2017", "I5": "kraj",
	})
	panes, err := f.GetPanes(sheetPlan)
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("the header row is not frozen: %+v %v", panes, err)
	}
	for _, cell := range []string{"D3", "F3", "H4", "J4"} {
		id, err := f.GetCellStyle(sheetPlan, cell)
		if err != nil {
			t.Fatal(err)
		}
		style, err := f.GetStyle(id)
		if err != nil || style.Alignment == nil || !style.Alignment.WrapText {
			t.Errorf("%s!%s does not wrap: %+v %v", sheetPlan, cell, style, err)
		}
	}
	layout, err := f.GetPageLayout(sheetPlan)
	if err != nil || layout.Size == nil || *layout.Size != 9 || layout.Orientation == nil || *layout.Orientation != "landscape" {
		t.Errorf("the plan does not print on A4 landscape: %+v %v", layout, err)
	}
}

// TestPlanDefaultLevels: without level names the plan sheet names the
// levels as rrp always has, and a key activity's own rows only appear in
// its workbook.
func TestPlanDefaultLevels(t *testing.T) {
	snap, in := fixture(t, "KA5")
	in.Findings = snap.FindingsOf(in.Findings, "KA5")
	f := readBack(t, in)
	rows, err := f.GetRows(sheetPlan)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("KA5's plan: %v", rows)
	}
	expectCells(t, f, sheetPlan, map[string]string{
		"A1": "KA", "A2": "KA5", "B2": "KA", "D2": "Podpora koncepční činnosti v území DSO",
		"B3": "aktivita", "C3": "5.1", "D3": "Konzultace", "J3": "Neformální pečující", "E3": "",
	})
}

func TestRealTemplate(t *testing.T) {
	in := realInput(t)
	f, err := fill(t, templateOf(t, map[string]map[string]string{
		"V": {
			"A1": "{{project.budget}}", "B1": "Rozpočet: {{project.budget}}", "C1": "{{project.funding}}",
			"A2": "{{output.id}}", "B2": "{{output.target_is}}", "C2": "{{output.target}}", "D2": "{{output.status}}",
		},
	}), in)
	if err != nil {
		t.Fatal(err)
	}
	expectCells(t, f, "V", map[string]string{
		"B1": "Rozpočet: 12 345 678 Kč", "C1": "ESF 85 %, státní rozpočet 10 %, kraj 5 %",
		"A2": "karty", "B2": "min.", "A3": "supervize", "B3": "max.", "A4": "kulate-stoly", "B4": "",
		"A6": "portal", "B6": "", "C6": "", "D6": "splněno",
		"A7": "analyza", "D7": "po termínu", "A8": "strategie", "D8": "zatím nesplněno",
	})
	expectNumbers(t, f, "V", map[string]float64{"A1": 12345678, "C2": 33, "C3": 20})
	expectFormat(t, f, "V", "A1", fmtMoney)
}

// TestTemplateWithoutBudget: a project that gives no budget or funding
// fills those fields with nothing.
func TestTemplateWithoutBudget(t *testing.T) {
	f, err := fill(t, templateOf(t, map[string]map[string]string{
		"V": {"A1": "{{project.budget}}", "B1": "{{project.funding}}", "C1": "{{project.id}}"},
	}), fixtureInput(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	expectCells(t, f, "V", map[string]string{"A1": "", "B1": "", "C1": "test-rrp"})
}

func TestCzAmount(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{
		{0, "0 Kč"}, {999, "999 Kč"}, {1000, "1 000 Kč"}, {12345678, "12 345 678 Kč"},
		{1234.5, "1 234,50 Kč"}, {0.999, "1 Kč"}, {-2500, "-2 500 Kč"},
	} {
		if got := czAmount(tt.v); got != tt.want {
			t.Errorf("czAmount(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestHeadingsOf(t *testing.T) {
	in := realInput(t)
	lower := *in.Project
	lower.Levels = []plan.Str{{Val: "priorita"}, {Val: "opatření"}, {Val: "aktivita"}, {Val: "podaktivita"}}
	for _, tt := range []struct {
		name string
		p    *plan.Project
		want headings
	}{
		{"the project's names", in.Project, headings{ka: "Priorita", activity: "Aktivita / Podaktivita"}},
		{"written in lower case", &lower, headings{ka: "Priorita", activity: "Aktivita / Podaktivita"}},
		{"none", &plan.Project{}, defaultHeadings},
	} {
		if got := headingsOf(tt.p, in.Result); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
