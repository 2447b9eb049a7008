package importer

import (
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/source"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// headerSearchRows is how far down the header row is looked for: sheets
// often start with a title row or two above the table.
const headerSearchRows = 10

// layout is where the record keys are in the sheet.
type layout struct {
	header  int // index in Table.Rows of the header row
	cols    []column
	fixed   map[string]Fixed
	ignored []string // headers that name no record key
}

// column is one imported column.
type column struct {
	index  int
	header string // as written in the sheet
	key    string
}

// headerOf returns the header of the column at index, "" if none.
func (l *layout) headerOf(index int) string {
	for _, c := range l.cols {
		if c.index == index {
			return c.header
		}
	}
	return ""
}

// has reports whether a column or a fixed value gives key.
func (l *layout) has(key string) bool {
	_, fixed := l.fixed[key]
	return fixed || slices.ContainsFunc(l.cols, func(c column) bool { return c.key == key })
}

// matcher decides which record key a header names.
type matcher struct {
	m       *Mapping
	claimed map[string]bool   // keys the mapping gives: defaults do not take them
	groups  map[string]string // normalised target group id or name -> id
}

func newMatcher(m *Mapping, p *plan.Project) *matcher {
	mt := &matcher{m: m, claimed: map[string]bool{}, groups: map[string]string{}}
	for _, g := range p.TargetGroups {
		mt.groups[czech.Normalize(g.Name.Val)] = g.ID.Val
		mt.groups[czech.Normalize(g.ID.Val)] = g.ID.Val
	}
	for _, c := range m.Columns {
		mt.claimed[c.Key] = true
	}
	for _, f := range m.Fixed {
		mt.claimed[f.Key] = true
	}
	return mt
}

// key returns the record key of a header: the mapping's, else the default
// header's, else the target group it names.
func (mt *matcher) key(header string) (key string, ok bool) {
	n := czech.Normalize(header)
	for _, c := range mt.m.Columns {
		if czech.Normalize(c.Header) == n {
			return c.Key, true
		}
	}
	if slices.Contains(mt.m.Ignore, n) {
		return "", false
	}
	if k, ok := DefaultKey(header); ok && !mt.claimed[k] {
		return k, true
	}
	if g, ok := mt.groups[n]; ok && !mt.claimed[GroupPrefix+g] {
		return GroupPrefix + g, true
	}
	return "", false
}

// findLayout finds the header row and the columns, and checks that the
// mapping fits the sheet.
func findLayout(t *Table, m *Mapping, p *plan.Project) (*layout, []finding.Finding) {
	mt := newMatcher(m, p)
	l := &layout{header: -1, fixed: map[string]Fixed{}}
	best := 0
	for i, seen := 0, 0; i < len(t.Rows) && seen < headerSearchRows; i++ {
		if t.Rows[i].IsEmpty() {
			continue
		}
		seen++
		n := 0
		for _, c := range t.Rows[i].Cells {
			if _, ok := mt.key(c); ok {
				n++
			}
		}
		if n > best {
			l.header, best = i, n
		}
	}
	if l.header < 0 {
		return nil, []finding.Finding{finding.InSheet(finding.Error, t.File, 0, "", 0, finding.CodeSheetNoHeader,
			"give the columns headers such as datum, výstup, hodiny, účastníci, or map them in a mapping file (--map)",
			"no header row: none of the first rows names a column to import")}
	}
	for _, f := range m.Fixed {
		l.fixed[f.Key] = f
	}
	return l, append(l.columns(t, m, mt), unknownGroups(m, p)...)
}

// unknownGroups reports by_group columns of the mapping that name no
// target group of the project, once at the mapping's line rather than in
// every row.
func unknownGroups(m *Mapping, p *plan.Project) []finding.Finding {
	var ids []string
	for _, g := range p.TargetGroups {
		ids = append(ids, g.ID.Val)
	}
	var ps []finding.Finding
	for _, c := range m.Columns {
		g, ok := strings.CutPrefix(c.Key, GroupPrefix)
		if ok && !slices.Contains(ids, g) {
			ps = append(ps, finding.New(finding.Error, source.At(m.File, c.Line, c.Col), finding.CodeMappingUnknownGroup,
				"", "columns: %q: unknown target group %q", c.Header, g).
				WithHintText(suggest.OneOf(g, ids, "the project's target groups are: %s")))
		}
	}
	return ps
}

// columns assigns the header row's cells to record keys.
func (l *layout) columns(t *Table, m *Mapping, mt *matcher) []finding.Finding {
	var ps []finding.Finding
	row := t.Rows[l.header]
	byKey := map[string]column{}
	for i, h := range row.Cells {
		if strings.TrimSpace(h) == "" {
			continue
		}
		key, ok := mt.key(h)
		if !ok {
			if !slices.Contains(m.Ignore, czech.Normalize(h)) {
				l.ignored = append(l.ignored, strings.TrimSpace(h))
			}
			continue
		}
		c := column{index: i, header: strings.TrimSpace(h), key: key}
		if first, dup := byKey[key]; dup {
			ps = append(ps, finding.InSheet(finding.Error, t.File, row.N, c.header, i, finding.CodeSheetTwoColumns,
				"keep one of them, or list the other under ignore: in a mapping file (--map)", "column %q holds %s too", first.header, key))
			continue
		}
		if f, both := l.fixed[key]; both {
			ps = append(ps, finding.New(finding.Error, source.At(m.File, f.Line, f.Col), finding.CodeMappingFixedColumn,
				"remove the fixed value, or list the column under ignore:", "fixed: %s is fixed, but column %q holds it too", key, c.header))
		}
		byKey[key] = c
		l.cols = append(l.cols, c)
	}
	ps = append(ps, l.unmatched(t, m, row)...)
	return append(ps, l.required(t, row)...)
}

// unmatched reports the mapping's headers that are not in the sheet: a
// typo there would otherwise leave a column out silently.
func (l *layout) unmatched(t *Table, m *Mapping, row Row) []finding.Finding {
	var ps []finding.Finding
	var headers []string
	for _, h := range row.Cells {
		if strings.TrimSpace(h) != "" {
			headers = append(headers, strings.TrimSpace(h))
		}
	}
	for _, c := range m.Columns {
		found := slices.ContainsFunc(headers, func(h string) bool { return czech.Normalize(h) == czech.Normalize(c.Header) })
		if !found {
			ps = append(ps, finding.New(finding.Error, source.At(m.File, c.Line, c.Col), finding.CodeMappingNoHeader,
				"", "columns: the sheet has no column %q", c.Header).
				WithHintText(suggest.OneOf(c.Header, headers, "the sheet's headers are: %s")))
		}
	}
	return ps
}

// required reports a missing date or output: every record needs both.
func (l *layout) required(t *Table, row Row) []finding.Finding {
	var ps []finding.Finding
	for _, k := range []struct {
		key   string
		names i18n.Text
	}{
		{KeyDate, i18n.T("datum or date")}, {KeyOutput, i18n.T("výstup or output")},
	} {
		if l.has(k.key) {
			continue
		}
		hint := i18n.T("name a column %s, map one in a mapping file (--map), or fix one value for all rows (fixed: {%s: …})", k.names, k.key)
		if c, ok := suggest.Closest(k.key, l.ignored); ok {
			hint = i18n.T("is it column %q? map it in a mapping file: columns: {%s: %s}", c, c, k.key)
		}
		ps = append(ps, finding.InSheet(finding.Error, t.File, row.N, "", 0, finding.CodeSheetNoColumn, "", "no column holds the %s", k.key).
			WithHintText(hint))
	}
	return ps
}
