// Package suggest finds the word a user probably meant, for "did you mean"
// hints on misspelt keys and ids. The hints are messages kept with their
// arguments, said in the reader's language when shown.
package suggest

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Closest returns the candidate nearest to word by edit distance, if it is
// near enough to be a plausible typo: at most a third of the word's length
// (and at least one edit), compared case-insensitively.
func Closest(word string, candidates []string) (string, bool) {
	best, bestDist := "", -1
	lw := strings.ToLower(word)
	for _, c := range candidates {
		d := distance(lw, strings.ToLower(c))
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	limit := max(1, len([]rune(word))/3)
	if bestDist < 0 || bestDist > limit {
		return "", false
	}
	return best, true
}

// Meant is the usual hint ("did you mean "date"?"), and false when
// nothing is close.
func Meant(word string, candidates []string) (i18n.Text, bool) {
	if c, ok := Closest(word, candidates); ok {
		return i18n.T("did you mean %q?", c), true
	}
	return i18n.Text{}, false
}

// OneOf is the did-you-mean hint or, when no candidate is close, the
// candidates put into list, a message with one %s ("use one of: %s" gives
// "use one of: a, b"); the zero Text when there are none.
func OneOf(word string, candidates []string, list string) i18n.Text {
	if hint, ok := Meant(word, candidates); ok {
		return hint
	}
	if len(candidates) == 0 {
		return i18n.Text{}
	}
	return i18n.T(list, strings.Join(candidates, ", "))
}

// distance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and swaps of two neighbouring
// letters each cost one edit. Swapped letters ("hled" for "held") are the
// commonest typo; plain Levenshtein distance counts them as two edits, too
// many for a short word's limit. Counted in runes, so that Czech letters
// with diacritics count as one.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows of the table: i-2, i-1 and i.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
