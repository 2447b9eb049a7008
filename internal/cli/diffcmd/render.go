package diffcmd

import (
	"io"

	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/registry"
	"github.com/kraj-hk/rrp/internal/table"
)

// renderer writes a diff result in one format for the reader o
// describes: what people read is in o.P's language, tables fit o.Width.
type renderer func(w io.Writer, res *diff.Result, o table.Options) error

// entry is a format's name, description and renderer; each format
// declares its own next to its renderer.
type entry = registry.Format[renderer]

// formats are in the order help texts name them, the default first.
var formats = registry.New(textFormat, markdownFormat, jsonFormat)

// Formats lists the output formats of rrp diff, for shell completion.
func Formats() []string { return formats.Names() }

// write renders the result in a format of Formats.
func write(w io.Writer, res *diff.Result, format string, o table.Options) error {
	if r, ok := formats.Lookup(format); ok {
		return r(w, res, o)
	}
	return i18n.Errorf("unknown format %q (use %s)", format, formats.List())
}

// heading names what was compared.
func heading(res *diff.Result, p *i18n.Printer) string {
	return p.Sprintf("rrp diff: %s → %s, as of %s", res.Base.Label(p), res.Head.Label(p), res.AsOf)
}
