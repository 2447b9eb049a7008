package czech

import (
	"strings"
	"unicode"
)

// Normalize makes headers and words comparable the way a person reads
// them: case, Czech diacritics, surrounding spaces, runs of spaces and a
// trailing colon do not matter ("Účastníci:" is "ucastnici").
func Normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSuffix(strings.TrimSpace(s), ":") {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(fold(r))
	}
	return b.String()
}

// fold lower-cases r and drops the diacritics of Czech and Slovak letters.
func fold(r rune) rune {
	r = unicode.ToLower(r)
	if plain, ok := czechLetters[r]; ok {
		return plain
	}
	return r
}

var czechLetters = map[rune]rune{
	'á': 'a', 'ä': 'a', 'č': 'c', 'ď': 'd', 'é': 'e', 'ě': 'e', 'í': 'i', 'ĺ': 'l', 'ľ': 'l',
	'ň': 'n', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'ř': 'r', 'ŕ': 'r', 'š': 's', 'ť': 't', 'ú': 'u',
	'ů': 'u', 'ü': 'u', 'ý': 'y', 'ž': 'z',
}
