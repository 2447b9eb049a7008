package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
)

// czDate writes a date as Czech text: 12. 3. 2025.
func czDate(d date.Date) string {
	t := d.Time()
	return fmt.Sprintf("%d. %d. %d", t.Day(), int(t.Month()), t.Year())
}

// excelDate is a date as a spreadsheet cell value: the serial number of
// the day (1 is 1900-01-01; 25569 is 1970-01-01, day 0 of date.Date). The
// cell's date format shows it as a date. Computing it directly is cheaper
// than excelize's conversion of a time.Time, which the Akce sheet would do
// for every row.
func excelDate(d date.Date) float64 { return float64(d) + 25569 }

// fraction turns a percentage into the fraction a percent-formatted cell
// holds (84.5 -> 0.845).
func fraction(percent float64) float64 { return percent / 100 }

// records counts records in Czech: 1 záznam, 2 záznamy, 5 záznamů.
func records(n int) string {
	switch {
	case n == 1:
		return "1 záznam"
	case n >= 2 && n <= 4:
		return fmt.Sprintf("%d záznamy", n)
	}
	return fmt.Sprintf("%d záznamů", n)
}

// czAmount writes a sum of money in crowns, thousands apart and haléře
// only when there are some: 12 345 678 Kč, 1 234,50 Kč.
func czAmount(v float64) string {
	cents := math.Round(math.Abs(v) * 100)
	digits := strconv.FormatFloat(math.Floor(cents/100), 'f', 0, 64)
	var b strings.Builder
	if v < 0 {
		b.WriteString("-")
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteString(" ")
		}
		b.WriteRune(d)
	}
	if h := math.Mod(cents, 100); h > 0 {
		fmt.Fprintf(&b, ",%02d", int(h))
	}
	return b.String() + " Kč"
}

// fundingText lists the funding shares as the summary shows them: "ESF
// 85 %, státní rozpočet 10 %, kraj 5 %"; "" when the project gives none.
func fundingText(shares []plan.Share) string {
	parts := make([]string, len(shares))
	for i, s := range shares {
		pct := czNumber(s.Pct.Val)
		parts[i] = s.Source.Val + " " + pct + " %"
	}
	return strings.Join(parts, ", ")
}

// czNumber writes a number with a decimal comma (21,5).
func czNumber(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}
