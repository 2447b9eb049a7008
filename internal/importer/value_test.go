package importer

import (
	"slices"
	"testing"

	"rrp/internal/date"
)

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"3", 3, true},
		{"1,5", 1.5, true},
		{"1.5", 1.5, true},
		{" 2 ", 2, true},
		{"1 500", 1500, true},
		{"1\u00a0500,25", 1500.25, true},
		{",5", 0.5, true},
		{"-2", -2, true}, // negative is a number; the checks refuse it
		{"1,5h", 0, false},
		{"1.500,5", 0, false},
		{"1,2,3", 0, false},
		{"inf", 0, false},
		{"NaN", 0, false},
		{"1e9", 0, false},
		{"0x10", 0, false},
		{"", 0, false},
		{"pět", 0, false},
	} {
		got, err := ParseNumber(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestParseDate(t *testing.T) {
	d := func(s string) date.Date {
		v, err := date.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tc := range []struct {
		in      string
		serials Serials
		want    date.Date
		ok      bool
	}{
		{"2025-03-12", NoSerials, d("2025-03-12"), true},
		{"12.3.2025", NoSerials, d("2025-03-12"), true},
		{"12. 3. 2025", NoSerials, d("2025-03-12"), true},
		{"12.03.2025", NoSerials, d("2025-03-12"), true},
		{" 1. 12. 2025 ", NoSerials, d("2025-12-01"), true},
		{"2025-03-12T00:00:00Z", Serials1900, d("2025-03-12"), true},
		{"45728", Serials1900, d("2025-03-12"), true},      // Excel's serial of 12. 3. 2025
		{"45728.5833", Serials1900, d("2025-03-12"), true}, // with a time of day
		{"45728", NoSerials, 0, false},                     // in CSV a number is not a date
		{"30.2.2025", NoSerials, 0, false},                 // no such day
		{"12/3/2025", NoSerials, 0, false},                 // ambiguous: refused
		{"2025-3-12", NoSerials, 0, false},                 // not ISO
		{"12. 3.", NoSerials, 0, false},                    // no year
		{"", Serials1900, 0, false},
	} {
		got, err := ParseDate(tc.in, tc.serials)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDate(%q, %v) = %v, %v; want %v, ok %v", tc.in, tc.serials, got, err, tc.want, tc.ok)
		}
	}
}

func TestParseStatus(t *testing.T) {
	for in, want := range map[string]string{
		"held": "held", "Proběhlo": "held", "USKUTEČNĚNO": "held", "zrušeno": "cancelled",
		"Nekonalo se": "cancelled", "cancelled": "cancelled", "odloženo": "odloženo", " held ": "held",
	} {
		if got := ParseStatus(in); got != want {
			t.Errorf("ParseStatus(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitList(t *testing.T) {
	got := SplitList(" a.pdf; b, c.pdf |d.pdf\n\n e.pdf ;")
	want := []string{"a.pdf", "b, c.pdf", "d.pdf", "e.pdf"}
	if !slices.Equal(got, want) {
		t.Errorf("SplitList = %q, want %q", got, want)
	}
}

func TestDefaultKey(t *testing.T) {
	for header, want := range map[string]string{
		"Datum": KeyDate, "DATUM AKCE": KeyDate, "date": KeyDate, "Výstup": KeyOutput, "vystup": KeyOutput,
		"Počet": KeyQuantity, "Hodiny:": KeyHours, "  počet   hodin ": KeyHours, "Účastníci": KeyParticipants,
		"místo": KeyPlace, "Území": KeyTerritory, "Doklad": KeyEvidence, "Stav": KeyStatus,
		"Poznámka": KeyNote, "ID": KeyID, "note": KeyNote, "participants": KeyParticipants,
	} {
		if got, ok := DefaultKey(header); !ok || got != want {
			t.Errorf("DefaultKey(%q) = %q, %v; want %q", header, got, ok, want)
		}
	}
	for _, header := range []string{"Jméno", "telefon", "data", "", "výstupy KA"} {
		if got, ok := DefaultKey(header); ok {
			t.Errorf("DefaultKey(%q) = %q, want no key", header, got)
		}
	}
}

func TestSeparator(t *testing.T) {
	for in, want := range map[string]rune{
		"datum;výstup;hodiny\n":      ';',
		"date,output,hours\n":        ',',
		"date\toutput\thours\n":      '\t',
		"\"a;b\",c,d\n":              ',', // inside quotes it does not count
		"\n\ndatum;poznámka, text\n": ';',
		"datum\n2025-03-12\n":        ',',
	} {
		if got := separator([]byte(in)); got != want {
			t.Errorf("separator(%q) = %q, want %q", in, got, want)
		}
	}
}

// Czech Excel saves "CSV (oddělený středníkem)" in Windows-1250.
func TestReadCSVWindows1250(t *testing.T) {
	data := []byte("Datum;V\xfdstup;Pozn\xe1mka\n12.3.2025;4.1/supervize;\xf8e\xe8\n")
	tb, err := ReadCSV("a.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	if tb.Note == "" || tb.Rows[0].Cells[1] != "Výstup" || tb.Rows[1].Cells[2] != "řeč" {
		t.Errorf("read %v, note %q", tb.Rows, tb.Note)
	}
	utf, err := ReadCSV("a.csv", []byte("\ufeffDatum;Výstup\n"))
	if err != nil || utf.Note != "" || utf.Rows[0].Cells[0] != "Datum" {
		t.Errorf("UTF-8 with a byte-order mark read as %v, note %q, %v", utf.Rows, utf.Note, err)
	}
}
