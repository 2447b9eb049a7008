package load

import (
	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/record"
)

// recordTable is the record's kind of mapping; the keys of its findings
// are the record's own keys ("hours: expected a number").
var recordTable = newTable("record", "record (záznam)", []field[*record.Record]{
	{Field{Key: "date", Required: true, Shape: Date, Description: "datum konání, RRRR-MM-DD",
		Usage: "the day it took place, YYYY-MM-DD (default today)"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Date = r.day(v, "date") }},
	{Field{Key: "date_to", Shape: Date, Description: "poslední den vícedenní akce, RRRR-MM-DD (počítá se k date)",
		Usage: "the last day of an event of several days, YYYY-MM-DD"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.DateTo = r.day(v, "date_to") }},
	{Field{Key: "output", Required: true, Shape: Text, Refers: Outputs, Description: "výstup: aktivita/výstup[/část]"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Output = r.id(v, "output") }},
	{Field{Key: "quantity", Shape: Number, Range: Positive, Description: "počet (default 1): akce, kusy, osoby, dokumenty",
		Usage: "how many (pieces, persons, …; default 1)"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Quantity = r.num(v, "quantity") }},
	{Field{Key: "hours", Shape: Number, Range: Positive, Description: "délka v hodinách (desetinná tečka: 1.5)",
		Usage: "duration in hours, e.g. 1.5"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Hours = r.num(v, "hours") }},
	{Field{Key: "participants", Shape: Mapping, Of: "participants", Usage: "number of participants"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Participants = r.participants(v) }},
	{Field{Key: "persons", Shape: Texts, Description: "kódy podpořených osob, např. [K-017, K-023]; nikdy jména",
		Usage: "the code of a person supported (never a name); repeat for more"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Persons = r.strs(v, "persons") }},
	{Field{Key: "place", Shape: Text, Description: "místo konání", Usage: "where it took place"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Place = r.str(v, "place") }},
	{Field{Key: "territory", Shape: Text, Refers: Territories, Description: "území (default: území klíčové aktivity)",
		Usage: "territory id, when not the key activity's"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Territory = r.id(v, "territory") }},
	{Field{Key: "evidence", Shape: Texts, Description: "doklady, např. [evidence/KA04/2025-03-12-prezencni-listina.pdf]",
		Usage: "path of the evidence (attendance sheet …); repeat for more"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Evidence = r.strs(v, "evidence") }},
	{Field{Key: "status", Shape: Text, OneOf: record.Statuses, Description: "held (default) | cancelled",
		Usage: "cancelled for an event that did not take place"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Status = r.str(v, "status") }},
	{Field{Key: "id", Shape: Text, Description: "stable id (optional)", Usage: "a stable id of the record"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.ID = r.id(v, "id") }},
	{Field{Key: "note", Shape: Text, Description: "poznámka (bez osobních údajů)", Usage: "a note (no personal data)"},
		func(r *reader, v *yaml.Node, rec *record.Record) { rec.Note = r.str(v, "note") }},
})

var participantsTable = newTable("participants", "participants", []field[*record.Participants]{
	{Field{Key: "total", Required: true, Shape: Number, Range: Count, Description: "počet účastníků celkem"},
		func(r *reader, v *yaml.Node, p *record.Participants) { p.Total = r.num(v, "participants total") }},
	{Field{Key: "by_group", Shape: Numbers, Range: Count, Refers: TargetGroups, Description: "z toho podle cílových skupin"},
		func(r *reader, v *yaml.Node, p *record.Participants) {
			r.pairs(v, "participants by_group", func(k, val *yaml.Node) {
				p.ByGroup = append(p.ByGroup, record.GroupCount{
					Group: r.id(k, "target group"),
					Count: r.num(val, "participants by_group"),
				})
			})
		}},
})

// records decodes a records file: one record (a mapping) or a list of them.
func (r *reader) records(n *yaml.Node) []record.Record {
	if !r.usable(n, "records file") {
		return nil
	}
	switch n.Kind {
	case yaml.MappingNode:
		return []record.Record{r.record(n)}
	case yaml.SequenceNode:
		out := make([]record.Record, 0, len(n.Content))
		for _, item := range n.Content {
			if item.Kind == yaml.MappingNode {
				out = append(out, r.record(item))
				continue
			}
			// An alias or anchor gets its own message and hint; only a
			// usable value of the wrong kind gets the type error.
			if r.usable(item, "record") {
				r.errorf(item, finding.CodeType, "each record is a set of key: value lines after its \"- \"", "record: expected key: value lines, found %s", kindName(item))
			}
		}
		return out
	}
	r.errorf(n, finding.CodeType, "a records file holds one record (date: …, output: …) or a list of them", "expected a record or a list of records, found %s", kindName(n))
	return nil
}

func (r *reader) record(n *yaml.Node) record.Record {
	rec := record.Record{Pos: r.pos(n)}
	unread, ok := recordTable.decode(r, n, &rec)
	rec.Unread = unread
	if !ok {
		// Refused (an anchor): it still counts as a record written, but
		// nothing of it may be checked.
		rec.Unread = []string{record.AllUnread}
	}
	return rec
}

func (r *reader) participants(n *yaml.Node) record.Participants {
	p := record.Participants{Pos: r.pos(n)}
	participantsTable.decode(r, n, &p)
	return p
}
