package diff

import (
	"slices"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/record"
)

// Field is one key of a record as written; Value "" when not written.
type Field struct {
	Name  string `json:"field"`
	Value string `json:"value"`
}

// Rec is a record as the comparison sees it: where it is and what it
// says, every value as text.
type Rec struct {
	File string
	// Index is the record's position in its file (0 for the first).
	Index int
	Line  int32
	ID    string
	// Fields are every key of the format, in a fixed order, so that two
	// records with the same content have equal Fields.
	Fields []Field
}

// newRec is r as the comparison sees it. A text that holds personal data
// is withheld: the diff's Markdown lands in pull-request comments.
func newRec(r *record.Record, file string, index int, private personal.Set) Rec {
	return Rec{File: file, Index: index, Line: r.Pos.Line, ID: private.Text(r.ID), Fields: fields(r, private)}
}

func fields(r *record.Record, private personal.Set) []Field {
	return []Field{
		{"id", private.Text(r.ID)},
		{"date", dateText(r)},
		{"output", private.Text(r.Output)},
		{"quantity", num(r.Quantity.Val, r.Quantity.IsSet())},
		{"hours", num(r.Hours.Val, r.Hours.IsSet())},
		{"status", private.Text(r.Status)},
		{"participants", num(r.Participants.Total.Val, r.Participants.Total.IsSet())},
		{"by_group", byGroup(r)},
		{"territory", private.Text(r.Territory)},
		{"place", private.Text(r.Place)},
		{"evidence", evidence(r, private)},
		{"note", private.Text(r.Note)},
	}
}

func dateText(r *record.Record) string {
	if !r.Date.IsSet() {
		return ""
	}
	return r.Date.Val.String()
}

func num(v float64, set bool) string {
	if !set {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// byGroup lists the groups sorted: their order in the file means nothing.
func byGroup(r *record.Record) string {
	var gs []string
	for _, g := range r.Participants.ByGroup {
		gs = append(gs, g.Group.Val+": "+num(g.Count.Val, true))
	}
	slices.Sort(gs)
	return strings.Join(gs, ", ")
}

func evidence(r *record.Record, private personal.Set) string {
	var es []string
	for _, e := range r.Evidence {
		es = append(es, private.Text(e))
	}
	return strings.Join(es, ", ")
}

// Get is the value of a field, "" when not written.
func (r *Rec) Get(name string) string {
	for _, f := range r.Fields {
		if f.Name == name {
			return f.Value
		}
	}
	return ""
}

// content is the record's content as one comparable string.
func (r *Rec) content() string {
	var b strings.Builder
	for _, f := range r.Fields {
		b.WriteString(f.Name)
		b.WriteByte('=')
		b.WriteString(f.Value)
		b.WriteByte(0)
	}
	return b.String()
}

// FieldChange is one key whose value a change edited.
type FieldChange struct {
	Name   string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// changedFields lists the keys whose values differ, in field order.
func changedFields(a, b *Rec) []FieldChange {
	var out []FieldChange
	for i, f := range a.Fields {
		if g := b.Fields[i]; f.Value != g.Value {
			out = append(out, FieldChange{Name: f.Name, Before: f.Value, After: g.Value})
		}
	}
	return out
}
