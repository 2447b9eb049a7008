package finding

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/source"
)

// SheetPos is a place in a spreadsheet, said as its reader sees it: a row
// and a column's header rather than a line and a column number. It lives
// on the Finding, not in source.Pos, which every record value carries.
type SheetPos struct {
	Row    int    // the sheet's row, from 1; 0 for the sheet as a whole
	Column string // the column's header; "" when the finding is the row's
	Index  int    // the column's place, from 0, to sort by
	Rows   []int  // the rows that share one warning (see Collapse)
}

// InSheet makes a finding at a row of a sheet and, when column is not
// "", at the column of that header, index counting from 0. Its Pos is the
// row as a line and the column's number, for formats that know only lines.
func InSheet(sev Severity, file string, row int, column string, index int, code Code, hint, format string, args ...any) Finding {
	pos := source.At(file, row, 0)
	if column != "" {
		pos.Col = int32(index + 1)
	}
	f := New(sev, pos, code, hint, format, args...)
	f.Sheet = &SheetPos{Row: row, Column: column, Index: index}
	return f
}

// Where renders the location in English: FILE:row N: column "X" in a
// sheet, FILE:line:col elsewhere.
func (f Finding) Where() string { return f.SayWhere(nil) }

// SayWhere renders the location in p's language: a sheet's rows and
// columns are words, a file's line and column are numbers.
func (f Finding) SayWhere(p *i18n.Printer) string {
	s := f.Sheet
	if s == nil {
		return f.Pos.String()
	}
	rows := ""
	switch {
	case len(s.Rows) > 1:
		rows = p.Sprintf("rows %s", joinInts(s.Rows))
	case s.Row > 0:
		rows = p.Sprintf("row %d", s.Row)
	default:
		return f.Pos.File()
	}
	if s.Column != "" {
		return f.Pos.File() + ":" + rows + ": " + p.Sprintf("column %q", s.Column)
	}
	return f.Pos.File() + ":" + rows
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

// compareSheet orders a sheet's findings by row, errors before warnings,
// then by column (the row's own findings first) and message.
func compareSheet(a, b Finding) int {
	sa, sb := sheetOf(a), sheetOf(b)
	return cmp.Or(
		cmp.Compare(sa.Row, sb.Row),
		cmp.Compare(b.Severity, a.Severity),
		cmp.Compare(inColumn(sa), inColumn(sb)),
		cmp.Compare(sa.Index, sb.Index),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Code, b.Code))
}

func sheetOf(f Finding) SheetPos {
	if f.Sheet == nil {
		return SheetPos{Row: int(f.Pos.Line)}
	}
	return *f.Sheet
}

// inColumn is 1 for a finding of a cell, 0 for one of the whole row.
func inColumn(s SheetPos) int {
	if s.Column != "" {
		return 1
	}
	return 0
}

// Collapse makes one finding of a warning that many rows of a sheet share
// (a sheet without evidence warns on every row), listing the rows.
func Collapse(fs []Finding) []Finding {
	type key struct {
		file, column, message, hint string
		code                        Code
	}
	first := map[key]int{}
	rows := map[key][]int{}
	var out []Finding
	for _, f := range fs {
		if f.Severity != Warning || f.Sheet == nil || f.Sheet.Row == 0 {
			out = append(out, f)
			continue
		}
		k := key{f.Pos.File(), f.Sheet.Column, f.Message, f.Hint, f.Code}
		if _, ok := first[k]; !ok {
			first[k] = len(out)
			out = append(out, f)
		}
		rows[k] = append(rows[k], f.Sheet.Row)
	}
	for k, i := range first {
		if len(rows[k]) > 1 {
			s := *out[i].Sheet
			s.Rows = rows[k]
			out[i].Sheet = &s
		}
	}
	return out
}
