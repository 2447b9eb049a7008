package diffcmd

import (
	"io"

	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/table"
)

var jsonFormat = entry{Name: "json", Description: "for programs", Impl: writeJSON}

// writeJSON writes for programs: keys and codes, nothing in a language.
func writeJSON(w io.Writer, res *diff.Result, _ table.Options) error {
	return table.JSON{}.Render(w, &table.Document{Data: jsonResult(res)})
}

// The JSON document: what was compared, the summary's counts and every
// change. Values are rounded to 4 decimals, percentages to 2, as in rrp
// status.

type jsonDoc struct {
	Base    jsonRev        `json:"base"`
	Head    jsonRev        `json:"head"`
	AsOf    string         `json:"as_of"`
	Summary diff.Summary   `json:"summary"`
	Outputs []jsonOutput   `json:"outputs"`
	Plan    []jsonPlan     `json:"plan"`
	Records jsonRecordDiff `json:"records"`
}

type jsonRev struct {
	Rev      string `json:"rev,omitempty"`
	Commit   string `json:"commit,omitempty"`
	WorkTree bool   `json:"work_tree"`
}

type jsonIdentity struct {
	KA       string `json:"ka"`
	Activity string `json:"activity"`
	Output   string `json:"output"`
	Part     string `json:"part,omitempty"`
	// Territory is set for an output's share of one territory.
	Territory string `json:"territory,omitempty"`
	Title     string `json:"title"`
	Unit      string `json:"unit"`
}

type jsonOutput struct {
	jsonIdentity
	Before *jsonValue `json:"before"`
	After  *jsonValue `json:"after"`
}

type jsonValue struct {
	Target   float64 `json:"target"`
	Achieved float64 `json:"achieved"`
	Percent  float64 `json:"percent"`
	Status   string  `json:"status"`
}

type jsonPlan struct {
	Change string `json:"change"`
	jsonIdentity
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

type jsonRecordDiff struct {
	Added   []diff.Rec   `json:"added"`
	Removed []diff.Rec   `json:"removed"`
	Changed []jsonChange `json:"changed"`
	Moved   int          `json:"moved"`
}

type jsonChange struct {
	Before diff.Rec           `json:"before"`
	After  diff.Rec           `json:"after"`
	Fields []diff.FieldChange `json:"fields"`
}

func jsonResult(res *diff.Result) jsonDoc {
	doc := jsonDoc{
		Base: revJSON(res.Base), Head: revJSON(res.Head), AsOf: res.AsOf.String(), Summary: res.Summary(),
		Outputs: []jsonOutput{}, Plan: []jsonPlan{},
		Records: jsonRecordDiff{Added: nonNil(res.Records.Added), Removed: nonNil(res.Records.Removed), Changed: []jsonChange{}, Moved: res.Records.Moved},
	}
	for _, c := range res.Outputs {
		doc.Outputs = append(doc.Outputs, jsonOutput{jsonIdentity: identity(c), Before: valueJSON(c.Before), After: valueJSON(c.After)})
	}
	for _, c := range res.Plan {
		doc.Plan = append(doc.Plan, jsonPlan{Change: c.Kind, jsonIdentity: identity(c.Output), Before: c.Before, After: c.After})
	}
	for _, c := range res.Records.Changed {
		doc.Records.Changed = append(doc.Records.Changed, jsonChange(c))
	}
	return doc
}

func revJSON(r gitrev.Rev) jsonRev {
	return jsonRev{Rev: r.Name, Commit: r.Commit, WorkTree: r.WorkTree()}
}

func identity(c diff.OutputChange) jsonIdentity {
	return jsonIdentity{KA: c.KA, Activity: c.Activity, Output: c.Output, Part: c.Part, Territory: c.Territory, Title: c.Title, Unit: c.Unit}
}

func valueJSON(v *fulfil.Value) *jsonValue {
	if v == nil {
		return nil
	}
	return &jsonValue{Target: table.Round(v.Target, 4), Achieved: table.Round(v.Achieved, 4), Percent: table.Round(v.Percent, 2), Status: string(v.Status)}
}

func nonNil(rs []diff.Rec) []diff.Rec {
	if rs == nil {
		return []diff.Rec{}
	}
	return rs
}
