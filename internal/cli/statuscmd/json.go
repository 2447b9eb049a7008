package statuscmd

import (
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/table"
)

// The JSON document holds every view at once, whatever --by says: programs
// pick what they need. Values are rounded to 4 decimals, percentages to 2.

type jsonDoc struct {
	Project       string         `json:"project"`
	Name          string         `json:"name"`
	Start         string         `json:"start"`
	End           string         `json:"end"`
	AsOf          string         `json:"as_of"`
	Period        *jsonPeriod    `json:"period"`
	KA            string         `json:"ka,omitempty"`
	Thresholds    jsonThresholds `json:"thresholds"`
	Outputs       []jsonOutput   `json:"outputs"`
	Activities    []jsonRollup   `json:"activities"`
	KeyActivities []jsonRollup   `json:"key_activities"`
	Territories   []jsonReach    `json:"territories"`
	Groups        []jsonReach    `json:"target_groups"`
	Total         jsonRollup     `json:"total"`
	Skipped       int            `json:"skipped_records"`
}

type jsonPeriod struct {
	ID   string `json:"id,omitempty"`
	From string `json:"from"`
	To   string `json:"to"`
}

type jsonThresholds struct {
	OnTrack    float64 `json:"on_track"`
	AtRisk     float64 `json:"at_risk"`
	NotStarted float64 `json:"not_started"`
}

// jsonOutput is an output, or one of its parts (Part set, no Parts).
type jsonOutput struct {
	KA       string  `json:"ka"`
	Activity string  `json:"activity"`
	Output   string  `json:"output"`
	Part     string  `json:"part,omitempty"`
	Title    string  `json:"title"`
	Unit     string  `json:"unit"`
	PerUnit  float64 `json:"per_unit,omitempty"`
	// Target, Percent, Expected and Forecast are absent for a milestone,
	// which has no number; TargetIs is absent for an exact target.
	Target       *float64     `json:"target,omitempty"`
	TargetIs     string       `json:"target_is,omitempty"`
	Achieved     float64      `json:"achieved"`
	InPeriod     float64      `json:"in_period"`
	Percent      *float64     `json:"percent,omitempty"`
	Expected     *float64     `json:"expected,omitempty"`
	Forecast     *float64     `json:"forecast,omitempty"`
	Status       string       `json:"status"`
	Reported     *bool        `json:"reported,omitempty"`
	Events       int          `json:"events"`
	Participants float64      `json:"participants"`
	Opening      float64      `json:"opening,omitempty"`
	Due          string       `json:"due,omitempty"`
	Parts        []jsonOutput `json:"parts,omitempty"`
	Territories  []jsonShare  `json:"territories,omitempty"`
}

// jsonShare is an output's value in one territory of its by_territory
// split.
type jsonShare struct {
	Territory string  `json:"territory"`
	Target    float64 `json:"target"`
	Achieved  float64 `json:"achieved"`
	InPeriod  float64 `json:"in_period"`
	Percent   float64 `json:"percent"`
	Status    string  `json:"status"`
}

// jsonMilestones counts milestones by status.
type jsonMilestones struct {
	Done int `json:"done"`
	Open int `json:"open"`
	Late int `json:"late"`
}

type jsonRollup struct {
	KA           string   `json:"ka,omitempty"`
	Activity     string   `json:"activity,omitempty"`
	Title        string   `json:"title,omitempty"`
	Territory    string   `json:"territory,omitempty"`
	Outputs      int      `json:"outputs"`
	Done         int      `json:"done"`
	OnTrack      int      `json:"on_track"`
	Behind       int      `json:"behind"`
	AtRisk       int      `json:"at_risk"`
	NotStarted   int      `json:"not_started"`
	Index        *float64 `json:"index"`
	Internal     int      `json:"internal"`
	Events       int      `json:"events"`
	Participants float64  `json:"participants"`
	// Milestones is absent when the roll-up has none.
	Milestones *jsonMilestones `json:"milestones,omitempty"`
}

type jsonReach struct {
	ID                   string  `json:"id"`
	Name                 string  `json:"name"`
	Type                 string  `json:"type,omitempty"`
	Events               int     `json:"events"`
	EventsInPeriod       int     `json:"events_in_period"`
	Participants         float64 `json:"participants"`
	ParticipantsInPeriod float64 `json:"participants_in_period"`
}

func jsonDocument(res *fulfil.Result) *jsonDoc {
	d := &jsonDoc{
		Project:    res.ProjectID,
		Name:       res.ProjectName,
		Start:      res.Start.String(),
		End:        res.End.String(),
		AsOf:       res.AsOf.String(),
		KA:         res.KA,
		Thresholds: jsonThresholds{res.Thresholds.OnTrack, res.Thresholds.AtRisk, res.Thresholds.NotStarted},
		Total:      jsonRollupOf(res.Total),
		Skipped:    res.Skipped,
		// empty lists print as [], not null
		Outputs:       []jsonOutput{},
		Activities:    []jsonRollup{},
		KeyActivities: []jsonRollup{},
		Territories:   []jsonReach{},
		Groups:        []jsonReach{},
	}
	if p := res.Period; p != nil {
		d.Period = &jsonPeriod{ID: p.ID, From: p.From.String(), To: p.To.String()}
	}
	for _, o := range res.Outputs {
		d.Outputs = append(d.Outputs, jsonOutputOf(o))
	}
	for _, a := range res.Activities {
		d.Activities = append(d.Activities, jsonRollupOf(a))
	}
	for _, k := range res.KeyActivities {
		d.KeyActivities = append(d.KeyActivities, jsonRollupOf(k))
	}
	for _, r := range res.Territories {
		d.Territories = append(d.Territories, jsonReachOf(r))
	}
	for _, r := range res.Groups {
		d.Groups = append(d.Groups, jsonReachOf(r))
	}
	return d
}

func jsonOutputOf(o fulfil.Output) jsonOutput {
	j := jsonValue(o, o.Value)
	j.Title = o.Title
	if o.PerUnit != 1 {
		j.PerUnit = o.PerUnit
	}
	for _, p := range o.Parts {
		pj := jsonValue(o, p.Value)
		pj.Part, pj.Title = p.ID, p.Title
		j.Parts = append(j.Parts, pj)
	}
	for _, tv := range o.Territories {
		j.Territories = append(j.Territories, jsonShare{
			Territory: tv.Territory, Target: round(tv.Target), Achieved: round(tv.Achieved),
			InPeriod: round(tv.InPeriod), Percent: table.Round(tv.Percent, 2), Status: string(tv.Status),
		})
	}
	j.Opening = round(o.Opening)
	if o.Plan != nil && o.Plan.Due.IsSet() {
		j.Due = o.Plan.Due.Val.String()
	}
	return j
}

// jsonValue fills what an output and its parts share.
func jsonValue(o fulfil.Output, v fulfil.Value) jsonOutput {
	j := jsonOutput{
		KA: o.KA, Activity: o.Activity, Output: o.ID, Unit: o.Unit,
		Achieved:     round(v.Achieved),
		InPeriod:     round(v.InPeriod),
		Status:       string(v.Status),
		Events:       v.Events,
		Participants: round(v.Participants),
	}
	if !o.IsMilestone() {
		j.Target, j.Percent = ptr(round(v.Target)), ptr(table.Round(v.Percent, 2))
		j.Expected, j.Forecast = ptr(round(v.Expected)), ptr(round(v.Forecast))
	}
	if o.TargetIs != plan.Exact {
		j.TargetIs = string(o.TargetIs)
	}
	if !o.Reported {
		no := false
		j.Reported = &no
	}
	return j
}

func jsonRollupOf(r fulfil.Rollup) jsonRollup {
	j := jsonRollup{
		KA: r.KA, Activity: r.Activity, Title: r.Title, Territory: r.Territory,
		Outputs:      r.Outputs,
		Done:         r.Counts[fulfil.Done],
		OnTrack:      r.Counts[fulfil.OnTrack],
		Behind:       r.Counts[fulfil.Behind],
		AtRisk:       r.Counts[fulfil.AtRisk],
		NotStarted:   r.Counts[fulfil.NotStarted],
		Internal:     r.Internal,
		Events:       r.Events,
		Participants: round(r.Participants),
	}
	if r.HasIndex() {
		idx := table.Round(r.Index, 2)
		j.Index = &idx
	}
	if len(r.Milestones) > 0 {
		j.Milestones = &jsonMilestones{Done: r.Milestones[fulfil.Done], Open: r.Milestones[fulfil.Open], Late: r.Milestones[fulfil.Late]}
	}
	return j
}

func jsonReachOf(r fulfil.Reach) jsonReach {
	return jsonReach{
		ID: r.ID, Name: r.Name, Type: r.Type,
		Events: r.Events, EventsInPeriod: r.EventsInPeriod,
		Participants: round(r.Participants), ParticipantsInPeriod: round(r.ParticipantsInPeriod),
	}
}

func round(v float64) float64 { return table.Round(v, 4) }

func ptr(v float64) *float64 { return &v }
