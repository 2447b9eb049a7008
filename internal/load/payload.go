package load

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
	"github.com/kraj-hk/rrp/internal/wire"
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
	e := encoder{file: source.IDOf(name), b: make([]byte, 0, 64+200*len(recs))}
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
	d := decoder{Reader: wire.Reader{B: payload, Damage: errPayload}}
	recs, comments, found = d.count(), d.count(), d.count()
	return recs, comments, found, d.Err
}

// decodePayload fills recs and comments (of the lengths payloadCounts
// gave) from the payload of the file named name and adds its findings to
// fl.
func decodePayload(name string, payload []byte, recs []record.Record, comments []source.Value[string], fl *finding.List) error {
	d := decoder{Reader: wire.Reader{B: payload, Damage: errPayload}, file: source.IDOf(name)}
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
	if len(d.B) != 0 {
		d.Fail() // bytes left over
	}
	if d.Err != nil {
		return d.Err
	}
	fl.Merge(&list)
	return nil
}
