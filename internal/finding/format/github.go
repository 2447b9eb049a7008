package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
)

// GitHub writes workflow commands (::error file=…,line=…::message) that
// GitHub Actions shows as annotations on the pull request's lines.
type GitHub struct{}

var githubFormat = entry{Name: "github", Description: "annotations in GitHub Actions", Impl: GitHub{}}

// Format implements Formatter.
func (g GitHub) Format(w io.Writer, fs []finding.Finding, sum Summary) error {
	if err := g.List(w, fs); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "rrp: %s, %s in %s, %s\n",
		Plural(sum.Errors, "error"), Plural(sum.Warnings, "warning"),
		Plural(sum.PlanFiles+sum.RecordFiles, "file"), Plural(sum.Records, "record"))
	return err
}

// List implements Lister: the annotations without the summary. A finding
// in a sheet is annotated at its row as the line, its message led by the
// column's header.
func (GitHub) List(w io.Writer, fs []finding.Finding) error {
	for _, f := range fs {
		msg := f.Message
		if f.Sheet != nil && f.Sheet.Column != "" {
			msg = fmt.Sprintf("column %q: %s", f.Sheet.Column, msg)
		}
		if f.Hint != "" {
			msg += "\nhint: " + f.Hint
		}
		props := "file=" + escapeProperty(f.Pos.File)
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
