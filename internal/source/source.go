// Package source keeps where in the project's files a value was written, so
// that every finding can point a coordinator at the exact line and column.
package source

import "fmt"

// Pos is a position in a file: 1-based line and column. The zero Pos means
// "not written anywhere" (a default, or a value derived by rrp). A
// position names its file by a FileID, so that it is 12 bytes and
// holds no pointer: a record holds some fifteen positions, and a project
// 100k records.
type Pos struct {
	file FileID
	Line int32
	Col  int32
}

// At builds a position; yaml reports int lines and columns. A line of 0
// is the file as a whole.
func At(file string, line, col int) Pos {
	return IDOf(file).At(line, col)
}

// InFile is the position of a file as a whole.
func InFile(file string) Pos { return IDOf(file).At(0, 0) }

// File is the name of the file the position is in; "" for none.
func (p Pos) File() string { return p.file.Name() }

// FileID is the number of the position's file; 0 for none.
func (p Pos) FileID() FileID { return p.file }

// IsValid reports whether the position points into a file.
func (p Pos) IsValid() bool { return p.file != 0 }

// String renders the position as file:line:col, the form editors and CI
// systems turn into links.
func (p Pos) String() string {
	switch {
	case p.file == 0:
		return "-"
	case p.Line == 0:
		return p.File()
	default:
		return fmt.Sprintf("%s:%d:%d", p.File(), p.Line, p.Col)
	}
}

// Before orders positions by file, then line, then column.
func (p Pos) Before(q Pos) bool {
	if p.file != q.file {
		return p.File() < q.File()
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
