package importer

import "testing"

func TestDefaultKey(t *testing.T) {
	for header, want := range map[string]string{
		"Datum": KeyDate, "DATUM AKCE": KeyDate, "date": KeyDate, "Výstup": KeyOutput, "vystup": KeyOutput,
		"Počet": KeyQuantity, "Hodiny:": KeyHours, "  počet   hodin ": KeyHours, "Účastníci": KeyParticipants,
		"místo": KeyPlace, "Území": KeyTerritory, "Doklad": KeyEvidence, "Stav": KeyStatus,
		"Poznámka": KeyNote, "ID": KeyID, "note": KeyNote, "participants": KeyParticipants,
		"Osoby": KeyPersons, "Kódy osob": KeyPersons, "persons": KeyPersons,
		"Do": KeyDateTo, "Datum do:": KeyDateTo, "date_to": KeyDateTo,
	} {
		if got, ok := DefaultKey(header); !ok || got != want {
			t.Errorf("DefaultKey(%q) = %q, %v; want %q", header, got, ok, want)
		}
	}
	for _, header := range []string{"Jméno", "telefon", "data", "", "výstupy KA", "jména osob", "od"} {
		if got, ok := DefaultKey(header); ok {
			t.Errorf("DefaultKey(%q) = %q, want no key", header, got)
		}
	}
}
