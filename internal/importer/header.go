package importer

import (
	"strings"
	"unicode"

	"rrp/internal/load"
)

// Record keys a column can hold; by_group.<id> columns come on top.
const (
	KeyDate         = "date"
	KeyOutput       = "output"
	KeyQuantity     = "quantity"
	KeyHours        = "hours"
	KeyParticipants = "participants"
	KeyPlace        = "place"
	KeyTerritory    = "territory"
	KeyEvidence     = "evidence"
	KeyStatus       = "status"
	KeyID           = "id"
	KeyNote         = "note"
	// GroupPrefix starts a column of participants of one target group.
	GroupPrefix = "by_group."
)

// Keys lists the record keys in the order records are written: the
// loader's, so that a column can hold any key a record file can.
var Keys = load.KeySets()["record"].Allowed

// defaultHeaders are the headers understood without a mapping file,
// normalised: the record keys themselves and their usual Czech names.
var defaultHeaders = map[string]string{
	"datum": KeyDate, "datum akce": KeyDate,
	"vystup": KeyOutput,
	"pocet":  KeyQuantity, "mnozstvi": KeyQuantity,
	"hodiny": KeyHours, "pocet hodin": KeyHours,
	"ucastnici": KeyParticipants, "pocet ucastniku": KeyParticipants, "participants total": KeyParticipants,
	"misto": KeyPlace, "misto konani": KeyPlace,
	"uzemi":  KeyTerritory,
	"doklad": KeyEvidence, "doklady": KeyEvidence,
	"stav":     KeyStatus,
	"poznamka": KeyNote, "poznamky": KeyNote,
}

func init() {
	for _, k := range Keys {
		defaultHeaders[k] = k
	}
}

// DefaultKey returns the record key a header names without a mapping.
func DefaultKey(header string) (string, bool) {
	k, ok := defaultHeaders[Normalize(header)]
	return k, ok
}

// Normalize makes headers comparable the way a person reads them: case,
// Czech diacritics, surrounding spaces, runs of spaces and a trailing
// colon do not matter ("Účastníci:" is "ucastnici").
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSuffix(strings.TrimSpace(s), ":") {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(fold(r))
	}
	return b.String()
}

// fold lower-cases r and drops the diacritics of Czech and Slovak letters.
func fold(r rune) rune {
	r = unicode.ToLower(r)
	if plain, ok := czechLetters[r]; ok {
		return plain
	}
	return r
}

var czechLetters = map[rune]rune{
	'á': 'a', 'ä': 'a', 'č': 'c', 'ď': 'd', 'é': 'e', 'ě': 'e', 'í': 'i', 'ĺ': 'l', 'ľ': 'l',
	'ň': 'n', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'ř': 'r', 'ŕ': 'r', 'š': 's', 'ť': 't', 'ú': 'u',
	'ů': 'u', 'ü': 'u', 'ý': 'y', 'ž': 'z',
}
