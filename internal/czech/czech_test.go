package czech

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
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
		{"2958465", Serials1900, d("9999-12-31"), true}, // the last day Excel shows
		{"2958466", Serials1900, 0, false},
		{"2957003", Serials1904, d("9999-12-31"), true}, // the same day in the 1904 system
		{"2957004", Serials1904, 0, false},              // would be year 10000
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

// TestSplitList: one rule for every list typed as one value, evidence
// files and person codes alike: commas separate, and the semicolons, bars
// and line breaks people type out of habit; a name in double quotes keeps
// its commas.
func TestSplitList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{" a.pdf, b.pdf ,c.pdf", []string{"a.pdf", "b.pdf", "c.pdf"}},
		{" a.pdf; b.pdf |d.pdf\n\n e.pdf ;", []string{"a.pdf", "b.pdf", "d.pdf", "e.pdf"}},
		{" K-017, K-023;K-1 |\n, K-2 ,", []string{"K-017", "K-023", "K-1", "K-2"}},
		{`"listina 12, 3.pdf", b.pdf`, []string{"listina 12, 3.pdf", "b.pdf"}},
		{` "a; b.pdf" ;c.pdf`, []string{"a; b.pdf", "c.pdf"}},
		{`zpráva "final".pdf`, []string{`zpráva "final".pdf`}},
		{"a\r\nb", []string{"a", "b"}},
		{" , ;", nil},
		{"", nil},
	} {
		if got := SplitList(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("SplitList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJoinList: a list written as one value reads back as the list.
func TestJoinList(t *testing.T) {
	for _, list := range [][]string{
		{"a.pdf", "b.pdf"},
		{"listina 12, 3.pdf", "b; c.pdf"},
		{"K-017"},
		{`zpráva "final".pdf`},
	} {
		if got := SplitList(JoinList(list)); !slices.Equal(got, list) {
			t.Errorf("SplitList(JoinList(%q)) = %q", list, got)
		}
	}
	if got := JoinList([]string{"a.pdf", "b.pdf"}); got != "a.pdf, b.pdf" {
		t.Errorf("JoinList = %q", got)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Účastníci:": "ucastnici", "  počet   hodin ": "pocet hodin", "DATUM": "datum",
		"Ľubica Ťažká": "lubica tazka", "a:b": "a:b", "": "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
