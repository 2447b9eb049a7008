// Package date is a calendar date without time of day or zone: what the
// records and plans mean by "2025-03-12". It is a day count, so dates compare
// with < and subtract to days, and it costs four bytes per record.
package date

import (
	"fmt"
	"time"
)

// Date counts days since 1970-01-01 (the Unix epoch, which is day 0).
type Date int32

// Layout is the only accepted written form: ISO 8601 YYYY-MM-DD.
const Layout = "2006-01-02"

const secondsPerDay = 24 * 60 * 60

// Of returns the calendar date of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return New(y, m, d)
}

// New builds a date from its parts; out-of-range parts normalise as in
// time.Date (month 13 is January of the next year).
func New(year int, month time.Month, day int) Date {
	return Date(time.Date(year, month, day, 0, 0, 0, 0, time.UTC).Unix() / secondsPerDay)
}

// Parse reads YYYY-MM-DD strictly: four-digit year, two-digit month and
// day, no time part, and a day that exists in that month. It is hand-written
// because every record has a date and time.Parse is the slower general case.
func Parse(s string) (Date, error) {
	if len(s) != len(Layout) || s[4] != '-' || s[7] != '-' {
		return 0, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	y, okY := digits(s[0:4])
	m, okM := digits(s[5:7])
	d, okD := digits(s[8:10])
	if !okY || !okM || !okD {
		return 0, fmt.Errorf("%q is not a date in the form YYYY-MM-DD", s)
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, fmt.Errorf("%q is not a day of the calendar", s)
	}
	return New(y, time.Month(m), d), nil
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func daysIn(year int, m time.Month) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Time is the date at midnight UTC.
func (d Date) Time() time.Time { return time.Unix(int64(d)*secondsPerDay, 0).UTC() }

// String renders the date as YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format(Layout) }

// AddMonths moves the date by n calendar months (used to cut default
// six-month monitoring periods).
func (d Date) AddMonths(n int) Date { return Of(d.Time().AddDate(0, n, 0)) }

// AddDays moves the date by n days.
func (d Date) AddDays(n int) Date { return d + Date(n) }

// Max is the latest date there is: as an as-of date, it counts every
// record.
const Max Date = 1<<31 - 1

// LocalForm is the date as a language writes it: 31. 12. 2025 in Czech;
// "" for a language that writes it as String does.
func (d Date) LocalForm(lang string) string {
	if lang != "cs" {
		return ""
	}
	t := d.Time()
	return fmt.Sprintf("%d. %d. %d", t.Day(), int(t.Month()), t.Year())
}
