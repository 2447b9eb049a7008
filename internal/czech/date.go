package czech

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// czechDate is 12.3.2025 or 12. 3. 2025, as Czech Excel shows dates.
var czechDate = regexp.MustCompile(`^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$`)

// isoDateTime is a date with a time of day, as workbooks store date cells
// of type "d" (2025-03-12T00:00:00Z); the time is dropped.
var isoDateTime = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})[T ][0-9:.]+Z?$`)

// serial is a workbook's date cell read raw: days since 1899-12-30,
// with the time of day as the fraction.
var serial = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// Serials says whether a plain number is a date cell's serial number
// (Excel keeps dates as numbers and only shows them formatted), and which
// day it counts from.
type Serials int

const (
	// NoSerials: text typed or read from CSV, where a number is no date.
	NoSerials Serials = iota
	// Serials1900 is a workbook's usual date system: day 1 is 1 January
	// 1900, counting Excel's fictitious 29 February 1900.
	Serials1900
	// Serials1904 is the date system of workbooks from old Mac Excel:
	// day 0 is 1 January 1904.
	Serials1904
)

// epoch is day 0 of the system; the 1900 one as Excel counts after its
// fictitious 29 February 1900 (serials from 61 on, i.e. any real date).
func (s Serials) epoch() (day0 date.Date, first float64) {
	if s == Serials1904 {
		return date.New(1904, time.January, 1), 0
	}
	return date.New(1899, time.December, 30), 61
}

// lastDay is the last day a workbook shows, and a date is written with a
// four-digit year.
var lastDay = date.New(9999, time.December, 31)

// ParseDate reads 2025-03-12, 12.3.2025 or 12. 3. 2025, and in a workbook
// a date cell's serial number.
func ParseDate(s string, serials Serials) (date.Date, error) {
	t := strings.TrimSpace(s)
	if m := isoDateTime.FindStringSubmatch(t); m != nil {
		t = m[1]
	}
	if d, err := date.Parse(t); err == nil {
		return d, nil
	}
	if m := czechDate.FindStringSubmatch(t); m != nil {
		iso := fmt.Sprintf("%s-%02s-%02s", m[3], m[2], m[1])
		if d, err := date.Parse(iso); err == nil {
			return d, nil
		}
		return 0, i18n.Errorf("%q is not a day of the calendar", t)
	}
	if serials != NoSerials && serial.MatchString(t) {
		day0, first := serials.epoch()
		// 31 December 9999 is the last day Excel shows; its serial depends
		// on the system (2958465 in 1900's, 1462 fewer in 1904's).
		last := float64(lastDay - day0)
		if v, err := strconv.ParseFloat(t, 64); err == nil && v >= first && v < last+1 {
			return day0 + date.Date(math.Floor(v)), nil
		}
	}
	return 0, i18n.Errorf("%q is not a date", t)
}
