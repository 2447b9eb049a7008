package czech

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/kraj-hk/rrp/internal/date"
)

// The fuzz targets feed the value parsers what a spreadsheet cell or a
// prompt may hold. None may panic; a value accepted must be a real one,
// and a value written the way Czech users write it must read back as the
// value itself.

// czechNumber writes v as a Czech spreadsheet shows it: a decimal comma and
// the thousands grouped by sep (a space, a no-break space, or nothing).
func czechNumber(v float64, sep string) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if math.Signbit(v) {
		b.WriteByte('-')
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("," + frac)
	}
	return b.String()
}

func FuzzParseNumber(f *testing.F) {
	for _, seed := range []string{"3", "1,5", "1.5", " 2 ", "1 500", "1\u00a0500,25", ",5", "-2", "1,5h", "1.500,5", "inf", "1e9", "0x10", "", "pět", "+,0", "00012,50"} {
		f.Add(seed, 1500.25, uint8(0))
	}
	f.Add("", -0.0, uint8(1))
	f.Add("", 1e300, uint8(2))
	f.Add("", 5e-324, uint8(3))
	seps := []string{"", " ", "\u00a0", "\u202f"}
	f.Fuzz(func(t *testing.T, s string, v float64, style uint8) {
		got, err := ParseNumber(s)
		if err == nil {
			if math.IsNaN(got) || math.IsInf(got, 0) {
				t.Fatalf("ParseNumber(%q) = %v", s, got)
			}
			if strings.ContainsFunc(s, unicode.IsLetter) {
				t.Fatalf("ParseNumber(%q) = %v: a letter is no part of a number", s, got)
			}
			if back, err := ParseNumber(czechNumber(got, " ")); err != nil || back != got {
				t.Fatalf("ParseNumber(%q) = %v, which written as %q reads %v, %v", s, got, czechNumber(got, " "), back, err)
			}
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return
		}
		text := czechNumber(v, seps[int(style)%len(seps)])
		if style&4 != 0 {
			text = strings.Replace(text, ",", ".", 1) // the decimal point is read too
		}
		back, err := ParseNumber(text)
		if err != nil || back != v || math.Signbit(back) != math.Signbit(v) {
			t.Fatalf("ParseNumber(%q) = %v, %v; want %v", text, back, err, v)
		}
	})
}

// The days ParseDate must read: years written with four digits.
var (
	firstDay = date.New(1, time.January, 1)
	// Day 61 of the 1900 system, the first real date Excel counts right.
	firstSerial = date.New(1900, time.March, 1)
)

func FuzzParseDate(f *testing.F) {
	for _, seed := range []string{"2025-03-12", "12.3.2025", "12. 3. 2025", " 1. 12. 2025 ", "2025-03-12T00:00:00Z", "45728", "45728.5833", "30.2.2025", "12/3/2025", "2025-3-12", "12. 3.", "", "60", "2958465.9", "29.2.1900", "0001-01-01"} {
		f.Add(seed, uint8(1), int32(20159))
	}
	f.Add("", uint8(2), int32(-719162))
	f.Add("", uint8(0), int32(2932896))
	f.Fuzz(func(t *testing.T, s string, system uint8, day int32) {
		serials := Serials(system % 3)
		if got, err := ParseDate(s, serials); err == nil {
			if back, err := ParseDate(got.String(), NoSerials); err != nil || back != got {
				t.Fatalf("ParseDate(%q) = %v, which reads back as %v, %v", s, got, back, err)
			}
		}
		d := date.Date(day)
		if d < firstDay || d > lastDay {
			return
		}
		y, m, dd := d.Time().Date()
		for _, text := range []string{
			d.String(),
			fmt.Sprintf("%d.%d.%04d", dd, m, y),
			fmt.Sprintf("%d. %d. %04d", dd, m, y),
			fmt.Sprintf("%02d.%02d.%04d", dd, m, y),
			d.String() + "T00:00:00Z",
		} {
			if got, err := ParseDate(text, serials); err != nil || got != d {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", text, got, err, d)
			}
		}
		if d >= firstSerial {
			day0, _ := Serials1900.epoch()
			text := strconv.Itoa(int(d-day0)) + ".25" // a quarter past six
			if got, err := ParseDate(text, Serials1900); err != nil || got != d {
				t.Fatalf("ParseDate(%q, 1900) = %v, %v; want %v", text, got, err, d)
			}
		}
	})
}

func FuzzSplitList(f *testing.F) {
	for _, seed := range []string{" a.pdf; b, c.pdf |d.pdf\n\n e.pdf ;", " K-017, K-023;K-1 |\n, K-2 ,", " , ;", "", "a\r\nb", "\u00a0x\u00a0|y", `"a, b", c`, `x "y, z`} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		list := SplitList(s)
		for _, part := range list {
			if part == "" || part != strings.TrimSpace(part) {
				t.Fatalf("SplitList(%q) gave %q", s, part)
			}
			// Only a quoted name keeps a separator.
			if !strings.Contains(s, `"`) && strings.ContainsAny(part, ",;|\n\r") {
				t.Fatalf("SplitList(%q) gave %q, with a separator", s, part)
			}
		}
		// Nothing but separators, quotes and spaces is lost.
		kept := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) || strings.ContainsRune(";|,\"", r) {
					return -1
				}
				return r
			}, s)
		}
		var got strings.Builder
		for _, p := range list {
			got.WriteString(kept(p)) // each part alone: a byte of bad UTF-8 stays one
		}
		if want := kept(s); got.String() != want {
			t.Fatalf("SplitList(%q) = %q: kept %q, want %q", s, list, got.String(), want)
		}
	})
}

func FuzzNormalize(f *testing.F) {
	for _, seed := range []string{"Účastníci:", "  počet   hodin ", "DATUM", "Ľubica Ťažká", "a:b", "", "Nekonalo se", "\u00a0Proběhlo\t"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if n != strings.TrimSpace(n) || strings.Contains(n, "  ") || strings.ContainsFunc(n, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) }) {
			t.Fatalf("Normalize(%q) = %q: spaces left", s, n)
		}
		if strings.ContainsFunc(n, func(r rune) bool { _, ok := czechLetters[r]; return ok }) {
			t.Fatalf("Normalize(%q) = %q: diacritics left", s, n)
		}
		if got := ParseStatus(s); got != "held" && got != "cancelled" && got != strings.TrimSpace(s) {
			t.Fatalf("ParseStatus(%q) = %q", s, got)
		}
	})
}
