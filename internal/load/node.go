package load

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/source"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// reader turns yaml nodes of one file into typed values, adding a finding
// for every value that is not of the expected shape. It never panics on any
// node tree and never expands aliases.
type reader struct {
	file string
	// at is file's number in positions: taken once, not at every node.
	at source.FileID
	fs *finding.List
}

func (r *reader) pos(n *yaml.Node) source.Pos { return r.at.At(n.Line, n.Column) }

// pos0 is the start of the file, for findings about the file as a whole.
func (r *reader) pos0() source.Pos { return r.at.At(1, 1) }

func (r *reader) errorf(n *yaml.Node, code finding.Code, hint, format string, args ...any) {
	r.fs.Errorf(r.pos(n), code, hint, format, args...)
}

// usable reports whether n may be read as a value. Anchors and aliases are
// refused: expanding them is how a small hostile file exhausts memory, and a
// record never needs them.
func (r *reader) usable(n *yaml.Node, what string) bool {
	if n.Kind == yaml.AliasNode {
		r.errorf(n, finding.CodeAlias, "write the value out in full", "%s: aliases (*%s) are not allowed", said(what), n.Value)
		return false
	}
	if n.Anchor != "" {
		r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeAlias, "", "%s: anchors (&%s) are not allowed", said(what), n.Anchor).
			WithHint("remove the &%s", n.Anchor))
		return false
	}
	return r.untagged(n, what)
}

// untagged refuses a YAML tag (!!binary, !!int, !custom): rrp would read
// the text after it and drop what the tag says, so base64 would pass as
// a note and a custom type as plain text. !!str on a single value is the
// one tag allowed: it says what quotes say, and rrp reads it so.
func (r *reader) untagged(n *yaml.Node, what string) bool {
	if n.Style&yaml.TaggedStyle == 0 || n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
		return true
	}
	r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeTag, "", "%s: YAML tags (%s) are not allowed", said(what), n.Tag).
		WithHint("remove the %s and write the value itself (in quotes if it is text)", n.Tag))
	return false
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// kindName names a node's shape the way a non-programmer would, in the
// reader's language; a single value is quoted as written.
func kindName(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		return i18n.T("a set of key: value lines")
	case yaml.SequenceNode:
		return i18n.T("a list")
	case yaml.ScalarNode:
		if isNull(n) {
			return i18n.T("nothing")
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return i18n.T("an alias")
}

// keys describes the keys a mapping may have and which of them are required.
type keys struct {
	what     string // "record", "output", …: used in messages
	allowed  []string
	required []string
}

// mapping calls set for every key of n that is allowed and has a non-null
// value, in file order (a key left empty, as in a template, counts as not
// written). Unknown keys, duplicated keys, non-scalar keys and missing
// required keys become findings. It returns the keys whose value was
// written but could not be read (each with its finding), so that checks can
// tell a wrong value from a missing one, and false when n is not a usable
// mapping at all.
func (r *reader) mapping(n *yaml.Node, k keys, set func(key string, val *yaml.Node)) (unread []string, ok bool) {
	return r.entries(n, k, func(key, val *yaml.Node) {
		if !isNull(val) {
			set(key.Value, val)
		}
	})
}

// pairs walks a mapping whose keys the user chooses (a codelist: id -> name),
// with the same checks as mapping but any key allowed.
func (r *reader) pairs(n *yaml.Node, what string, each func(key, val *yaml.Node)) {
	r.entries(n, keys{what: what}, each)
}

// entries is the walk behind mapping and pairs; k.allowed nil allows any key.
// A value counts as unread when reading it added a finding: the readers add
// one for every value they cannot use, and nothing else while reading.
func (r *reader) entries(n *yaml.Node, k keys, each func(key, val *yaml.Node)) (unread []string, ok bool) {
	if !r.usable(n, k.what) {
		return nil, false
	}
	if n.Kind != yaml.MappingNode {
		r.errorf(n, finding.CodeType, "write it as key: value lines", "%s: expected a set of key: value lines, found %s", kindSaid(k.what), kindName(n))
		return nil, false
	}
	var seen []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		if !r.usable(key, k.what) {
			// An anchored key is still written: it is not also missing.
			if key.Kind == yaml.ScalarNode && findKey(seen, key.Value) == nil {
				seen = append(seen, key)
				unread = append(unread, key.Value)
			}
			continue
		}
		if key.Kind != yaml.ScalarNode || isNull(key) {
			r.errorf(key, finding.CodeType, "a key is a single word followed by a colon, such as date:", "%s: a key must be a plain word, found %s", kindSaid(k.what), kindName(key))
			continue
		}
		if first := findKey(seen, key.Value); first != nil {
			hint := i18n.T("keep one of them")
			if first.Value != key.Value {
				hint = i18n.T("keep one of them: they are one key, its accents encoded in two ways (Unicode normalisation)")
			}
			r.fs.Add(finding.New(finding.Error, r.pos(key), finding.CodeDuplicateKey, "",
				"%s: duplicate key %q (first at line %d)", kindSaid(k.what), key.Value, first.Line).WithHintText(hint))
			continue
		}
		seen = append(seen, key)
		if k.allowed != nil && !contains(k.allowed, key.Value) {
			r.unknownKey(key, k)
			continue
		}
		before := r.fs.Len()
		each(key, val)
		if r.fs.Len() > before {
			unread = append(unread, key.Value)
		}
	}
	r.requireKeys(n, k, seen, unread)
	return unread, true
}

// requireKeys reports required keys not written or left empty; an unread
// key has had its finding already.
func (r *reader) requireKeys(n *yaml.Node, k keys, seen []*yaml.Node, unread []string) {
	for _, req := range k.required {
		key := findKey(seen, req)
		if contains(unread, req) {
			continue
		}
		if key == nil {
			r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeMissingKey, "", "%s: missing key %q", kindSaid(k.what), req).
				WithHint("add a line %s: …", req))
		} else if val := valueOf(n, key); val != nil && isNull(val) {
			r.fs.Add(finding.New(finding.Error, r.pos(key), finding.CodeMissingValue, "", "%s: %q has no value", kindSaid(k.what), req).
				WithHint("write a value after %s:", req))
		}
	}
}

func (r *reader) unknownKey(key *yaml.Node, k keys) {
	hint, ok := suggest.Meant(key.Value, k.allowed)
	if !ok {
		hint = i18n.T("known keys are: %s", strings.Join(k.allowed, ", "))
	}
	r.fs.Add(finding.New(finding.Error, r.pos(key), finding.CodeUnknownKey, "", "%s: unknown key %q", kindSaid(k.what), key.Value).
		WithHintText(hint))
}

// findKey finds the key name among seen, compared in Unicode NFC: two
// keys that look the same are the same key.
func findKey(seen []*yaml.Node, name string) *yaml.Node {
	nfc := norm.NFC.String(name)
	for _, s := range seen {
		if s.Value == name || !isASCII(name) && norm.NFC.String(s.Value) == nfc {
			return s
		}
	}
	return nil
}

func valueOf(m *yaml.Node, key *yaml.Node) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i] == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// seq calls each for every item of a list.
func (r *reader) seq(n *yaml.Node, what string, each func(item *yaml.Node)) {
	if !r.usable(n, what) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, finding.CodeType, "write a list: one item per line starting with \"- \", or [a, b]", "%s: expected a list, found %s", said(what), kindName(n))
		return
	}
	for _, item := range n.Content {
		each(item)
	}
}

// str reads any non-null scalar as text: an id written as 4.10 stays "4.10".
func (r *reader) str(n *yaml.Node, what string) source.Value[string] {
	if !r.usable(n, what) {
		return source.Value[string]{}
	}
	if n.Kind != yaml.ScalarNode || isNull(n) {
		r.errorf(n, finding.CodeType, "write a single value on the same line", "%s: expected text, found %s", said(what), kindName(n))
		return source.Value[string]{}
	}
	return source.Value[string]{Val: n.Value, Pos: r.pos(n)}
}

// strs reads a list of texts.
func (r *reader) strs(n *yaml.Node, what string) []source.Value[string] {
	var out []source.Value[string]
	r.seq(n, what, func(item *yaml.Node) {
		if v := r.str(item, what); v.IsSet() {
			out = append(out, v)
		}
	})
	return out
}

var czechDecimal = regexp.MustCompile(`^\s*[0-9]+,[0-9]+\s*$`)

// num reads a finite number.
func (r *reader) num(n *yaml.Node, what string) source.Value[float64] {
	if !r.usable(n, what) {
		return source.Value[float64]{}
	}
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") {
		hint := i18n.T("write a number such as 3 or 1.5")
		if n.Kind == yaml.ScalarNode && czechDecimal.MatchString(n.Value) {
			hint = i18n.T("use a decimal point: %s", strings.ReplaceAll(strings.TrimSpace(n.Value), ",", "."))
		}
		r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeType, "", "%s: expected a number, found %s", said(what), kindName(n)).
			WithHintText(hint))
		return source.Value[float64]{}
	}
	if !r.decimal(n, what) {
		return source.Value[float64]{}
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		r.errorf(n, finding.CodeType, "write a number such as 3 or 1.5", "%s: %q is not a usable number", said(what), n.Value)
		return source.Value[float64]{}
	}
	return source.Value[float64]{Val: v, Pos: r.pos(n)}
}

// flag reads true or false.
func (r *reader) flag(n *yaml.Node, what string) source.Value[bool] {
	if !r.usable(n, what) {
		return source.Value[bool]{}
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		r.errorf(n, finding.CodeType, "write true or false", "%s: expected true or false, found %s", said(what), kindName(n))
		return source.Value[bool]{}
	}
	return source.Value[bool]{Val: strings.EqualFold(n.Value, "true"), Pos: r.pos(n)}
}

var czechDate = regexp.MustCompile(`^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$`)

// day reads an ISO date YYYY-MM-DD.
func (r *reader) day(n *yaml.Node, what string) source.Value[date.Date] {
	if !r.usable(n, what) {
		return source.Value[date.Date]{}
	}
	if n.Kind != yaml.ScalarNode {
		r.errorf(n, finding.CodeType, "write the date as YYYY-MM-DD, e.g. 2025-03-12", "%s: expected a date, found %s", said(what), kindName(n))
		return source.Value[date.Date]{}
	}
	d, err := date.Parse(n.Value)
	if err != nil {
		hint := i18n.T("write the date as YYYY-MM-DD, e.g. 2025-03-12")
		if m := czechDate.FindStringSubmatch(n.Value); m != nil {
			hint = i18n.T("write it as %s-%02s-%02s", m[3], m[2], m[1])
		}
		r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeDate, "", "%s: %q is not a valid date", said(what), n.Value).
			WithHintText(hint))
		return source.Value[date.Date]{}
	}
	return source.Value[date.Date]{Val: d, Pos: r.pos(n)}
}
