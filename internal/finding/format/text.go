package format

import (
	"fmt"
	"io"

	"github.com/kraj-hk/rrp/internal/finding"
)

// Text prints one finding per line as file:line:col: severity: message, its
// hint indented below, and a closing count.
type Text struct{}

var textFormat = entry{Name: "text", Impl: Text{}}

// Format implements Formatter.
func (Text) Format(w io.Writer, fs []finding.Finding, sum Summary) error {
	for _, f := range fs {
		if err := writeText(w, f, f.Severity.String()+": "); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "%s, %s in %s and %s (%s)\n",
		Plural(sum.Errors, "error"), Plural(sum.Warnings, "warning"),
		Plural(sum.PlanFiles, "plan file"), Plural(sum.RecordFiles, "record file"), Plural(sum.Records, "record"))
	return err
}

// List implements Lister: like Format, but without the summary and with
// only the warnings marked, as an error stops the import anyway.
func (Text) List(w io.Writer, fs []finding.Finding) error {
	for _, f := range fs {
		marker := ""
		if f.Severity == finding.Warning {
			marker = "warning: "
		}
		if err := writeText(w, f, marker); err != nil {
			return err
		}
	}
	return nil
}

// writeText prints one finding, its hint indented on the line below.
func writeText(w io.Writer, f finding.Finding, marker string) error {
	if _, err := fmt.Fprintf(w, "%s: %s%s\n", f.Where(), marker, f.Message); err != nil {
		return err
	}
	if f.Hint == "" {
		return nil
	}
	_, err := fmt.Fprintf(w, "    hint: %s\n", f.Hint)
	return err
}

// Plural counts a noun: "1 error", "2 errors".
func Plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
