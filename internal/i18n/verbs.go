package i18n

import (
	"fmt"
	"slices"
	"strings"
)

// sameVerbs reports whether a translation takes the arguments of its
// English message: the same verbs in the same order, or, when it numbers
// them (%[2]s), the same set.
func sameVerbs(source, translation string) error {
	a, b := Verbs(source), Verbs(translation)
	if strings.Contains(translation, "%[") {
		a, b = kinds(a), kinds(b)
		slices.Sort(a)
		slices.Sort(b)
	}
	if !slices.Equal(a, b) {
		return fmt.Errorf("verbs %v, translation has %v", a, b)
	}
	return nil
}

func kinds(verbs []string) []string {
	out := make([]string, len(verbs))
	for i, v := range verbs {
		out[i] = v[len(v)-1:]
	}
	return out
}
