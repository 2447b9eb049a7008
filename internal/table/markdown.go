package table

import (
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/olekukonko/tablewriter/renderer"
)

// Markdown is GitHub-flavoured Markdown for pull-request comments and CI
// job summaries: the first title line as a heading, the rest and the notes
// as paragraphs, the table whole (no text is cut).
// Markdown writes a table for pull-request comments; P speaks the
// reader's language (numbers with a decimal comma in Czech).
type Markdown struct{ P *i18n.Printer }

var markdownFormat = entry{Name: "markdown", Description: "for pull-request comments and CI job summaries",
	Impl: func(o Options) Renderer { return Markdown{P: o.P} }}

// Render writes the document.
func (m Markdown) Render(w io.Writer, doc *Document) error {
	var b strings.Builder
	for i, l := range doc.Title {
		if i == 0 {
			fmt.Fprintf(&b, "### %s\n\n", escapeMarkdown(l))
			continue
		}
		fmt.Fprintf(&b, "%s\n\n", escapeMarkdown(l))
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	g := newGrid(&doc.Table, m.P)
	g.rewrite(escapeMarkdown)
	if err := draw(w, renderer.NewMarkdown(), g); err != nil {
		return err
	}
	b.Reset()
	for _, l := range doc.Notes {
		fmt.Fprintf(&b, "\n%s\n", escapeMarkdown(l))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownEscaper keeps plan text literal: a pipe would split a cell, and
// *, _, `, [ and < would format or link.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`",
	"[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;", "\n", " ", "\r", "",
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }
