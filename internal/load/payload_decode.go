package load

import (
	"math"
	"math/bits"
	"unsafe"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
	"github.com/kraj-hk/rrp/internal/wire"
)

// decoder reads a payload; the first fault makes every later value zero
// and Err errPayload, so a damaged payload never panics.
type decoder struct {
	wire.Reader
	file source.FileID
	// values and groups are where the small slices of the records are
	// cut from: one allocation for many records rather than one each.
	values pool[source.Value[string]]
	groups pool[record.GroupCount]
}

// pool hands out the small slices of one payload's records from larger
// allocations.
type pool[T any] struct {
	free []T
	size int // of the last allocation
}

// chunk is the most items a pool allocates at once.
const chunk = 256

// cut returns the next n items, capped so that appending to one record's
// slice leaves the next alone. Allocations start small and double up to
// chunk: a file of one record (100k such files are a project) takes
// what it needs, not a chunk.
func (p *pool[T]) cut(n int) []T {
	if len(p.free) < n {
		p.size = min(max(2*p.size, 4), chunk)
		p.free = make([]T, max(n, p.size))
	}
	out := p.free[:n:n]
	p.free = p.free[n:]
	return out
}

// count reads a number of items, each at least a byte long: a count
// larger than what is left is damage, not a reason to allocate.
func (d *decoder) count() int {
	n := d.Uvarint()
	if n > uint64(len(d.B)) {
		d.Fail()
		return 0
	}
	return int(n)
}

// length reads what encoder.length wrote: -1 for nil.
func (d *decoder) length() int {
	n := d.Uvarint()
	if n > uint64(len(d.B))+1 {
		d.Fail()
		return -1
	}
	return int(n) - 1
}

func (d *decoder) str() string {
	n := d.Uvarint()
	if n > uint64(len(d.B)) {
		d.Fail()
		return ""
	}
	if n == 0 {
		return ""
	}
	s := unsafe.String(&d.B[0], int(n))
	d.B = d.B[n:]
	return s
}

func (d *decoder) float() float64 { return math.Float64frombits(bits.ReverseBytes64(d.Uvarint())) }

func (d *decoder) int32() int32 {
	v := d.Varint()
	if v != int64(int32(v)) {
		d.Fail()
	}
	return int32(v)
}

// pos reads a position and the flags written with it.
func (d *decoder) pos() (source.Pos, byte) {
	if len(d.B) == 0 {
		d.Fail()
		return source.Pos{}, 0
	}
	form, flags := d.B[0]&^zeroVal, d.B[0]&zeroVal
	d.B = d.B[1:]
	var p source.Pos
	var file source.FileID
	switch form {
	case posNone:
		return p, flags
	case posHere:
		file = d.file
	case posOther:
		file = source.IDOf(d.str())
	default:
		d.Fail()
		return p, flags
	}
	return file.At(int(d.int32()), int(d.int32())), flags
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
	vs := d.values.cut(n)
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
		r.Participants.ByGroup = d.groups.cut(n)
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
	f.Severity = finding.Severity(d.Uvarint())
	f.Code = finding.Code(d.str())
	f.Message = d.str()
	f.Format = d.str()
	f.Args = d.args()
	f.Hint = d.str()
	f.HintFormat = d.str()
	f.HintArgs = d.args()
	if n := d.length(); n >= 0 {
		f.Related = make([]source.Pos, n)
		for i := range f.Related {
			f.Related[i], _ = d.pos()
		}
	}
	return f
}

// args reads a list of arguments, nil when it was nil.
func (d *decoder) args() []any {
	n := d.length()
	if n < 0 {
		return nil
	}
	out := make([]any, n)
	for i := range out {
		out[i] = d.arg()
	}
	return out
}

func (d *decoder) arg() any {
	if len(d.B) == 0 {
		d.Fail()
		return nil
	}
	kind := d.B[0]
	d.B = d.B[1:]
	switch kind {
	case argString:
		return d.str()
	case argInt:
		return int(d.Varint())
	case argInt32:
		return d.int32()
	case argInt64:
		return d.Varint()
	case argFloat:
		return d.float()
	case argBool:
		return d.Uvarint() == 1
	case argDate:
		return date.Date(d.int32())
	case argStrings:
		return d.strs()
	case argText:
		return i18n.Text{Format: d.str(), Args: d.args()}
	}
	d.Fail()
	return nil
}
