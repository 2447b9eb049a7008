package importer

import (
	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/load"
)

// Record keys a column can hold; by_group.<id> columns come on top.
const (
	KeyDate         = "date"
	KeyDateTo       = "date_to"
	KeyOutput       = "output"
	KeyQuantity     = "quantity"
	KeyHours        = "hours"
	KeyParticipants = "participants"
	KeyPersons      = "persons"
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
	"do": KeyDateTo, "datum do": KeyDateTo,
	"vystup": KeyOutput,
	"pocet":  KeyQuantity, "mnozstvi": KeyQuantity,
	"hodiny": KeyHours, "pocet hodin": KeyHours,
	"ucastnici": KeyParticipants, "pocet ucastniku": KeyParticipants, "participants total": KeyParticipants,
	"osoby": KeyPersons, "kody osob": KeyPersons,
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
	k, ok := defaultHeaders[czech.Normalize(header)]
	return k, ok
}
