package importer

import "testing"

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
