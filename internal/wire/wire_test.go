package wire

import (
	"encoding/binary"
	"errors"
	"math"
	"testing"
)

var errBad = errors.New("bad")

func TestReader(t *testing.T) {
	var b []byte
	b = binary.AppendUvarint(b, 300)
	b = binary.AppendVarint(b, -7)
	b = append(b, "abc"...)
	r := Reader{B: b, Damage: errBad}
	if u, v, s := r.Uvarint(), r.Varint(), string(r.Bytes(3)); u != 300 || v != -7 || s != "abc" || r.Err != nil || len(r.B) != 0 {
		t.Fatalf("read %d, %d, %q, err %v, %d bytes left", u, v, s, r.Err, len(r.B))
	}
}

// TestShortfall: a read past the end, a varint cut off or a negative
// length fails the reader with its owner's error, and every later read
// gives zero.
func TestShortfall(t *testing.T) {
	for name, read := range map[string]func(*Reader){
		"bytes past the end": func(r *Reader) { r.Bytes(5) },
		"negative length":    func(r *Reader) { r.Bytes(-1) },
		"varint cut off":     func(r *Reader) { r.B = []byte{0x80}; r.Varint() },
		"uvarint of nothing": func(r *Reader) { r.B = nil; r.Uvarint() },
	} {
		r := Reader{B: []byte{1, 2, 3}, Damage: errBad}
		read(&r)
		if r.Err != errBad {
			t.Errorf("%s: err %v", name, r.Err)
		}
		if r.Uvarint() != 0 || r.Varint() != 0 || r.Bytes(0) != nil || r.Err != errBad {
			t.Errorf("%s: a failed reader still reads", name)
		}
	}
}

// TestVarintRange: every signed value binary.AppendVarint writes reads
// back, the extremes too.
func TestVarintRange(t *testing.T) {
	for _, v := range []int64{0, 1, -1, 63, -64, 64, -65, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64} {
		r := Reader{B: binary.AppendVarint(nil, v), Damage: errBad}
		if got := r.Varint(); got != v || r.Err != nil || len(r.B) != 0 {
			t.Errorf("%d read back as %d (err %v, %d bytes left)", v, got, r.Err, len(r.B))
		}
	}
}
