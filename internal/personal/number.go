package personal

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// run is a number as written: digit groups joined by separators of one
// kind (777 123 456, 777-123-456, 850315/1239), with a leading + kept.
type run struct {
	start, end int // byte offsets in the text
	plus       bool
	groups     []string
	sep        string // " ", ".", "-", "/", ". " …; "" for one group
}

// findNumbers adds to ks each kind of number (phone, birth number) among
// the numbers of s that ks does not hold yet.
func (d *Detector) findNumbers(s string, ks []Kind) []Kind {
	if digitCount(s) < 9 {
		return ks
	}
	// The groups of one number at a time, on the stack: checking every
	// text of 100k records allocates nothing for the numbers in them.
	var groups [8]string
	for i := 0; i < len(s); {
		r, ok := readRun(s, i, groups[:0])
		if !ok {
			i++
			continue
		}
		if k := d.classify(s, r); k != None && !slices.Contains(ks, k) {
			ks = append(ks, k)
		}
		i = r.end
	}
	return ks
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// readRun reads the number starting at i, if one starts there. A change
// of separator ends it: in "12. 3. 2025 777 123 456" the date and the
// phone number are two numbers. The groups are appended to groups.
func readRun(s string, i int, groups []string) (run, bool) {
	r := run{start: i, groups: groups}
	if s[i] == '+' && i+1 < len(s) && isDigit(s[i+1]) {
		r.plus = true
		i++
	}
	if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
		return r, false
	}
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		r.groups = append(r.groups, s[i:j])
		r.end = j
		sep, next := separator(s, j)
		if next < 0 || r.sep != "" && sep != r.sep {
			return r, true
		}
		if !r.isPrefix() {
			r.sep = sep // +420 777-123-456: the prefix may stand apart
		}
		i = next
	}
}

// isPrefix reports a run that is so far only the country prefix.
func (r *run) isPrefix() bool {
	return len(r.groups) == 1 && (r.plus && r.groups[0] == "420" || r.groups[0] == "00420")
}

// separator reads what joins two digit groups at i: one space, or one of
// . - / with at most one space on either side. It returns the separator
// and where the next group starts, or -1 when no group follows.
func separator(s string, i int) (string, int) {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	punct := ""
	if j < len(s) && strings.IndexByte(".-/", s[j]) >= 0 {
		punct = s[j : j+1]
		j++
		if j < len(s) && s[j] == ' ' {
			j++
		}
	}
	if j == i || j >= len(s) || !isDigit(s[j]) {
		return "", -1
	}
	if punct == "" {
		return " ", j
	}
	// "12. 3." and "12.3." are the same kind of separator.
	return punct, j
}

// classify tells what the number r of s is.
func (d *Detector) classify(s string, r run) Kind {
	if inIdentifier(s, r) || isAmount(s, r) || afterLabel(s, r.start) {
		return None
	}
	if isBirthNumber(r) {
		return BirthNumber
	}
	if r.sep == "/" {
		return None // a bank account (123456789/0100), a file number
	}
	digits := strings.Join(r.groups, "")
	national, ok := nationalNumber(r, digits)
	if !ok {
		return None
	}
	if d.public[national[max(len(national)-9, 0):]] {
		return None
	}
	return Phone
}

// nationalNumber strips the +420 or 00420 prefix and reports whether what
// is left is written as a phone number is: nine digits, the first 2 to 9,
// in one block, 3-3-3 or 3-2-2-2. A number with another country's prefix
// (+421 902 123 456) counts as a phone number too.
func nationalNumber(r run, digits string) (string, bool) {
	groups := r.groups
	switch {
	case r.plus && strings.HasPrefix(digits, "420"), strings.HasPrefix(digits, "00420"):
		prefix := 3
		if !r.plus {
			prefix = 5
		}
		digits = digits[prefix:]
		if len(groups[0]) == prefix {
			groups = groups[1:]
		} else {
			groups = []string{digits}
		}
	case r.plus:
		return digits, 10 <= len(digits) && len(digits) <= 13
	}
	if len(digits) != 9 || digits[0] < '2' {
		return "", false
	}
	return digits, phoneGrouping(groups)
}

func phoneGrouping(groups []string) bool {
	shape := make([]string, len(groups))
	for i, g := range groups {
		shape[i] = strconv.Itoa(len(g))
	}
	switch strings.Join(shape, "-") {
	case "9", "3-3-3", "3-2-2-2", "3-6":
		return true
	}
	return false
}

// inIdentifier reports a number that is part of a code: glued to a letter
// (imp-d653062794, CZ12345678) or joined to one by - _ / (KUKHK-123456789).
func inIdentifier(s string, r run) bool {
	if r.start > 0 {
		before, _ := utf8.DecodeLastRuneInString(s[:r.start])
		if isWordRune(before) {
			return true
		}
		if strings.ContainsRune("-_/", before) && r.start > 1 {
			b2, _ := utf8.DecodeLastRuneInString(s[:r.start-1])
			if isWordRune(b2) || unicode.IsDigit(b2) {
				return true
			}
		}
	}
	if r.end < len(s) {
		after, _ := utf8.DecodeRuneInString(s[r.end:])
		if isWordRune(after) && !strings.HasPrefix(s[r.end:], "Kč") {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || r == '_' }

// currencies mark an amount, before or after the number.
var currencies = []string{"kč", "kc", "czk", "eur", "€", "$", "usd", ",-", ".-", "%", "korun", "tis", "mil"}

func isAmount(s string, r run) bool {
	after := strings.ToLower(strings.TrimLeft(s[r.end:], " "))
	before := strings.ToLower(strings.TrimRight(s[:r.start], " "))
	for _, c := range currencies {
		if strings.HasPrefix(after, c) || strings.HasSuffix(before, c) && c != "%" && c != ",-" && c != ".-" {
			return true
		}
	}
	return false
}

// labels are the words that name a number that is not personal: IČO,
// DIČ, č. ú. (account), VS (variable symbol), č. j. and sp. zn. (case
// numbers), faktura (invoice).
var labels = map[string]bool{
	"ičo": true, "ico": true, "ič": true, "ic": true, "dič": true, "dic": true,
	"účet": true, "účtu": true, "ucet": true, "ú": true, "vs": true, "symbol": true, "ks": true, "ss": true,
	"j": true, "čj": true, "cj": true, "zn": true, "spis": true, "faktura": true, "faktury": true, "fa": true,
	"objednávka": true, "smlouva": true, "smlouvy": true, "registrace": true, "reg": true,
}

// afterLabel reports a number right after one of the labels: the last
// word before it, over spaces, dots, colons and a "č.".
func afterLabel(s string, start int) bool {
	before := strings.TrimRight(s[:start], " .:#=")
	end := len(before)
	i := end
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= size
	}
	return i < end && labels[strings.ToLower(before[i:end])]
}

// isBirthNumber reports a birth number: six digits of a real date (the
// month +50 for women, +20 or +70 since 2004), then three digits (before
// 1954) or four, the slash optional. Ten digits without the slash must
// also pass the check by 11 (or the 1954–1985 remainder-10 rule): nine or
// ten digits in a row are far more often a phone or another number.
func isBirthNumber(r run) bool {
	var head, tail string
	switch {
	case len(r.groups) == 2 && len(r.groups[0]) == 6 && (r.sep == "/" || r.sep == " "):
		head, tail = r.groups[0], r.groups[1]
	case len(r.groups) == 1 && len(r.groups[0]) == 10:
		head, tail = r.groups[0][:6], r.groups[0][6:]
	default:
		return false
	}
	if len(tail) != 3 && len(tail) != 4 || !validDate(head) {
		return false
	}
	if r.sep == "/" && len(tail) == 3 {
		return true
	}
	return len(tail) == 4 && (r.sep == "/" || mod11(head+tail))
}

func validDate(yymmdd string) bool {
	month, _ := strconv.Atoi(yymmdd[2:4])
	day, _ := strconv.Atoi(yymmdd[4:6])
	switch {
	case month > 70:
		month -= 70
	case month > 50:
		month -= 50
	case month > 20:
		month -= 20
	}
	return 1 <= month && month <= 12 && 1 <= day && day <= 31
}

func mod11(ten string) bool {
	n, _ := strconv.ParseInt(ten, 10, 64)
	head, _ := strconv.ParseInt(ten[:9], 10, 64)
	return n%11 == 0 || head%11 == 10 && ten[9] == '0'
}
