package load

import (
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// id reads an id or a reference to one as text in Unicode NFC, so that
// ids are compared as they look: "péče" typed on a Mac (e with a
// combining accent) is the same id as "péče" typed on Windows. An id that
// mixes alphabets is refused: a Cyrillic "а" among Latin letters looks
// the same and would be another id.
func (r *reader) id(n *yaml.Node, what string) source.Value[string] {
	v := r.str(n, what)
	if !v.IsSet() {
		return v
	}
	v.Val = norm.NFC.String(v.Val)
	if at, letter, script, ok := mixedScript(v.Val); ok {
		r.errorf(n, finding.CodeMixedScript, "retype the id with one keyboard layout: a "+script+" letter looks like a Latin one but is another id",
			"%s: %q mixes alphabets: character %d is the %s letter %q (U+%04X)", what, v.Val, at, script, string(letter), letter)
		return source.Value[string]{}
	}
	return v
}

// ids reads a list of ids (see id).
func (r *reader) ids(n *yaml.Node, what string) []source.Value[string] {
	var out []source.Value[string]
	r.seq(n, what, func(item *yaml.Node) {
		if v := r.id(item, what); v.IsSet() {
			out = append(out, v)
		}
	})
	return out
}

// lookAlikes are the alphabets whose letters pass for one another.
var lookAlikes = []struct {
	name  string
	table *unicode.RangeTable
}{{"Latin", unicode.Latin}, {"Cyrillic", unicode.Cyrillic}, {"Greek", unicode.Greek}}

// mixedScript finds the first letter of s from another look-alike
// alphabet than the letters before it: its 1-based position, the letter
// and its alphabet.
func mixedScript(s string) (at int, letter rune, script string, ok bool) {
	if isASCII(s) {
		return 0, 0, "", false
	}
	first := ""
	for i, r := range []rune(s) {
		name := scriptOf(r)
		switch {
		case name == "":
		case first == "":
			first = name
		case name != first:
			return i + 1, r, name, true
		}
	}
	return 0, 0, "", false
}

func scriptOf(r rune) string {
	for _, s := range lookAlikes {
		if unicode.Is(s.table, r) {
			return s.name
		}
	}
	return ""
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
