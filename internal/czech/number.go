package czech

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// ParseNumber reads a number the way a Czech spreadsheet shows it: a
// decimal comma or point (1,5 and 1.5), spaces between thousands (1 500,
// also the no-break spaces Excel puts there). Anything else, units
// included ("1,5h"), is refused rather than guessed.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	t = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\u2009':
			return -1
		}
		return r
	}, t)
	if !numberForm.MatchString(t) {
		return 0, i18n.Errorf("%q is not a number", strings.TrimSpace(s))
	}
	v, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, i18n.Errorf("%q is not a number", strings.TrimSpace(s))
	}
	return v, nil
}

// numberForm is an optional sign, digits and at most one decimal
// separator: strconv alone would also take "inf", "0x1p3" and "1e9".
var numberForm = regexp.MustCompile(`^[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)$`)
