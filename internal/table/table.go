// Package table renders a document holding one table in the formats rrp
// prints: a text table for the terminal, CSV, JSON and Markdown (for
// pull-request comments and CI job summaries). Commands build a Document
// once; each format is a Renderer, made for its reader (Options): the
// terminal's width, the language.
package table

import (
	"fmt"
	"io"
	"slices"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/registry"
)

// Align is how a column's cells line up in the text formats.
type Align int

// Alignments.
const (
	Left Align = iota
	Right
)

// Audience says which formats show a column.
type Audience int

// Audiences: every format, the ones people read (text, Markdown), or the
// ones programs read (CSV, JSON).
const (
	Everyone Audience = iota
	People
	Machines
)

// Column describes one column.
type Column struct {
	Key    string // CSV header and JSON key: lower_snake_case
	Header string // what people read above the column
	Align  Align
	For    Audience
	// Max is the text table's widest cell; longer text is cut with "…".
	// 0: no limit. Other formats always show the whole text.
	Max int
	// Indent marks the column that shows a sub-row's nesting (a part
	// under its output).
	Indent bool
}

// Row is one row of cells, in column order. Cells are string, int,
// float64, Percent, Coded, bool or nil (not applicable).
type Row struct {
	Cells []any
	// Sub marks a row that belongs to the row above it.
	Sub bool
}

// Table is the columns and the rows; Footer is a totals row for people
// (programs add up the rows themselves).
type Table struct {
	Columns []Column
	Rows    []Row
	Footer  []any
	// Narrow lists the keys of the columns a terminal too narrow for the
	// table leaves out, the first first; the others always show.
	Narrow []string
}

// Document is what a command prints.
type Document struct {
	// Title lines above the table, Notes below it; for people.
	Title []string
	Table Table
	Notes []string
	// Data is what JSON prints; nil prints the rows as objects.
	Data any
}

// Renderer writes a document in one format.
type Renderer interface {
	Render(w io.Writer, doc *Document) error
}

// Options are what a renderer knows of its reader.
type Options struct {
	// Width is the widest line the terminal shows: the text table fits
	// itself to it. 0: no limit (a pipe, a file).
	Width int
	// P speaks the reader's language; in Czech, csv is what Czech Excel
	// opens.
	P *i18n.Printer
}

// entry is a format's name, description and the making of its renderer;
// each format declares its own next to its type.
type entry = registry.Format[func(Options) Renderer]

// formats are in the order help texts name them, the default first.
var formats = registry.New(textFormat, csvFormat, csvRFCFormat, jsonFormat, markdownFormat)

// Names lists the formats, for shell completion.
func Names() []string { return formats.Names() }

// List names the formats for help texts: "table, csv, json, markdown".
func List() string { return formats.List() }

// Description says in a few words what a format is for, in English; ""
// for a name that is not a format.
func Description(name string) string { return formats.Description(name) }

// New returns the renderer of a format for the reader o describes.
func New(name string, o Options) (Renderer, error) {
	if r, ok := formats.Lookup(name); ok {
		return r(o), nil
	}
	return nil, fmt.Errorf("unknown format %q (use %s)", name, List())
}

// visible returns the indexes of the columns an audience sees.
func (t *Table) visible(who Audience) []int {
	var idx []int
	for i, c := range t.Columns {
		if c.For == Everyone || c.For == who {
			idx = append(idx, i)
		}
	}
	return idx
}

// pick returns the cells at idx; missing cells are nil.
func pick(cells []any, idx []int) []any {
	out := make([]any, len(idx))
	for i, j := range idx {
		if j < len(cells) {
			out[i] = cells[j]
		}
	}
	return out
}

func columns(t *Table, idx []int) []Column {
	out := make([]Column, len(idx))
	for i, j := range idx {
		out[i] = t.Columns[j]
	}
	return out
}

// hasFooter reports whether the table has a totals row.
func (t *Table) hasFooter() bool {
	return slices.ContainsFunc(t.Footer, func(c any) bool { return c != nil })
}
