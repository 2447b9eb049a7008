package format

import (
	"encoding/json"
	"io"

	"rrp/internal/finding"
)

// JSON writes one document: the summary's counts and the findings.
type JSON struct{}

var jsonFormat = entry{Name: "json", Impl: JSON{}}

type jsonFinding struct {
	File     string `json:"file"`
	Line     int32  `json:"line"`
	Column   int32  `json:"column"`
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

type jsonReport struct {
	Summary
	Findings []jsonFinding `json:"findings"`
}

// Format implements Formatter.
func (JSON) Format(w io.Writer, fs []finding.Finding, sum Summary) error {
	rep := jsonReport{Summary: sum, Findings: make([]jsonFinding, 0, len(fs))}
	for _, f := range fs {
		rep.Findings = append(rep.Findings, jsonFinding{
			File: f.Pos.File, Line: f.Pos.Line, Column: f.Pos.Col,
			Severity: f.Severity.String(), Code: f.Code, Message: f.Message, Hint: f.Hint,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(rep)
}
