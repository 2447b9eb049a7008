package statuscmd

import (
	"rrp/internal/fulfil"
	"rrp/internal/table"
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
	KA           string       `json:"ka"`
	Activity     string       `json:"activity"`
	Output       string       `json:"output"`
	Part         string       `json:"part,omitempty"`
	Title        string       `json:"title"`
	Unit         string       `json:"unit"`
	PerUnit      float64      `json:"per_unit,omitempty"`
	Target       float64      `json:"target"`
	Achieved     float64      `json:"achieved"`
	InPeriod     float64      `json:"in_period"`
	Percent      float64      `json:"percent"`
	Expected     float64      `json:"expected"`
	Forecast     float64      `json:"forecast"`
	Status       string       `json:"status"`
	Reported     *bool        `json:"reported,omitempty"`
	Events       int          `json:"events"`
	Participants float64      `json:"participants"`
	Parts        []jsonOutput `json:"parts,omitempty"`
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
	return j
}

// jsonValue fills what an output and its parts share.
func jsonValue(o fulfil.Output, v fulfil.Value) jsonOutput {
	j := jsonOutput{
		KA: o.KA, Activity: o.Activity, Output: o.ID, Unit: o.Unit,
		Target:       round(v.Target),
		Achieved:     round(v.Achieved),
		InPeriod:     round(v.InPeriod),
		Percent:      table.Round(v.Percent, 2),
		Expected:     round(v.Expected),
		Forecast:     round(v.Forecast),
		Status:       string(v.Status),
		Events:       v.Events,
		Participants: round(v.Participants),
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
