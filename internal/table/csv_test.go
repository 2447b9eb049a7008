package table

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// TestCSVLanguage: csv is Czech Excel's for a Czech reader and RFC 4180
// for anyone else; csv-rfc is RFC 4180 for everyone.
func TestCSVLanguage(t *testing.T) {
	for _, tt := range []struct {
		format string
		lang   i18n.Lang
		golden string
	}{
		{"csv", i18n.Czech, "sample.csv-cs.golden"},
		{"csv", i18n.English, "sample.csv.golden"},
		{"csv-rfc", i18n.Czech, "sample.csv.golden"},
		{"csv-rfc", i18n.English, "sample.csv.golden"},
	} {
		r, err := New(tt.format, Options{P: i18n.New(tt.lang)})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.Render(&b, sample()); err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", tt.golden), b.Bytes())
	}
}

// TestCzechCSVReadsBack: after the byte order mark, a CSV reader with
// semicolons gets every value in its own column, the keys in English.
func TestCzechCSVReadsBack(t *testing.T) {
	var b bytes.Buffer
	if err := (CSV{Czech: true}).Render(&b, sample()); err != nil {
		t.Fatal(err)
	}
	text, ok := strings.CutPrefix(b.String(), "\uFEFF")
	if !ok {
		t.Fatal("no byte order mark")
	}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0], ","); got != "id,title,achieved,percent,status,reported" {
		t.Errorf("header %q", got)
	}
	if got := rows[2][1]; got != "Žluťoučký kůň | *úpěl*" {
		t.Errorf("title %q", got)
	}
	if got := rows[2][2]; got != "0,3333" {
		t.Errorf("achieved %q, want a decimal comma", got)
	}
}

func TestCzechCells(t *testing.T) {
	for _, tt := range []struct {
		v    any
		want string
	}{
		{nil, ""},
		{3, "3"},
		{1.0 / 3, "0,3333"},
		{-1.5, "-1,5"},
		{12345.5, "12345,5"},
		{Percent(27.98), "27,98"},
		{Bound{"min.", 20.5}, "20,5"},
		{true, "true"},
		{Coded{"at_risk", "at risk"}, "at_risk"},
		{"supervizní setkání 1.5", "supervizní setkání 1.5"},
		{"KA4", "KA4"},
		{"4.1", `="4.1"`},
		{"1.10", `="1.10"`},
		{"2025-03", `="2025-03"`},
		{"0042", `="0042"`},
		{"1e5", `="1e5"`},
		{"12:30", `="12:30"`},
		{Coded{"5304", "Broumov"}, `="5304"`},
		{"4.1/supervize", "4.1/supervize"},
		{"", ""},
	} {
		if got := (CSV{Czech: true}).cell(tt.v); got != tt.want {
			t.Errorf("cell(%#v) = %q, want %q", tt.v, got, tt.want)
		}
		if got, want := (CSV{}).cell(tt.v), machine(tt.v); got != want {
			t.Errorf("RFC cell(%#v) = %q, want %q", tt.v, got, want)
		}
	}
}
