package load

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// freeTextKeys hold text a person writes, where a " #" is more likely
// part of the text (beseda #2) than the start of a comment.
var freeTextKeys = []string{"note", "place"}

// comments lists every comment line of the document doc, read from data,
// at the line and column of its '#': the personal-data check reads
// comments as it reads values. It warns of a free-text value cut short by
// a " #" that YAML reads as the start of a comment.
func comments(doc *yaml.Node, data []byte, name string, fs *finding.List) []source.Value[string] {
	if bytes.IndexByte(data, '#') < 0 {
		return nil // no comment anywhere: most record files; skip the walk
	}
	var found []commentLine
	walkComments(doc, nil, &found)
	if len(found) == 0 {
		return nil
	}
	at := newCommentIndex(data)
	out := make([]source.Value[string], 0, len(found))
	for _, c := range found {
		line, col := at.take(c.text, c.near)
		pos := source.At(name, line, col)
		if c.cut != "" {
			fs.Add(finding.New(finding.Warning, pos, finding.CodeTextComment, "",
				`%s: the text after " #" is read as a comment and left out`, c.cut).
				WithHint(`put the text in quotes: %s: "…"`, c.cut))
		}
		out = append(out, source.Value[string]{Val: c.text, Pos: pos})
	}
	return out
}

// commentLine is one line of a comment as yaml gives it ("# text"), the
// line of the node it belongs to, and for a line comment right after a
// free-text value the value's key.
type commentLine struct {
	text string
	near int
	cut  string
}

func walkComments(n, key *yaml.Node, out *[]commentLine) {
	add := func(c string, cut string) {
		for _, l := range strings.Split(c, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				*out = append(*out, commentLine{text: l, near: n.Line, cut: cut})
			}
		}
	}
	add(n.HeadComment, "")
	cut := ""
	if key != nil && n.Kind == yaml.ScalarNode && n.Style == 0 && slices.Contains(freeTextKeys, key.Value) {
		cut = key.Value
	}
	add(n.LineComment, cut)
	add(n.FootComment, "")
	for i, c := range n.Content {
		var k *yaml.Node
		if n.Kind == yaml.MappingNode && i%2 == 1 {
			k = n.Content[i-1]
		}
		walkComments(c, k, out)
	}
}

// commentIndex maps the text from each '#' that may start a comment to
// the end of its line ("# text") to where it is.
type commentIndex map[string][]source.Pos

func newCommentIndex(data []byte) commentIndex {
	at := commentIndex{}
	for i, l := range splitLines(data) {
		for j := 0; j < len(l); j++ {
			if l[j] == '#' && (j == 0 || l[j-1] == ' ' || l[j-1] == '\t') {
				text := string(bytes.TrimSpace(l[j:]))
				at[text] = append(at[text], source.Pos{Line: int32(i + 1), Col: int32(1 + utf8.RuneCount(l[:j]))})
			}
		}
	}
	return at
}

// take returns the place of the comment text nearest to line and not
// taken before; line 1, column 1 when the text is not found.
func (at commentIndex) take(text string, line int) (int, int) {
	ps := at[text]
	best := -1
	for i, p := range ps {
		if best < 0 || abs(int(p.Line)-line) < abs(int(ps[best].Line)-line) {
			best = i
		}
	}
	if best < 0 {
		return max(line, 1), 1
	}
	p := ps[best]
	at[text] = slices.Delete(ps, best, best+1)
	return int(p.Line), int(p.Col)
}

func abs(x int) int { return max(x, -x) }
