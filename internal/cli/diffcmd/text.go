package diffcmd

import (
	"fmt"
	"io"

	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/table"
)

var textFormat = entry{Name: "table", Description: "a table per kind of change, for the terminal", Impl: writeText}

// writeText prints the heading, the summary and a table per kind of
// change there is.
func writeText(w io.Writer, res *diff.Result, o table.Options) error {
	p := o.P
	if _, err := fmt.Fprintf(w, "%s\n%s\n", heading(res, p), res.Summary().Line(p)); err != nil {
		return err
	}
	for _, sec := range sections(res, p) {
		doc := &table.Document{Title: []string{"", sec.title + ":"}, Table: sec.table}
		if err := (table.Text{Width: o.Width, P: o.P}).Render(w, doc); err != nil {
			return err
		}
	}
	return nil
}
