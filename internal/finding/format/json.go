package format

import (
	"encoding/json"
	"io"

	"github.com/kraj-hk/rrp/internal/finding"
)

// JSON writes one document: the summary's counts and the findings.
type JSON struct{}

var jsonFormat = entry{Name: "json", Impl: JSON{}}

type jsonFinding struct {
	File     string `json:"file"`
	Line     int32  `json:"line"`
	Column   int32  `json:"column"`
	Header   string `json:"header,omitempty"` // in a sheet: the column's header
	Rows     []int  `json:"rows,omitempty"`   // in a sheet: the rows that share the finding
	Severity string `json:"severity"`
	Code     string `json:"code"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
}

type jsonReport struct {
	Summary
	Findings []jsonFinding `json:"findings"`
}

// jsonList is the document of List: the counts and the findings.
type jsonList struct {
	Errors   int           `json:"errors"`
	Warnings int           `json:"warnings"`
	Findings []jsonFinding `json:"findings"`
}

// Format implements Formatter.
func (JSON) Format(w io.Writer, fs []finding.Finding, sum Summary) error {
	return writeJSON(w, jsonReport{Summary: sum, Findings: jsonFindings(fs)})
}

// List implements Lister. A finding in a sheet has its row as the line
// and the column's number and header.
func (JSON) List(w io.Writer, fs []finding.Finding) error {
	errs, warns := finding.Count(fs)
	return writeJSON(w, jsonList{Errors: errs, Warnings: warns, Findings: jsonFindings(fs)})
}

func jsonFindings(fs []finding.Finding) []jsonFinding {
	out := make([]jsonFinding, 0, len(fs)) // [] rather than null when clean
	for _, f := range fs {
		jf := jsonFinding{
			File: f.Pos.File, Line: f.Pos.Line, Column: f.Pos.Col,
			Severity: f.Severity.String(), Code: string(f.Code), Message: f.Message, Hint: f.Hint,
		}
		if f.Sheet != nil {
			jf.Header, jf.Rows = f.Sheet.Column, f.Sheet.Rows
		}
		out = append(out, jf)
	}
	return out
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
