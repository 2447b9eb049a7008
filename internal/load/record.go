package load

import (
	"go.yaml.in/yaml/v3"

	"rrp/internal/record"
)

var (
	recordKeys = keys{what: "record", required: []string{"date", "output"}, allowed: []string{
		"date", "output", "quantity", "hours", "participants", "place", "territory",
		"evidence", "status", "id", "note"}}
	participantKeys = keys{what: "participants", required: []string{"total"}, allowed: []string{"total", "by_group"}}
)

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
				r.errorf(item, "type", "each record is a set of key: value lines after its \"- \"", "record: expected key: value lines, found %s", kindName(item))
			}
		}
		return out
	}
	r.errorf(n, "type", "a records file holds one record (date: …, output: …) or a list of them", "expected a record or a list of records, found %s", kindName(n))
	return nil
}

func (r *reader) record(n *yaml.Node) record.Record {
	rec := record.Record{Pos: r.pos(n)}
	unread, ok := r.mapping(n, recordKeys, func(key string, v *yaml.Node) {
		switch key {
		case "date":
			rec.Date = r.day(v, key)
		case "output":
			rec.Output = r.str(v, key)
		case "quantity":
			rec.Quantity = r.num(v, key)
		case "hours":
			rec.Hours = r.num(v, key)
		case "participants":
			rec.Participants = r.participants(v)
		case "place":
			rec.Place = r.str(v, key)
		case "territory":
			rec.Territory = r.str(v, key)
		case "evidence":
			rec.Evidence = r.strs(v, key)
		case "status":
			rec.Status = r.str(v, key)
		case "id":
			rec.ID = r.str(v, key)
		case "note":
			rec.Note = r.str(v, key)
		}
	})
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
	r.mapping(n, participantKeys, func(key string, v *yaml.Node) {
		switch key {
		case "total":
			p.Total = r.num(v, "participants total")
		case "by_group":
			r.pairs(v, "participants by_group", func(k, val *yaml.Node) {
				p.ByGroup = append(p.ByGroup, record.GroupCount{
					Group: r.str(k, "target group"),
					Count: r.num(val, "participants by_group"),
				})
			})
		}
	})
	return p
}
