package check

import (
	"regexp"
	"strconv"
	"strings"

	"rrp/internal/finding"
	"rrp/internal/record"
	"rrp/internal/source"
)

// Records live in a shared git repository forever: personal data of
// participants must never get there (GDPR). These patterns catch the kinds
// that can be recognised reliably in Czech text.
var (
	email = regexp.MustCompile(`[\p{L}0-9._%+-]+@[\p{L}0-9-]+(\.[\p{L}0-9-]+)*\.\p{L}{2,}`)
	// rodné číslo: YYMMDD/XXXX (or XXX before 1954), the slash optional.
	birthNumber = regexp.MustCompile(`(^|[^0-9])([0-9]{2})([0-9]{2})([0-9]{2})( ?/ ?)?([0-9]{3,4})($|[^0-9])`)
	// Czech phone numbers: nine digits, often grouped 3-3-3, with an
	// optional +420 / 00420 prefix.
	phone = regexp.MustCompile(`(^|[^0-9])((\+|00)420 ?)?[1-9][0-9]{2} ?[0-9]{3} ?[0-9]{3}($|[^0-9])`)
)

const personalHint = "records are kept in a shared repository: leave personal data out (keep it in the attendance sheet)"

func personalData(r *record.Record, fs *finding.List) {
	for t := range r.Texts {
		if t.IsSet() {
			personalText(t, fs)
		}
	}
}

// personalText checks one text. Most texts have no '@' and few digits, so
// the regular expressions run only on texts that could match.
func personalText(t source.Value[string], fs *finding.List) {
	s := t.Val
	if strings.IndexByte(s, '@') >= 0 && email.MatchString(s) {
		fs.Errorf(t.Pos, finding.CodePersonalData, personalHint, "an e-mail address: %q", email.FindString(s))
	}
	if longestNumber(s) < 9 {
		return
	}
	if m := findBirthNumber(s); m != "" {
		fs.Errorf(t.Pos, finding.CodePersonalData, personalHint, "a birth number (rodné číslo): %q", m)
		return
	}
	if m := phone.FindString(s); m != "" {
		fs.Errorf(t.Pos, finding.CodePersonalData, personalHint, "a phone number: %q", strings.TrimFunc(m, notDigitOrPlus))
	}
}

// longestNumber counts the digits of the longest run of digit groups joined
// by single spaces or slashes ("603 123 456", "850315/1234"): phone and
// birth numbers have at least nine, dates and paths ("2025-03-12") fewer.
func longestNumber(s string) int {
	best, run := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			run++
			best = max(best, run)
		case (c == ' ' || c == '/') && i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]):
		default:
			run = 0
		}
	}
	return best
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func notDigitOrPlus(r rune) bool { return r != '+' && (r < '0' || r > '9') }

// findBirthNumber returns the first digit group that has the structure of a
// birth number: a real date (months +50 for women, +20/+70 since 2004) and,
// for ten digits written without the slash, divisibility by 11 (or the
// 1954–1985 remainder-10 rule).
// Nine digits without a slash are far more often a phone number: they are
// left to the phone rule, as is a ten-digit number that fails the check.
func findBirthNumber(s string) string {
	for _, m := range birthNumber.FindAllStringSubmatch(s, -1) {
		slash, tail := m[5] != "", m[6]
		if (slash || len(tail) == 4) && isBirthNumber(m[2], m[3], m[4], tail, slash) {
			return strings.TrimFunc(m[0], notDigitOrSlash)
		}
	}
	return ""
}

func notDigitOrSlash(r rune) bool { return r != '/' && (r < '0' || r > '9') }

func isBirthNumber(yy, mm, dd, tail string, slash bool) bool {
	month, _ := strconv.Atoi(mm)
	day, _ := strconv.Atoi(dd)
	switch {
	case month > 70:
		month -= 70
	case month > 50:
		month -= 50
	case month > 20:
		month -= 20
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return false
	}
	if slash || len(tail) == 3 {
		return true // the written form alone is unmistakable
	}
	n, _ := strconv.ParseInt(yy+mm+dd+tail, 10, 64)
	head, _ := strconv.ParseInt(yy+mm+dd+tail[:3], 10, 64)
	return n%11 == 0 || head%11 == 10 && tail[3] == '0'
}
