// Package source keeps where in the project's files a value was written, so
// that every finding can point a coordinator at the exact line and column.
package source

import "fmt"

// Pos is a position in a file: 1-based line and column. The zero Pos means
// "not written anywhere" (a default, or a value derived by rrp).
type Pos struct {
	File string
	Line int32
	Col  int32
}

// At builds a position; yaml reports int lines and columns.
func At(file string, line, col int) Pos {
	return Pos{File: file, Line: int32(line), Col: int32(col)}
}

// IsValid reports whether the position points into a file.
func (p Pos) IsValid() bool { return p.File != "" }

// String renders the position as file:line:col, the form editors and CI
// systems turn into links.
func (p Pos) String() string {
	switch {
	case p.File == "":
		return "-"
	case p.Line == 0:
		return p.File
	default:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
}

// Before orders positions by file, then line, then column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Value is a value read from a file together with the position it was
// written at. A Value with an invalid Pos was not written: it holds the
// default.
type Value[T any] struct {
	Val T
	Pos Pos
}

// IsSet reports whether the value was written in a file.
func (v Value[T]) IsSet() bool { return v.Pos.IsValid() }

// Or returns the value when it was written, otherwise def.
func (v Value[T]) Or(def T) T {
	if v.IsSet() {
		return v.Val
	}
	return def
}
