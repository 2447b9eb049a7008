package statuscmd

import (
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/table"
)

// A view turns a result into the document one --by value prints, in p's
// language (the column keys and codes programs read stay as they are).
type view func(res *fulfil.Result, p *i18n.Printer) *table.Document

var views = map[string]view{
	"output":    byOutput,
	"activity":  byActivity,
	"ka":        byKA,
	"territory": byTerritory,
	"group":     byGroup,
}

func viewNames() []string { return []string{"output", "activity", "ka", "territory", "group"} }

// titleWidth is how much of a Czech title the terminal table shows; the
// other formats show it whole.
const titleWidth = 40

// level names the plan's level i (0: the key activity, 1: the activity
// an output belongs to) as the project names it, else as rrp does. The
// activity column holds activities of whatever depth the outputs sit at,
// so it is named after the levels that occur in it ("Aktivita /
// Podaktivita").
func level(res *fulfil.Result, i int, p *i18n.Printer) string {
	if len(res.Levels) == 0 {
		return []string{"KA", p.T("activity")}[i]
	}
	if i == 0 || len(res.Levels) < 2 {
		return res.Levels[0]
	}
	names := res.ActivityLevels()
	if len(names) == 0 {
		return res.Levels[1]
	}
	return strings.Join(names, " / ")
}

func byOutput(res *fulfil.Result, p *i18n.Printer) *table.Document {
	t := table.Table{Columns: []table.Column{
		{Key: "ka", Header: level(res, 0, p)},
		{Key: "activity", Header: level(res, 1, p)},
		{Key: "output", Header: p.T("output"), For: table.Machines},
		{Key: "part", Header: p.T("part"), For: table.Machines},
		{Key: "title", Header: p.T("output"), Max: titleWidth, Indent: true},
		{Key: "unit", Header: p.T("unit")},
		{Key: "target", Header: p.T("target"), Align: table.Right},
		{Key: "achieved", Header: p.T("achieved"), Align: table.Right},
		{Key: "percent", Header: "%", Align: table.Right},
		{Key: "in_period", Header: p.T("in period"), Align: table.Right},
		{Key: "expected", Header: p.T("expected"), Align: table.Right},
		{Key: "forecast", Header: p.T("forecast"), Align: table.Right},
		{Key: "status", Header: p.T("status")},
		{Key: "reported", Header: p.T("reported"), For: table.Machines},
	}}
	split := anySplit(res)
	if split {
		t.Columns = append(t.Columns, table.Column{Key: "territory", Header: p.T("territory"), For: table.Machines})
	}
	for _, o := range res.Outputs {
		t.Rows = append(t.Rows, table.Row{Cells: outputCells(o, o.Value, "", o.Title, split, nil, p)})
		for _, part := range o.Parts {
			t.Rows = append(t.Rows, table.Row{Cells: outputCells(o, part.Value, part.ID, part.Title, split, nil, p), Sub: true})
		}
		for _, tv := range o.Territories {
			t.Rows = append(t.Rows, table.Row{Cells: outputCells(o, tv.Value, "", territoryTitle(tv), split, tv.Territory, p), Sub: true})
		}
	}
	return &table.Document{Title: title(res, p), Table: t, Notes: outputNotes(res, p)}
}

// outputNotes sum up the outputs and explain the marks the table uses.
func outputNotes(res *fulfil.Result, p *i18n.Printer) []string {
	notes := []string{totalLine(res.Total, p), legend(res.Thresholds, p)}
	if res.Total.Internal > 0 {
		notes = append(notes, p.T("* internal output (reported: false): shown, but kept out of the counts and the index"))
	}
	if len(res.Total.Milestones) > 0 {
		notes = append(notes, p.T("milestones: done by their first held record, late when not done by their due date, open otherwise; kept out of the index"))
	}
	return notes
}

// anySplit reports whether an output of the result has targets by
// territory.
func anySplit(res *fulfil.Result) bool {
	for _, o := range res.Outputs {
		if len(o.Territories) > 0 {
			return true
		}
	}
	return false
}

func territoryTitle(tv fulfil.TerritoryValue) string {
	if tv.Name != "" {
		return tv.Name
	}
	return tv.Territory
}

func outputCells(o fulfil.Output, v fulfil.Value, part, title string, split bool, territory any, p *i18n.Printer) []any {
	st := table.Coded{Code: string(v.Status), Text: v.Status.Say(p)}
	var reported any
	if !o.Reported {
		reported = false
		st.Text += " *"
	}
	var partID any
	if part != "" {
		partID = part
	}
	unit := table.Coded{Code: o.Unit, Text: p.Text(plan.UnitName(o.Unit))}
	cells := []any{o.KA, o.Activity, o.ID, partID, title, unit, target(o, v), v.Achieved,
		table.Percent(v.Percent), v.InPeriod, v.Expected, v.Forecast, st, reported}
	if o.IsMilestone() {
		// Done or not: no number to reach, no pace.
		for _, i := range []int{6, 7, 8, 9, 10, 11} { // target … forecast
			cells[i] = nil
		}
	}
	if split {
		cells = append(cells, territory)
	}
	return cells
}

// target is the number an output (or its part or territory) is held to,
// marked for people when it is a minimum or a maximum.
func target(o fulfil.Output, v fulfil.Value) any {
	switch o.TargetIs {
	case plan.AtLeast:
		return table.Bound{Mark: "min.", Value: v.Target}
	case plan.AtMost:
		return table.Bound{Mark: "max.", Value: v.Target}
	}
	return v.Target
}

// rollupColumns are the columns every roll-up view ends with; with
// milestones, their counts follow.
func rollupColumns(milestones bool, p *i18n.Printer) []table.Column {
	cols := []table.Column{
		{Key: "outputs", Header: p.T("outputs"), Align: table.Right},
		{Key: "done", Header: fulfil.Done.Say(p), Align: table.Right},
		{Key: "on_track", Header: fulfil.OnTrack.Say(p), Align: table.Right},
		{Key: "behind", Header: fulfil.Behind.Say(p), Align: table.Right},
		{Key: "at_risk", Header: fulfil.AtRisk.Say(p), Align: table.Right},
		{Key: "not_started", Header: fulfil.NotStarted.Say(p), Align: table.Right},
		{Key: "index", Header: p.T("index"), Align: table.Right},
		{Key: "internal", Header: p.T("internal"), Align: table.Right},
		{Key: "events", Header: p.T("events"), Align: table.Right},
		{Key: "participants", Header: p.T("participants"), Align: table.Right},
	}
	if milestones {
		cols = append(cols,
			table.Column{Key: "milestones_done", Header: p.T("milestones done"), Align: table.Right},
			table.Column{Key: "milestones_open", Header: fulfil.Open.Say(p), Align: table.Right},
			table.Column{Key: "milestones_late", Header: fulfil.Late.Say(p), Align: table.Right})
	}
	return cols
}

func rollupCells(r fulfil.Rollup, milestones bool) []any {
	var index any
	if r.HasIndex() {
		index = table.Percent(r.Index)
	}
	cells := []any{r.Outputs, r.Counts[fulfil.Done], r.Counts[fulfil.OnTrack], r.Counts[fulfil.Behind],
		r.Counts[fulfil.AtRisk], r.Counts[fulfil.NotStarted], index, r.Internal, r.Events, r.Participants}
	if milestones {
		cells = append(cells, r.Milestones[fulfil.Done], r.Milestones[fulfil.Open], r.Milestones[fulfil.Late])
	}
	return cells
}

func byActivity(res *fulfil.Result, p *i18n.Printer) *table.Document {
	ms := len(res.Total.Milestones) > 0
	t := table.Table{Columns: append([]table.Column{
		{Key: "ka", Header: level(res, 0, p)},
		{Key: "activity", Header: level(res, 1, p)},
		{Key: "title", Header: p.T("title"), Max: titleWidth},
	}, rollupColumns(ms, p)...)}
	for _, a := range res.Activities {
		t.Rows = append(t.Rows, table.Row{Cells: append([]any{a.KA, a.Activity, a.Title}, rollupCells(a, ms)...)})
	}
	t.Footer = append([]any{p.T("total"), nil, nil}, rollupCells(res.Total, ms)...)
	return &table.Document{Title: title(res, p), Table: t, Notes: []string{legend(res.Thresholds, p), indexNote(p)}}
}

func byKA(res *fulfil.Result, p *i18n.Printer) *table.Document {
	names := territoryNames(res)
	ms := len(res.Total.Milestones) > 0
	t := table.Table{Columns: append([]table.Column{
		{Key: "ka", Header: level(res, 0, p)},
		{Key: "territory", Header: p.T("territory"), Max: 24},
		{Key: "title", Header: p.T("title"), Max: titleWidth},
	}, rollupColumns(ms, p)...)}
	for _, k := range res.KeyActivities {
		territory := table.Coded{Code: k.Territory, Text: names[k.Territory]}
		t.Rows = append(t.Rows, table.Row{Cells: append([]any{k.KA, territory, k.Title}, rollupCells(k, ms)...)})
	}
	t.Footer = append([]any{p.T("total"), nil, nil}, rollupCells(res.Total, ms)...)
	return &table.Document{Title: title(res, p), Table: t, Notes: []string{legend(res.Thresholds, p), indexNote(p)}}
}

func byTerritory(res *fulfil.Result, p *i18n.Printer) *table.Document {
	t := table.Table{Columns: []table.Column{
		{Key: "territory", Header: p.T("territory"), For: table.Machines},
		{Key: "name", Header: p.T("territory"), Max: titleWidth, Indent: true},
		{Key: "type", Header: p.T("type")},
		{Key: "events", Header: p.T("records"), Align: table.Right},
		{Key: "events_in_period", Header: p.T("in period"), Align: table.Right},
		{Key: "participants", Header: p.T("participants"), Align: table.Right},
		{Key: "participants_in_period", Header: p.T("in period"), Align: table.Right},
	}}
	split := splitByTerritory(res)
	if len(split) > 0 {
		t.Columns = append(t.Columns,
			table.Column{Key: "output", Header: p.T("output"), For: table.Machines},
			table.Column{Key: "target", Header: p.T("target"), Align: table.Right},
			table.Column{Key: "achieved", Header: p.T("achieved"), Align: table.Right},
			table.Column{Key: "percent", Header: "%", Align: table.Right})
	}
	var events, eventsIn int
	var people, peopleIn float64
	for _, r := range res.Territories {
		cells := reachCells(r, r.Type, r.Events, r.EventsInPeriod, r.Participants, r.ParticipantsInPeriod, p)
		if len(split) > 0 {
			cells = append(cells, nil, nil, nil, nil)
		}
		t.Rows = append(t.Rows, table.Row{Cells: cells})
		for _, s := range split[r.ID] {
			t.Rows = append(t.Rows, table.Row{Sub: true, Cells: []any{r.ID, s.title, nil, s.Events, nil, s.Participants, nil,
				s.ref, s.Target, s.Achieved, table.Percent(s.Percent)}})
		}
		events, eventsIn, people, peopleIn = events+r.Events, eventsIn+r.EventsInPeriod, people+r.Participants, peopleIn+r.ParticipantsInPeriod
	}
	t.Footer = []any{nil, p.T("total"), nil, events, eventsIn, people, peopleIn}
	if len(split) > 0 {
		t.Footer = append(t.Footer, nil, nil, nil, nil)
	}
	notes := []string{p.T("records: held records of any unit up to the as-of date, in the territory they name or else their key activity's")}
	if len(split) > 0 {
		notes = append(notes, p.T("└ an output whose target is split by territory: the territory's share, what its records achieved"))
	}
	return &table.Document{Title: title(res, p), Table: t, Notes: notes}
}

// territoryShare is one output's share of one territory.
type territoryShare struct {
	ref, title string
	fulfil.Value
}

// splitByTerritory lists, per territory id, the outputs whose target is
// split by territory, in plan order.
func splitByTerritory(res *fulfil.Result) map[string][]territoryShare {
	out := map[string][]territoryShare{}
	for _, o := range res.Outputs {
		for _, tv := range o.Territories {
			ref := o.Activity + "/" + o.ID
			out[tv.Territory] = append(out[tv.Territory], territoryShare{ref: ref, title: ref + " " + o.Title, Value: tv.Value})
		}
	}
	return out
}

func byGroup(res *fulfil.Result, p *i18n.Printer) *table.Document {
	t := table.Table{Columns: []table.Column{
		{Key: "group", Header: p.T("group"), For: table.Machines},
		{Key: "name", Header: p.T("target group"), Max: 50},
		{Key: "participants", Header: p.T("participants"), Align: table.Right},
		{Key: "participants_in_period", Header: p.T("in period"), Align: table.Right},
		{Key: "events", Header: p.T("events"), Align: table.Right},
		{Key: "events_in_period", Header: p.T("in period"), Align: table.Right},
	}}
	for _, r := range res.Groups {
		cells := reachCells(r, nil, r.Events, r.EventsInPeriod, r.Participants, r.ParticipantsInPeriod, p)
		// participants first: they are what a target group is about
		t.Rows = append(t.Rows, table.Row{Cells: []any{cells[0], cells[1], cells[5], cells[6], cells[3], cells[4]}})
	}
	return &table.Document{Title: title(res, p), Table: t, Notes: []string{
		p.T("participants: participants.by_group of held records; events: the records with any participant from the group")}}
}

func reachCells(r fulfil.Reach, typ any, events, eventsIn int, people, peopleIn float64, p *i18n.Printer) []any {
	name := r.Name
	if name == "" {
		name = p.Sprintf("%s (not in the codelist)", r.ID)
	}
	return []any{r.ID, name, typ, events, eventsIn, people, peopleIn}
}

func territoryNames(res *fulfil.Result) map[string]string {
	names := map[string]string{}
	for _, t := range res.Territories {
		names[t.ID] = t.Name
	}
	return names
}

// title is the project and what the numbers cover.
func title(res *fulfil.Result, p *i18n.Printer) []string {
	name := res.ProjectName
	if res.ProjectID != "" {
		name = strings.TrimSpace(fmt.Sprintf("%s (%s)", name, res.ProjectID))
	}
	scope := []string{p.Sprintf("as of %s", res.AsOf), periodText(res.Period, p)}
	if res.KA != "" {
		scope = append(scope, res.KA)
	}
	lines := []string{name, strings.Join(scope, " · ")}
	if res.Provisional {
		lines = append(lines, p.T("the project's dates are provisional: the expected values and the statuses rest on them"))
	}
	return lines
}

func periodText(per *fulfil.Period, p *i18n.Printer) string {
	switch {
	case per == nil:
		return p.T("no period")
	case per.ID == "":
		return p.Sprintf("period %s – %s", per.From, per.To)
	}
	return p.Sprintf("period %s (%s – %s)", per.ID, per.From, per.To)
}

func totalLine(r fulfil.Rollup, p *i18n.Printer) string {
	parts := []string{p.Sprintf("total: %d outputs", r.Outputs)}
	for _, s := range fulfil.Statuses {
		parts = append(parts, fmt.Sprintf("%d %s", r.Counts[s], s.Say(p)))
	}
	if r.HasIndex() {
		parts = append(parts, p.Sprintf("fulfilment index %s", table.Percent(r.Index)))
	}
	if r.Internal > 0 {
		parts = append(parts, p.Sprintf("%d internal", r.Internal))
	}
	if len(r.Milestones) > 0 {
		var ms []string
		for _, s := range fulfil.MilestoneStatuses {
			ms = append(ms, fmt.Sprintf("%d %s", r.Milestones[s], s.Say(p)))
		}
		parts = append(parts, p.Sprintf("milestones: %s", strings.Join(ms, ", ")))
	}
	return strings.Join(parts, " · ")
}

// legend states the status rule with the thresholds in force.
func legend(th fulfil.Thresholds, p *i18n.Printer) string {
	pct := func(v float64) string { return p.Sprintf("%g %%", table.Round(v*100, 2)) }
	return p.Sprintf("status: done at the target; on track from %s of the expected value, behind from %s, at risk below; not started: nothing yet and at most %s of the target due",
		pct(th.OnTrack), pct(th.AtRisk), pct(th.NotStarted))
}

func indexNote(p *i18n.Printer) string {
	return p.T("index: the mean of the reported outputs' percentages, each capped at 100 %")
}
