package load

import (
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
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
		r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeMixedScript, "",
			"%s: %q mixes alphabets: character %d is the %s letter %q (U+%04X)", said(what), v.Val, at, script, string(letter), letter).
			WithHint("retype the id with one keyboard layout: a %s letter looks like a Latin one but is another id", script))
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

// lookAlikes are the alphabets whose letters pass for one another, named
// as the letters' adjective.
var lookAlikes = []struct {
	name  i18n.Text
	table *unicode.RangeTable
}{{i18n.T("Latin"), unicode.Latin}, {i18n.T("Cyrillic"), unicode.Cyrillic}, {i18n.T("Greek"), unicode.Greek}}

// mixedScript finds the first letter of s from another look-alike
// alphabet than the letters before it: its 1-based position, the letter
// and its alphabet.
func mixedScript(s string) (at int, letter rune, script i18n.Text, ok bool) {
	if isASCII(s) {
		return 0, 0, i18n.Text{}, false
	}
	first := -1
	for i, r := range []rune(s) {
		k := scriptOf(r)
		switch {
		case k < 0:
		case first < 0:
			first = k
		case k != first:
			return i + 1, r, lookAlikes[k].name, true
		}
	}
	return 0, 0, i18n.Text{}, false
}

// scriptOf is the index in lookAlikes of r's alphabet, -1 for none.
func scriptOf(r rune) int {
	for i, s := range lookAlikes {
		if unicode.Is(s.table, r) {
			return i
		}
	}
	return -1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
