package format

import (
	"encoding/json"
	"io"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
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
func (JSON) Format(w io.Writer, fs []finding.Finding, sum Summary, p *i18n.Printer) error {
	return writeJSON(w, jsonReport{Summary: sum, Findings: jsonFindings(fs, p)})
}

// List implements Lister. A finding in a sheet has its row as the line
// and the column's number and header.
func (JSON) List(w io.Writer, fs []finding.Finding, p *i18n.Printer) error {
	errs, warns := finding.Count(fs)
	return writeJSON(w, jsonList{Errors: errs, Warnings: warns, Findings: jsonFindings(fs, p)})
}

// jsonFindings keeps the keys and codes in English for programs; the
// message and hint are for people, in their language.
func jsonFindings(fs []finding.Finding, p *i18n.Printer) []jsonFinding {
	out := make([]jsonFinding, 0, len(fs)) // [] rather than null when clean
	for _, f := range fs {
		msg, hint := f.Say(p)
		jf := jsonFinding{
			File: f.Pos.File(), Line: f.Pos.Line, Column: f.Pos.Col,
			Severity: f.Severity.String(), Code: string(f.Code), Message: msg, Hint: hint,
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
