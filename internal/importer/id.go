package importer

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/record"
)

// IDPrefix starts the ids rrp import gives records.
const IDPrefix = "imp-"

// idAlphabet writes the hash in an id: consonants only, so that an id
// never holds a run of digits that a check (rrp's own, or a scanner's)
// could take for a phone or birth number, nor a word.
const idAlphabet = "bcdfghjkmnpqrstvwxz"

// idLetters is the length of the hash in an id: 19^10, about 42 bits, so
// that even 10 000 imported records collide with a chance of about 1 in
// 80 000 (a collision would skip a row as already imported).
const idLetters = 10

// legacyHexDigits is the length of the hexadecimal hash that ids had
// before (imp-d653062794): such ids stay valid, and a row imported with
// one is recognised as imported.
const legacyHexDigits = 10

// Canonical is a record's content in one fixed form: the values as read,
// not as written (1,5 and 1.5, 12. 3. 2025 and 2025-03-12 are the same),
// independent of the sheet's column order and headers.
func Canonical(r *record.Record) string {
	var b strings.Builder
	field := func(k, v string) { fmt.Fprintf(&b, "%s=%s\x1f", k, v) }
	num := func(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
	if r.Date.IsSet() {
		field(KeyDate, r.Date.Val.String())
	}
	// date_to and persons only when given: the ids of rows without them
	// stay those earlier imports gave.
	if r.DateTo.IsSet() {
		field(KeyDateTo, r.DateTo.Val.String())
	}
	field(KeyOutput, r.Output.Val)
	if r.Quantity.IsSet() {
		field(KeyQuantity, num(r.Quantity.Val))
	}
	if r.Hours.IsSet() {
		field(KeyHours, num(r.Hours.Val))
	}
	if r.Participants.Total.IsSet() {
		field(KeyParticipants, num(r.Participants.Total.Val))
	}
	groups := make([]string, 0, len(r.Participants.ByGroup))
	for _, g := range r.Participants.ByGroup {
		groups = append(groups, g.Group.Val+":"+num(g.Count.Val))
	}
	slices.Sort(groups)
	field("by_group", strings.Join(groups, ","))
	if len(r.Persons) > 0 {
		codes := make([]string, 0, len(r.Persons))
		for _, p := range r.Persons {
			codes = append(codes, p.Val)
		}
		slices.Sort(codes)
		field(KeyPersons, strings.Join(codes, ","))
	}
	field(KeyPlace, r.Place.Val)
	field(KeyTerritory, r.Territory.Val)
	ev := make([]string, 0, len(r.Evidence))
	for _, e := range r.Evidence {
		ev = append(ev, e.Val)
	}
	field(KeyEvidence, strings.Join(ev, "\x1e"))
	field(KeyStatus, r.Status.Val)
	field(KeyNote, r.Note.Val)
	return b.String()
}

// HashID is the id of a row without an id column: a short hash of its
// canonical content. The n-th (from 1) of identical rows in one sheet
// hashes n too, so two sessions alike in every cell stay two records,
// and stay the same two on every import.
func HashID(canonical string, n int) string {
	sum := hashOf(canonical, n)
	v := binary.BigEndian.Uint64(sum[:8])
	id := make([]byte, idLetters)
	for i := range id {
		id[i] = idAlphabet[v%uint64(len(idAlphabet))]
		v /= uint64(len(idAlphabet))
	}
	return IDPrefix + string(id)
}

// LegacyHashID is the id that rrp import gave the same row before ids
// were written in letters only.
func LegacyHashID(canonical string, n int) string {
	sum := hashOf(canonical, n)
	return IDPrefix + hex.EncodeToString(sum[:])[:legacyHexDigits]
}

func hashOf(canonical string, n int) [sha256.Size]byte {
	if n > 1 {
		canonical += "#" + strconv.Itoa(n)
	}
	return sha256.Sum256([]byte(canonical))
}
