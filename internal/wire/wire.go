// Package wire reads the compact binary forms rrp keeps in its cache:
// varints and runs of bytes. The first shortfall fails the reader: every
// later value is zero and its error the one its owner named, so damaged
// bytes never panic and each form says what was damaged.
package wire

import "encoding/binary"

// Reader reads B from the front.
type Reader struct {
	B []byte
	// Err is Damage once a read fell short.
	Err    error
	Damage error
}

// Fail marks the bytes damaged; every later read gives zero.
func (r *Reader) Fail() {
	if r.Err == nil {
		r.Err = r.Damage
	}
	r.B = nil
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	v, n := binary.Uvarint(r.B)
	if n <= 0 {
		r.Fail()
		return 0
	}
	r.B = r.B[n:]
	return v
}

// Varint reads a signed varint: an unsigned one zigzag-encoded, as
// binary.AppendVarint writes it.
func (r *Reader) Varint() int64 {
	u := r.Uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// Bytes reads the next n bytes, capped so that appending to them leaves
// what follows alone.
func (r *Reader) Bytes(n int) []byte {
	if n < 0 || n > len(r.B) {
		r.Fail()
		return nil
	}
	out := r.B[:n:n]
	r.B = r.B[n:]
	return out
}
