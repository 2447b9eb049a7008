package diffcmd

import (
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/table"
)

var markdownFormat = entry{Name: "markdown", Description: "a pull-request comment", Impl: writeMarkdown}

// maxMarkdownRecords caps the records listed in Markdown: a comment on a
// pull request that imports a thousand records must stay under the size
// GitHub and GitLab accept; the counts are in the summary.
const maxMarkdownRecords = 100

// writeMarkdown writes a pull-request comment: a heading, the summary
// line, the outputs and the plan changes, and the records folded away.
func writeMarkdown(w io.Writer, res *diff.Result, o table.Options) error {
	p := o.P
	if _, err := fmt.Fprintf(w, "### %s\n\n%s\n", escape(heading(res, p)), escape(res.Summary().Line(p))); err != nil {
		return err
	}
	for _, sec := range sections(res, p) {
		if err := markdownSection(w, sec, p); err != nil {
			return err
		}
	}
	return nil
}

func markdownSection(w io.Writer, sec section, p *i18n.Printer) error {
	t := sec.table
	var more int
	if sec.fold && len(t.Rows) > maxMarkdownRecords {
		more = len(t.Rows) - maxMarkdownRecords
		t.Rows = t.Rows[:maxMarkdownRecords]
	}
	open, closing := fmt.Sprintf("\n**%s**\n\n", escape(sec.title)), ""
	if sec.fold {
		open = fmt.Sprintf("\n<details><summary>%s</summary>\n\n", escape(sec.title))
		closing = "\n</details>\n"
	}
	if more > 0 {
		closing = "\n" + p.Sprintf("… and %d more (run rrp diff to see them all)", more) + "\n" + closing
	}
	if _, err := io.WriteString(w, open); err != nil {
		return err
	}
	if err := (table.Markdown{}).Render(w, &table.Document{Table: t}); err != nil {
		return err
	}
	_, err := io.WriteString(w, closing)
	return err
}

// markdownEscaper keeps revision names and titles literal, as the table
// package does for cells.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "\n", " ", "\r", "",
)

func escape(s string) string { return markdownEscaper.Replace(s) }
