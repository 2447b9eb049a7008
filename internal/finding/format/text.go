package format

import (
	"fmt"
	"io"

	"rrp/internal/finding"
)

// Text prints one finding per line as file:line:col: severity: message, its
// hint indented below, and a closing count.
type Text struct{}

var textFormat = entry{Name: "text", Impl: Text{}}

// Format implements Formatter.
func (Text) Format(w io.Writer, fs []finding.Finding, sum Summary) error {
	for _, f := range fs {
		if _, err := fmt.Fprintf(w, "%s: %s: %s\n", f.Pos, f.Severity, f.Message); err != nil {
			return err
		}
		if f.Hint != "" {
			if _, err := fmt.Fprintf(w, "    hint: %s\n", f.Hint); err != nil {
				return err
			}
		}
	}
	_, err := fmt.Fprintf(w, "%s, %s in %s and %s (%s)\n",
		Plural(sum.Errors, "error"), Plural(sum.Warnings, "warning"),
		Plural(sum.PlanFiles, "plan file"), Plural(sum.RecordFiles, "record file"), Plural(sum.Records, "record"))
	return err
}

// Plural counts a noun: "1 error", "2 errors".
func Plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
