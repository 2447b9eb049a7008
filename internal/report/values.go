package report

import (
	"fmt"
	"time"

	"rrp/internal/date"
)

// czDate writes a date as Czech text: 12. 3. 2025.
func czDate(d date.Date) string {
	t := d.Time()
	return fmt.Sprintf("%d. %d. %d", t.Day(), int(t.Month()), t.Year())
}

// excelDate is a date as a spreadsheet cell value.
func excelDate(d date.Date) time.Time { return d.Time() }

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
