package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// GitHub writes workflow commands (::error file=…,line=…::message) that
// GitHub Actions shows as annotations on the pull request's lines.
type GitHub struct{}

var githubFormat = entry{Name: "github", Description: "annotations in GitHub Actions", Impl: GitHub{}}

// Format implements Formatter.
func (g GitHub) Format(w io.Writer, fs []finding.Finding, sum Summary, p *i18n.Printer) error {
	if err := g.List(w, fs, p); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "rrp: %s\n", p.Sprintf("%s, %s %s, %s",
		p.Sprintf("%d errors", sum.Errors), p.Sprintf("%d warnings", sum.Warnings),
		p.Sprintf("in %d files", sum.PlanFiles+sum.RecordFiles), p.Sprintf("%d records", sum.Records)))
	return err
}

// List implements Lister: the annotations without the summary. A finding
// in a sheet is annotated at its row as the line, its message led by the
// column's header.
func (GitHub) List(w io.Writer, fs []finding.Finding, p *i18n.Printer) error {
	for _, f := range fs {
		msg, hint := f.Say(p)
		if f.Sheet != nil && f.Sheet.Column != "" {
			msg = p.Sprintf("column %q: %s", f.Sheet.Column, msg)
		}
		if hint != "" {
			msg += "\n" + p.T("hint") + ": " + hint
		}
		props := "file=" + escapeProperty(f.Pos.File())
		if f.Pos.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d", f.Pos.Line, f.Pos.Col)
		}
		props += ",title=" + escapeProperty("rrp "+string(f.Code))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", f.Severity, props, escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData and escapeProperty follow the escaping of the GitHub Actions
// toolkit (@actions/core command.ts).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
