package load

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"unsafe"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// What one records file decoded to (its records, comment lines and
// findings) is kept as a payload: a compact binary form that the cache
// stores between runs and that every run decodes into the project's one
// slice of records, each file's records straight into their place. The
// payload names no file: positions in the file itself are marked as such
// and take the file's name when decoded, so a project read from another
// folder (--dir) finds the same payloads.
//
// A payload begins with its counts, so that the records of every file can
// be placed before any is decoded:
//
//	records, comments, findings (uvarints), then each of them.
//
// Strings decoded from a payload share its bytes, which are never
// changed: decoding allocates no string.

// errUnencodable means a file's results hold a value the payload has no
// form for (a finding argument of an unexpected type): the file is kept as
// decoded and not cached.
var errUnencodable = errors.New("no payload form")

// errPayload means a payload is not one this build wrote.
var errPayload = errors.New("damaged payload")

// encodeRecordsFile is the payload of a records file named name.
func encodeRecordsFile(name string, recs []record.Record, comments []source.Value[string], found []finding.Finding) ([]byte, error) {
	e := encoder{file: name, b: make([]byte, 0, 64+200*len(recs))}
	e.uvarint(uint64(len(recs)))
	e.uvarint(uint64(len(comments)))
	e.uvarint(uint64(len(found)))
	for i := range recs {
		e.record(&recs[i])
	}
	for _, c := range comments {
		e.text(c)
	}
	for i := range found {
		e.finding(&found[i])
	}
	return e.b, e.err
}

// payloadCounts reads the counts at the head of a payload.
func payloadCounts(payload []byte) (recs, comments, found int, err error) {
	d := decoder{b: payload}
	recs, comments, found = d.count(), d.count(), d.count()
	return recs, comments, found, d.err
}

// decodePayload fills recs and comments (of the lengths payloadCounts
// gave) from the payload of the file named name and adds its findings to
// fl.
func decodePayload(name string, payload []byte, recs []record.Record, comments []source.Value[string], fl *finding.List) error {
	d := decoder{file: name, b: payload}
	if d.count() != len(recs) || d.count() != len(comments) {
		return errPayload
	}
	found := d.count()
	for i := range recs {
		d.record(&recs[i])
	}
	for i := range comments {
		comments[i] = d.text()
	}
	var list finding.List
	for range found {
		list.Add(d.finding())
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = errPayload
	}
	if d.err != nil {
		return d.err
	}
	fl.Merge(&list)
	return nil
}

type encoder struct {
	file string
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
	case p.File == e.file:
		e.b = append(e.b, posHere|flags)
	default:
		e.b = append(e.b, posOther|flags)
		e.str(p.File)
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
	default:
		e.err = fmt.Errorf("%w: %T", errUnencodable, a)
	}
}

// decoder reads a payload; the first fault makes every later value zero
// and err errPayload, so a damaged payload never panics.
type decoder struct {
	file string
	b    []byte
	err  error
	// values and groups are where the small slices of the records are
	// cut from: one allocation for many records rather than one each.
	values []source.Value[string]
	groups []record.GroupCount
}

// chunk is how many values the decoder allocates at once.
const chunk = 256

// cut returns the next n items of *pool, refilling it when it runs short,
// capped so that appending to one record's slice leaves the next alone.
func cut[T any](pool *[]T, n int) []T {
	if len(*pool) < n {
		*pool = make([]T, max(n, chunk))
	}
	out := (*pool)[:n:n]
	*pool = (*pool)[n:]
	return out
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errPayload
	}
	d.b = nil
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a number of items, each at least a byte long: a count
// larger than what is left is damage, not a reason to allocate.
func (d *decoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return 0
	}
	return int(n)
}

// length reads what encoder.length wrote: -1 for nil.
func (d *decoder) length() int {
	n := d.uvarint()
	if n > uint64(len(d.b))+1 {
		d.fail()
		return -1
	}
	return int(n) - 1
}

func (d *decoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		d.fail()
		return ""
	}
	if n == 0 {
		return ""
	}
	s := unsafe.String(&d.b[0], int(n))
	d.b = d.b[n:]
	return s
}

func (d *decoder) float() float64 { return math.Float64frombits(bits.ReverseBytes64(d.uvarint())) }

func (d *decoder) int32() int32 {
	v := d.varint()
	if v != int64(int32(v)) {
		d.fail()
	}
	return int32(v)
}

// pos reads a position and the flags written with it.
func (d *decoder) pos() (source.Pos, byte) {
	if len(d.b) == 0 {
		d.fail()
		return source.Pos{}, 0
	}
	form, flags := d.b[0]&^zeroVal, d.b[0]&zeroVal
	d.b = d.b[1:]
	var p source.Pos
	switch form {
	case posNone:
		return p, flags
	case posHere:
		p.File = d.file
	case posOther:
		p.File = d.str()
	default:
		d.fail()
		return p, flags
	}
	p.Line, p.Col = d.int32(), d.int32()
	return p, flags
}

func (d *decoder) text() (v source.Value[string]) {
	var flags byte
	if v.Pos, flags = d.pos(); flags == 0 {
		v.Val = d.str()
	}
	return v
}

func (d *decoder) number() (v source.Value[float64]) {
	var flags byte
	if v.Pos, flags = d.pos(); flags == 0 {
		v.Val = d.float()
	}
	return v
}

func (d *decoder) day() (v source.Value[date.Date]) {
	var flags byte
	if v.Pos, flags = d.pos(); flags == 0 {
		v.Val = date.Date(d.int32())
	}
	return v
}

func (d *decoder) texts() []source.Value[string] {
	n := d.length()
	if n < 0 {
		return nil
	}
	vs := cut(&d.values, n)
	for i := range vs {
		vs[i] = d.text()
	}
	return vs
}

func (d *decoder) strs() []string {
	n := d.length()
	if n < 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

func (d *decoder) record(r *record.Record) {
	r.Pos, _ = d.pos()
	r.Date = d.day()
	r.DateTo = d.day()
	r.Output = d.text()
	r.Quantity = d.number()
	r.Hours = d.number()
	r.Participants.Pos, _ = d.pos()
	r.Participants.Total = d.number()
	if n := d.length(); n >= 0 {
		r.Participants.ByGroup = cut(&d.groups, n)
		for i := range r.Participants.ByGroup {
			g := &r.Participants.ByGroup[i]
			g.Group, g.Count = d.text(), d.number()
		}
	}
	r.Place = d.text()
	r.Territory = d.text()
	r.Evidence = d.texts()
	r.Status = d.text()
	r.ID = d.text()
	r.Note = d.text()
	r.Persons = d.texts()
	r.Unread = d.strs()
}

func (d *decoder) finding() finding.Finding {
	var f finding.Finding
	f.Pos, _ = d.pos()
	f.Severity = finding.Severity(d.uvarint())
	f.Code = finding.Code(d.str())
	f.Message = d.str()
	f.Format = d.str()
	if n := d.length(); n >= 0 {
		f.Args = make([]any, n)
		for i := range f.Args {
			f.Args[i] = d.arg()
		}
	}
	f.Hint = d.str()
	if n := d.length(); n >= 0 {
		f.Related = make([]source.Pos, n)
		for i := range f.Related {
			f.Related[i], _ = d.pos()
		}
	}
	return f
}

func (d *decoder) arg() any {
	if len(d.b) == 0 {
		d.fail()
		return nil
	}
	kind := d.b[0]
	d.b = d.b[1:]
	switch kind {
	case argString:
		return d.str()
	case argInt:
		return int(d.varint())
	case argInt32:
		return d.int32()
	case argInt64:
		return d.varint()
	case argFloat:
		return d.float()
	case argBool:
		return d.uvarint() == 1
	case argDate:
		return date.Date(d.int32())
	case argStrings:
		return d.strs()
	}
	d.fail()
	return nil
}
