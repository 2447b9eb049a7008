package table

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Percent is a percentage: people read it rounded to a whole number,
// programs get two decimals.
type Percent float64

// String is the percentage for people: "28 %". It never says "100 %" short
// of 100 nor "0 %" above 0 (99.6 is "99 %", 0.3 is "<1 %"), so a rounded
// figure never claims a target reached or untouched.
func (p Percent) String() string {
	v := float64(p)
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	r := math.Round(v)
	switch {
	case r >= 100 && v < 100-1e-9:
		r = 99
	case r <= 0 && v > 1e-9:
		return "<1 %"
	}
	return fmt.Sprintf("%.0f %%", r+0) // +0 turns -0 into 0
}

// Coded is a value programs read as Code and people as Text ("on_track",
// "on track").
type Coded struct {
	Code string
	Text string
}

// Bound is a number marked for people as a minimum or a maximum ("min.
// 33"); programs read the number alone.
type Bound struct {
	Mark  string // "min." or "max."
	Value float64
}

// human renders a cell for people, in p's language: a decimal comma in
// Czech (1,5), yes and no in words.
func human(v any, p *i18n.Printer) string {
	switch v := v.(type) {
	case nil:
		return "–"
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return localNumber(number(v, 2), p)
	case Percent:
		return v.String()
	case Coded:
		return v.Text
	case Bound:
		return v.Mark + " " + localNumber(number(v.Value, 2), p)
	case bool:
		if v {
			return p.T("yes")
		}
		return p.T("no")
	}
	return fmt.Sprint(v)
}

// localNumber writes a number as the reader's language does: 1,5 in
// Czech.
func localNumber(s string, p *i18n.Printer) string {
	if p.Lang() == i18n.Czech {
		return strings.Replace(s, ".", ",", 1)
	}
	return s
}

// machine renders a cell for CSV.
func machine(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case float64:
		return number(v, 4)
	case Percent:
		return number(float64(v), 2)
	case Coded:
		return v.Code
	case Bound:
		return number(v.Value, 4)
	case bool:
		return strconv.FormatBool(v)
	}
	return fmt.Sprint(v)
}

// jsonValue is a cell as JSON encodes it.
func jsonValue(v any) any {
	switch v := v.(type) {
	case float64:
		return Round(v, 4)
	case Percent:
		return Round(float64(v), 2)
	case Coded:
		return v.Code
	case Bound:
		return Round(v.Value, 4)
	}
	return v
}

// number prints v with at most places decimals and no trailing zeros:
// 12, 1.5, 4.17.
func number(v float64, places int) string {
	return strconv.FormatFloat(Round(v, places), 'f', -1, 64)
}

// Round rounds v to places decimals; it turns -0 into 0 and anything that
// is not a number into 0, so no format ever prints NaN.
func Round(v float64, places int) float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow10(places)
	r := math.Round(v*p) / p
	if r == 0 {
		return 0
	}
	return r
}
