package personal

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	email = regexp.MustCompile(`[\p{L}0-9._%+-]+ ?@ ?[\p{L}0-9-]+(\.[\p{L}0-9-]+)*\.\p{L}{2,}`)
	// People who know that scrapers harvest addresses write them as
	// jan.novak(at)seznam.cz, jan.novak [zavináč] seznam.cz or
	// jan(at)seznam(dot)cz: still an address, still personal.
	obfuscatedAt  = regexp.MustCompile(`(?i)\s*[(\[{<]\s*(at|zavináč|zavinac|zavinač)\s*[)\]}>]\s*|\s+(zavináč|zavinac)\s+`)
	obfuscatedDot = regexp.MustCompile(`(?i)\s*[(\[{<]\s*(dot|tečka|tecka)\s*[)\]}>]\s*`)
)

// findEmail reports an e-mail address that is not a public contact.
func (d *Detector) findEmail(s string) Kind {
	if !strings.Contains(s, "@") {
		if !mayBeObfuscated(s) {
			return None
		}
		s = obfuscatedDot.ReplaceAllString(obfuscatedAt.ReplaceAllString(s, "@"), ".")
	}
	for _, m := range email.FindAllString(s, -1) {
		if !d.public[strings.ToLower(strings.ReplaceAll(m, " ", ""))] {
			return Email
		}
	}
	return None
}

// mayBeObfuscated is a cheap test before the regular expressions. It
// runs on every text of every record, so it compares in lower case
// without making a lower-case copy.
func mayBeObfuscated(s string) bool {
	return containsLower(s, "zavin") || strings.ContainsAny(s, ")]}>") && containsLower(s, "at")
}

// containsLower reports whether s in lower case (as strings.ToLower makes
// it) contains sub, which is lower-case ASCII. Only the byte sub begins
// with, in either case, can begin a match, except for i and k: İ and the
// Kelvin sign become them too.
func containsLower(s, sub string) bool {
	first := sub[0]
	upper := first - 'a' + 'A'
	anyStart := first == 'i' || first == 'k'
	for i := 0; i < len(s); i++ {
		if (anyStart || s[i] == first || s[i] == upper) && hasPrefixLower(s[i:], sub) {
			return true
		}
	}
	return false
}

func hasPrefixLower(s, prefix string) bool {
	for _, r := range s {
		if prefix == "" {
			return true
		}
		if unicode.ToLower(r) != rune(prefix[0]) {
			return false
		}
		prefix = prefix[1:]
	}
	return prefix == ""
}
