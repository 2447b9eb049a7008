package importer

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"rrp/internal/finding"
)

// Problem is something wrong with a row of the sheet, a header or the
// mapping file, said in the sheet's terms (row and column header) rather
// than in YAML's.
type Problem struct {
	File     string
	Row      int    // the sheet's row; 0 for a problem in the mapping file
	Line     int    // the mapping file's line and column
	Col      int    //
	Column   string // the column's header, "" when the problem is the row's
	colIndex int    // the column's place, to sort by
	rows     string // "2, 4, 5" for a warning of several rows (see Collapse)
	Severity finding.Severity
	Message  string
	Hint     string
}

// Where renders the location: FILE:row N: column "X", or FILE:line:col in
// the mapping file.
func (p Problem) Where() string {
	switch {
	case p.rows != "" && p.Column != "":
		return fmt.Sprintf("%s:rows %s: column %q", p.File, p.rows, p.Column)
	case p.rows != "":
		return fmt.Sprintf("%s:rows %s", p.File, p.rows)
	case p.Row > 0 && p.Column != "":
		return fmt.Sprintf("%s:row %d: column %q", p.File, p.Row, p.Column)
	case p.Row > 0:
		return fmt.Sprintf("%s:row %d", p.File, p.Row)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
	return p.File
}

// SortProblems orders problems by file and row, errors before warnings,
// then by column (the row's own problems first).
func SortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Row, b.Row), cmp.Compare(a.Line, b.Line),
			cmp.Compare(b.Severity, a.Severity), cmp.Compare(a.inColumn(), b.inColumn()),
			cmp.Compare(a.colIndex, b.colIndex), cmp.Compare(a.Col, b.Col), cmp.Compare(a.Message, b.Message))
	})
}

// inColumn is 1 for a problem of a cell, 0 for one of the whole row.
func (p Problem) inColumn() int {
	if p.Column != "" {
		return 1
	}
	return 0
}

// OnlyErrors drops the warnings: when an import fails they would only
// bury the errors, and they come back once the errors are fixed.
func OnlyErrors(ps []Problem) []Problem {
	return slices.DeleteFunc(slices.Clone(ps), func(p Problem) bool { return p.Severity != finding.Error })
}

// Collapse makes one line of a warning that many rows share (a sheet
// without evidence warns on every row), listing the rows.
func Collapse(ps []Problem) []Problem {
	type key struct{ file, column, message, hint string }
	first := map[key]int{}
	rows := map[key][]string{}
	var out []Problem
	for _, p := range ps {
		if p.Severity != finding.Warning || p.Row == 0 {
			out = append(out, p)
			continue
		}
		k := key{p.File, p.Column, p.Message, p.Hint}
		if _, ok := first[k]; !ok {
			first[k] = len(out)
			out = append(out, p)
		}
		rows[k] = append(rows[k], strconv.Itoa(p.Row))
	}
	for k, i := range first {
		if len(rows[k]) > 1 {
			out[i].rows = strings.Join(rows[k], ", ")
		}
	}
	return out
}

// WriteProblems prints the problems one per line, errors as
// `FILE:row N: column "X": message` and warnings marked, each hint on an
// indented line below as rrp validate prints them.
func WriteProblems(w io.Writer, ps []Problem) error {
	for _, p := range ps {
		sev := ""
		if p.Severity == finding.Warning {
			sev = "warning: "
		}
		if _, err := fmt.Fprintf(w, "%s: %s%s\n", p.Where(), sev, p.Message); err != nil {
			return err
		}
		if p.Hint != "" {
			if _, err := fmt.Fprintf(w, "    hint: %s\n", p.Hint); err != nil {
				return err
			}
		}
	}
	return nil
}

// Errors counts the problems that stop the import.
func Errors(ps []Problem) int {
	n := 0
	for _, p := range ps {
		if p.Severity == finding.Error {
			n++
		}
	}
	return n
}
