package format

import (
	"fmt"
	"io"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// Text prints one finding per line as file:line:col: severity: message, its
// hint indented below, and a closing count.
type Text struct{}

var textFormat = entry{Name: "text", Impl: Text{}}

// Format implements Formatter.
func (Text) Format(w io.Writer, fs []finding.Finding, sum Summary, p *i18n.Printer) error {
	for _, f := range fs {
		if err := writeText(w, f, p.T(f.Severity.String())+": ", p); err != nil {
			return err
		}
	}
	// "in" is said with the plan files' number: Czech chooses between
	// "v" and "ve" by it.
	_, err := fmt.Fprintln(w, p.Sprintf("%s, %s %s and %s (%s)",
		p.Sprintf("%d errors", sum.Errors), p.Sprintf("%d warnings", sum.Warnings),
		p.Sprintf("in %d plan files", sum.PlanFiles), p.Sprintf("%d record files", sum.RecordFiles), p.Sprintf("%d records", sum.Records)))
	return err
}

// List implements Lister: like Format, but without the summary and with
// only the warnings marked, as an error stops the import anyway.
func (Text) List(w io.Writer, fs []finding.Finding, p *i18n.Printer) error {
	for _, f := range fs {
		marker := ""
		if f.Severity == finding.Warning {
			marker = p.T("warning") + ": "
		}
		if err := writeText(w, f, marker, p); err != nil {
			return err
		}
	}
	return nil
}

// writeText prints one finding, its hint indented on the line below.
func writeText(w io.Writer, f finding.Finding, marker string, p *i18n.Printer) error {
	msg, hint := f.Say(p)
	if _, err := fmt.Fprintf(w, "%s: %s%s\n", f.SayWhere(p), marker, msg); err != nil {
		return err
	}
	if hint == "" {
		return nil
	}
	_, err := fmt.Fprintf(w, "    %s: %s\n", p.T("hint"), hint)
	return err
}
