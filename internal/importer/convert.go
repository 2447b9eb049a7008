package importer

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// converter turns rows into records. Every value keeps its position: the
// row and column it came from (or the mapping file's line of a fixed
// value), so the project's checks point back into the sheet.
type converter struct {
	t           *Table
	m           *Mapping
	l           *layout
	territories map[string]string // normalised territory name -> id
	known       map[string]bool   // territory ids
	// sheet and mapping number the two files in positions once, not at
	// every cell.
	sheet, mapping source.FileID
}

func newConverter(t *Table, m *Mapping, l *layout, p *plan.Project) *converter {
	c := &converter{t: t, m: m, l: l, territories: map[string]string{}, known: map[string]bool{},
		sheet: source.IDOf(t.File), mapping: source.IDOf(m.File)}
	for _, tr := range p.Territories {
		c.known[tr.ID.Val] = true
		c.territories[czech.Normalize(tr.Name.Val)] = tr.ID.Val
	}
	return c
}

// cell is one value to convert and where it came from.
type cell struct {
	text   string
	pos    source.Pos
	header string // "" for a fixed value
	index  int
}

// row converts one row. The record is usable only when no problem is an
// error.
func (c *converter) row(r Row) (record.Record, []finding.Finding) {
	rec := record.Record{Pos: c.sheet.At(r.N, 0)}
	var ps []finding.Finding
	for key, f := range c.l.fixed {
		pos := c.mapping.At(f.Line, f.Col)
		ps = append(ps, c.set(&rec, key, cell{text: f.Value, pos: pos})...)
	}
	for _, col := range c.l.cols {
		text := strings.TrimSpace(r.Cell(col.index))
		if text == "" {
			continue
		}
		pos := c.sheet.At(r.N, col.index+1)
		ps = append(ps, c.set(&rec, col.key, cell{text: text, pos: pos, header: col.header, index: col.index})...)
	}
	ps = append(ps, c.required(r, &rec, ps)...)
	ps = append(ps, c.overflow(r)...)
	defaultTotal(&rec)
	return rec, ps
}

// required reports an empty date or output cell: every record needs both.
// A value that was there but unreadable has been reported already.
func (c *converter) required(r Row, rec *record.Record, found []finding.Finding) []finding.Finding {
	if hasErrors(found) {
		return nil
	}
	var ps []finding.Finding
	for _, col := range c.l.cols {
		missing := col.key == KeyDate && !rec.Date.IsSet() || col.key == KeyOutput && !rec.Output.IsSet()
		if !missing {
			continue
		}
		hint := i18n.T("every record needs a date: write it as 2025-03-12 or 12. 3. 2025")
		if col.key == KeyOutput {
			hint = i18n.T("every record needs an output: write it as <activity id>/<output id>, e.g. 4.1/supervize")
		}
		ps = append(ps, finding.InSheet(finding.Error, c.t.File, r.N, col.header, col.index, finding.CodeSheetEmptyCell, "", "empty").
			WithHintText(hint))
	}
	return ps
}

// overflow reports a row with values beyond the last header: in a CSV
// file that is usually a decimal comma taken for a separator, which has
// shifted every cell after it into the wrong column.
func (c *converter) overflow(r Row) []finding.Finding {
	width := len(c.t.Rows[c.l.header].Cells)
	for i := width; i < len(r.Cells); i++ {
		if strings.TrimSpace(r.Cells[i]) != "" {
			return []finding.Finding{finding.InSheet(finding.Error, c.t.File, r.N, "", 0, finding.CodeSheetRowTooLong,
				"a value holding the separator (such as 1,5 in a file separated by commas) must be in quotes",
				"the row has %d cells, the header %d", len(r.Cells), width)}
		}
	}
	return nil
}

// set converts one value into the record.
func (c *converter) set(rec *record.Record, key string, v cell) []finding.Finding {
	str := source.Value[string]{Val: v.text, Pos: v.pos}
	switch key {
	case KeyDate, KeyDateTo:
		return c.date(rec, key, v)
	case KeyOutput:
		str.Val = strings.Join(strings.Fields(v.text), "")
		rec.Output = str
	case KeyQuantity, KeyHours, KeyParticipants:
		return c.number(rec, key, v)
	case KeyPlace:
		rec.Place = str
	case KeyTerritory:
		rec.Territory = c.territory(str)
	case KeyEvidence:
		for _, e := range czech.SplitList(v.text) {
			rec.Evidence = append(rec.Evidence, source.Value[string]{Val: e, Pos: v.pos})
		}
	case KeyPersons:
		// Codes only: whether each is one is the checks' business, which
		// name a wrong one by its cell, never repeating it.
		for _, code := range czech.SplitList(v.text) {
			rec.Persons = append(rec.Persons, source.Value[string]{Val: code, Pos: v.pos})
		}
	case KeyStatus:
		str.Val = czech.ParseStatus(v.text)
		rec.Status = str
	case KeyID:
		rec.ID = str
	case KeyNote:
		rec.Note = str
	default:
		return c.number(rec, key, v) // by_group.<id>
	}
	return nil
}

// date reads the date or the last day of an event, as a Czech sheet
// writes it (a serial number only from a sheet's cell).
func (c *converter) date(rec *record.Record, key string, v cell) []finding.Finding {
	serials := c.t.Serials
	if v.header == "" {
		serials = czech.NoSerials
	}
	d, err := czech.ParseDate(v.text, serials)
	if err != nil {
		return c.bad(rec, key, v, err, i18n.T("write the date as 2025-03-12 or 12. 3. 2025"))
	}
	day := source.Value[date.Date]{Val: d, Pos: v.pos}
	if key == KeyDateTo {
		rec.DateTo = day
	} else {
		rec.Date = day
	}
	return nil
}

func (c *converter) number(rec *record.Record, key string, v cell) []finding.Finding {
	n, err := czech.ParseNumber(v.text)
	if err != nil {
		return c.bad(rec, key, v, err, i18n.T("write only the number, e.g. 3 or 1,5"))
	}
	val := source.Value[float64]{Val: n, Pos: v.pos}
	switch key {
	case KeyQuantity:
		rec.Quantity = val
	case KeyHours:
		rec.Hours = val
	case KeyParticipants:
		rec.Participants.Total = val
		rec.Participants.Pos = v.pos
	default:
		g := strings.TrimPrefix(key, GroupPrefix)
		rec.Participants.ByGroup = append(rec.Participants.ByGroup, record.GroupCount{
			Group: source.Value[string]{Val: g, Pos: v.pos}, Count: val})
		if !rec.Participants.Pos.IsValid() {
			rec.Participants.Pos = v.pos
		}
	}
	return nil
}

// territory takes a territory's name for its id ("Broumov" for broumov):
// sheets name places as people say them.
func (c *converter) territory(v source.Value[string]) source.Value[string] {
	if !c.known[v.Val] {
		if id, ok := c.territories[czech.Normalize(v.Val)]; ok {
			v.Val = id
		}
	}
	return v
}

// bad reports a value that could not be read, and marks it unread so
// that the checks take it as unknown rather than missing (an unreadable
// hours cell is one mistake, not also "no hours").
func (c *converter) bad(rec *record.Record, key string, v cell, err error, hint i18n.Text) []finding.Finding {
	if strings.HasPrefix(key, GroupPrefix) {
		key = KeyParticipants
	}
	rec.Unread = append(rec.Unread, key)
	if v.header == "" {
		return []finding.Finding{finding.New(finding.Error, v.pos, finding.CodeMappingFixedValue, "", "fixed: %v", err).WithHintText(hint)}
	}
	// The cell's message is the error's own, said in the reader's
	// language.
	msg := i18n.Text{Format: "%v", Args: []any{err}}
	if e, ok := err.(*i18n.Error); ok {
		msg = e.Text
	}
	return []finding.Finding{finding.InSheet(finding.Error, c.t.File, int(v.pos.Line), v.header, v.index, finding.CodeSheetValue, "", msg.Format, msg.Args...).
		WithHintText(hint)}
}

// defaultTotal sets the participants' total to the sum of the groups
// when the sheet has group columns but no total: a records file needs one.
func defaultTotal(rec *record.Record) {
	p := &rec.Participants
	if p.Total.IsSet() || len(p.ByGroup) == 0 {
		return
	}
	sum := 0.0
	for _, g := range p.ByGroup {
		sum += g.Count.Val
	}
	p.Total = source.Value[float64]{Val: sum, Pos: p.ByGroup[0].Count.Pos}
}
