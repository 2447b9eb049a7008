package load

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// encoder writes a payload (see payload.go).
type encoder struct {
	file source.FileID
	b    []byte
	err  error
}

func (e *encoder) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) varint(v int64)   { e.b = binary.AppendVarint(e.b, v) }

func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// float keeps the exact bits; with the bytes reversed, the numbers people
// write (12, 1.5) take two or three bytes.
func (e *encoder) float(v float64) { e.uvarint(bits.ReverseBytes64(math.Float64bits(v))) }

// Forms of a position.
const (
	posNone  = 0 // the zero Pos: not written anywhere
	posHere  = 1 // in the file itself
	posOther = 2 // in another file, named
	// zeroVal marks a value whose Val is the zero value and not written.
	zeroVal = 0x80
)

// pos writes a position's form, or'ed with flags, then its place.
func (e *encoder) pos(p source.Pos, flags byte) {
	switch {
	case p == source.Pos{}:
		e.b = append(e.b, posNone|flags)
		return
	case p.FileID() == e.file:
		e.b = append(e.b, posHere|flags)
	default:
		e.b = append(e.b, posOther|flags)
		e.str(p.File())
	}
	e.varint(int64(p.Line))
	e.varint(int64(p.Col))
}

func (e *encoder) text(v source.Value[string]) {
	if v.Val == "" {
		e.pos(v.Pos, zeroVal)
		return
	}
	e.pos(v.Pos, 0)
	e.str(v.Val)
}

func (e *encoder) number(v source.Value[float64]) {
	if math.Float64bits(v.Val) == 0 {
		e.pos(v.Pos, zeroVal)
		return
	}
	e.pos(v.Pos, 0)
	e.float(v.Val)
}

func (e *encoder) day(v source.Value[date.Date]) {
	if v.Val == 0 {
		e.pos(v.Pos, zeroVal)
		return
	}
	e.pos(v.Pos, 0)
	e.varint(int64(v.Val))
}

// length writes a slice's length, one more than it, so that a nil slice
// (0) stays apart from an empty one.
func (e *encoder) length(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(n) + 1)
}

func (e *encoder) texts(vs []source.Value[string]) {
	e.length(len(vs), vs == nil)
	for _, v := range vs {
		e.text(v)
	}
}

func (e *encoder) strs(ss []string) {
	e.length(len(ss), ss == nil)
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) record(r *record.Record) {
	e.pos(r.Pos, 0)
	e.day(r.Date)
	e.day(r.DateTo)
	e.text(r.Output)
	e.number(r.Quantity)
	e.number(r.Hours)
	e.pos(r.Participants.Pos, 0)
	e.number(r.Participants.Total)
	e.length(len(r.Participants.ByGroup), r.Participants.ByGroup == nil)
	for _, g := range r.Participants.ByGroup {
		e.text(g.Group)
		e.number(g.Count)
	}
	e.text(r.Place)
	e.text(r.Territory)
	e.texts(r.Evidence)
	e.text(r.Status)
	e.text(r.ID)
	e.text(r.Note)
	e.texts(r.Persons)
	e.strs(r.Unread)
}

func (e *encoder) finding(f *finding.Finding) {
	if f.Sheet != nil {
		e.err = errUnencodable // the loader places nothing in a sheet
		return
	}
	e.pos(f.Pos, 0)
	e.uvarint(uint64(f.Severity))
	e.str(string(f.Code))
	e.str(f.Message)
	e.str(f.Format)
	e.length(len(f.Args), f.Args == nil)
	for _, a := range f.Args {
		e.arg(a)
	}
	e.str(f.Hint)
	e.str(f.HintFormat)
	e.length(len(f.HintArgs), f.HintArgs == nil)
	for _, a := range f.HintArgs {
		e.arg(a)
	}
	e.length(len(f.Related), f.Related == nil)
	for _, p := range f.Related {
		e.pos(p, 0)
	}
}

// Kinds of a finding's argument.
const (
	argString = iota
	argInt
	argInt32
	argInt64
	argFloat
	argBool
	argDate
	argStrings
	argText
)

func (e *encoder) arg(a any) {
	switch v := a.(type) {
	case string:
		e.b = append(e.b, argString)
		e.str(v)
	case int:
		e.b = append(e.b, argInt)
		e.varint(int64(v))
	case int32:
		e.b = append(e.b, argInt32)
		e.varint(int64(v))
	case int64:
		e.b = append(e.b, argInt64)
		e.varint(v)
	case float64:
		e.b = append(e.b, argFloat)
		e.float(v)
	case bool:
		e.b = append(e.b, argBool)
		if v {
			e.uvarint(1)
		} else {
			e.uvarint(0)
		}
	case date.Date:
		e.b = append(e.b, argDate)
		e.varint(int64(v))
	case []string:
		e.b = append(e.b, argStrings)
		e.strs(v)
	case i18n.Text: // a word of the message said in the reader's language
		e.b = append(e.b, argText)
		e.str(v.Format)
		e.length(len(v.Args), v.Args == nil)
		for _, a := range v.Args {
			e.arg(a)
		}
	default:
		e.err = fmt.Errorf("%w: %T", errUnencodable, a)
	}
}
