package importer

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/source"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Mapping says which column holds which record key, beyond the default
// headers, and which values are the same for every row.
//
//	columns:                 # header in the sheet -> record key
//	  Datum akce: date
//	  Senioři: by_group.seniori
//	fixed:                   # record key -> value for every row
//	  output: 4.1/supervize
//	ignore: [Jméno lektora]  # columns left out without a notice
type Mapping struct {
	File    string
	Columns []ColumnMap
	Fixed   []Fixed
	Ignore  []string // normalised headers
}

// ColumnMap maps one header (normalised) to a record key.
type ColumnMap struct {
	Header    string // as written in the mapping file
	Key       string
	Line, Col int
}

// Fixed is a value every imported record gets.
type Fixed struct {
	Key, Value string
	Line, Col  int
}

var (
	mappingKeys = []string{"columns", "fixed", "ignore"}
	// fixedKeys are the keys that can be fixed: not the id (it tells rows
	// apart) and not the participant counts (they differ by row).
	fixedKeys = []string{KeyDate, KeyOutput, KeyQuantity, KeyHours, KeyPlace, KeyTerritory, KeyEvidence, KeyStatus, KeyNote}
)

// ParseMapping reads a mapping file. It returns every problem of the file
// at its line and column; the mapping is usable only without problems.
//
// Its findings are all errors, in the order of the file: a mapping that
// is not used as written would import wrong data.
func ParseMapping(name string, data []byte) (*Mapping, []finding.Finding) {
	p := &mappingParser{m: &Mapping{File: name}}
	var fl finding.List
	top := load.Parse(name, data, &fl)
	for _, f := range fl.Sorted() {
		f.Severity = finding.Error
		f.Pos.Line, f.Pos.Col = max(f.Pos.Line, 1), max(f.Pos.Col, 1)
		p.problems = append(p.problems, f)
	}
	if len(p.problems) > 0 {
		return nil, p.problems
	}
	if top == nil {
		p.problem(1, 1, finding.CodeEmptyFile, i18n.T("write columns: (header: key lines) or fixed: (key: value lines)"), "the mapping file is empty")
		return nil, p.problems
	}
	p.top(top)
	if len(p.problems) > 0 {
		return nil, p.problems
	}
	return p.m, nil
}

type mappingParser struct {
	m        *Mapping
	problems []finding.Finding
}

// problem adds an error at line and col, its hint and message said in the
// reader's language.
func (p *mappingParser) problem(line, col int, code finding.Code, hint i18n.Text, format string, args ...any) {
	pos := source.At(p.m.File, max(line, 1), max(col, 1))
	p.problems = append(p.problems, finding.New(finding.Error, pos, code, "", format, args...).WithHintText(hint))
}

func (p *mappingParser) problemAt(n *yaml.Node, code finding.Code, hint i18n.Text, format string, args ...any) {
	p.problem(n.Line, n.Column, code, hint, format, args...)
}

// pairs walks a mapping node's key: value pairs, refusing what is not a
// plain mapping (aliases, anchors, duplicate keys, non-text keys).
// what names the mapping: its key, or words.
func (p *mappingParser) pairs(n *yaml.Node, what any, each func(k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode || n.Anchor != "" {
		p.problemAt(n, finding.CodeMappingShape, i18n.T("write it as key: value lines"), "%s: expected key: value lines", what)
		return
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Anchor != "" || k.Tag == "!!null" {
			p.problemAt(k, finding.CodeMappingShape, i18n.T("a key is text followed by a colon"), "%s: a key must be plain text", what)
			continue
		}
		if first, dup := seen[k.Value]; dup {
			p.problemAt(k, finding.CodeDuplicateKey, i18n.T("keep one of them"), "%s: duplicate key %q (first at line %d)", what, k.Value, first)
			continue
		}
		seen[k.Value] = k.Line
		each(k, v)
	}
}

func (p *mappingParser) top(n *yaml.Node) {
	p.pairs(n, i18n.T("mapping"), func(k, v *yaml.Node) {
		switch k.Value {
		case "columns":
			p.pairs(v, "columns", p.column)
		case "fixed":
			p.pairs(v, "fixed", p.fixed)
		case "ignore":
			p.ignore(v)
		default:
			p.problemAt(k, finding.CodeUnknownKey, suggest.OneOf(k.Value, mappingKeys, "known keys are: %s"), "mapping: unknown key %q", k.Value)
		}
	})
}

func (p *mappingParser) column(k, v *yaml.Node) {
	key, ok := p.scalar(v, "columns")
	if !ok {
		return
	}
	if !isColumnKey(key) {
		p.problemAt(v, finding.CodeMappingRecordKey, keyHint(key), "column %q: unknown record key %q", k.Value, key)
		return
	}
	p.m.Columns = append(p.m.Columns, ColumnMap{Header: k.Value, Key: key, Line: k.Line, Col: k.Column})
}

func (p *mappingParser) fixed(k, v *yaml.Node) {
	if !slices.Contains(fixedKeys, k.Value) {
		p.problemAt(k, finding.CodeUnknownKey, suggest.OneOf(k.Value, fixedKeys, "keys that can be fixed: %s"), "fixed: unknown key %q", k.Value)
		return
	}
	if val, ok := p.scalar(v, "fixed "+k.Value); ok {
		p.m.Fixed = append(p.m.Fixed, Fixed{Key: k.Value, Value: val, Line: v.Line, Col: v.Column})
	}
}

func (p *mappingParser) ignore(n *yaml.Node) {
	if n.Kind != yaml.SequenceNode || n.Anchor != "" {
		p.problemAt(n, finding.CodeMappingShape, i18n.T("write a list of headers: [Jméno, Telefon]"), "ignore: expected a list")
		return
	}
	for _, item := range n.Content {
		if h, ok := p.scalar(item, "ignore"); ok {
			p.m.Ignore = append(p.m.Ignore, czech.Normalize(h))
		}
	}
}

// scalar reads a single value, refusing lists, nothing, aliases and
// anchors (a mapping file never needs them).
func (p *mappingParser) scalar(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Anchor != "" || n.Tag == "!!null" || strings.TrimSpace(n.Value) == "" {
		p.problemAt(n, finding.CodeMappingValue, i18n.T("write a single value on the same line"), "%s: expected a value", what)
		return "", false
	}
	return strings.TrimSpace(n.Value), true
}

// keyHint helps with a record key that is not one: a Czech header
// (datum) names its key, a typo gets a suggestion.
func keyHint(key string) i18n.Text {
	if k, ok := DefaultKey(key); ok {
		return i18n.T("the record key is %q", k)
	}
	if strings.HasPrefix(key, GroupPrefix) {
		return i18n.T("write by_group. and a target group id from plans/project.yaml, e.g. by_group.seniori")
	}
	return suggest.OneOf(key, Keys, "record keys are: %s")
}

// isColumnKey reports whether a column may hold key.
func isColumnKey(key string) bool {
	if g, ok := strings.CutPrefix(key, GroupPrefix); ok {
		return g != ""
	}
	return slices.Contains(Keys, key)
}
