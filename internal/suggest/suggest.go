// Package suggest finds the word a user probably meant, for "did you mean"
// hints on misspelt keys and ids.
package suggest

import (
	"fmt"
	"strings"
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

// DidYouMean renders the usual hint, or "" when nothing is close.
func DidYouMean(word string, candidates []string) string {
	if c, ok := Closest(word, candidates); ok {
		return fmt.Sprintf("did you mean %q?", c)
	}
	return ""
}

// OrList is the did-you-mean hint or, when no candidate is close, prefix
// and the candidates ("use one of: a, b"); "" when there are none.
func OrList(word string, candidates []string, prefix string) string {
	if hint := DidYouMean(word, candidates); hint != "" {
		return hint
	}
	if len(candidates) == 0 {
		return ""
	}
	return prefix + strings.Join(candidates, ", ")
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
