package schema

import (
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/plan"
)

// codelist is one of the plan's lists a value may name: its ids, each
// with a name for the editor's completion list, and what one entry is.
type codelist struct {
	ids, names []string
	entry      string
}

// codelists are the plan's lists values refer to, by the loader's name
// for them.
func codelists(p *plan.Project) map[load.Codelist]codelist {
	groups := codelist{entry: "target group"}
	for _, g := range p.TargetGroups {
		groups.ids = append(groups.ids, g.ID.Val)
		groups.names = append(groups.names, g.Name.Val)
	}
	territories := codelist{entry: "territory"}
	for _, t := range p.Territories {
		territories.ids = append(territories.ids, t.ID.Val)
		territories.names = append(territories.names, t.Name.Val+" ("+t.Type.Val+")")
	}
	outputs := codelist{entry: "output"}
	outputs.ids, outputs.names = outputRefs(p)
	return map[load.Codelist]codelist{load.TargetGroups: groups, load.Territories: territories, load.Outputs: outputs}
}

// outputRefs lists every reference a record may name, with a description
// of what it counts.
func outputRefs(p *plan.Project) (refs, descriptions []string) {
	for _, t := range p.Targets() {
		refs = append(refs, t.Ref())
		title := t.Output.Title.Val
		if t.Part != nil {
			title = t.Part.Title.Val + " (část výstupu " + t.Output.Ref() + ")"
		}
		descriptions = append(descriptions, describe(title, t.Output))
	}
	return refs, descriptions
}

func describe(title string, o *plan.Output) string {
	ka := ""
	if o.Activity != nil && o.Activity.KA != nil {
		ka = o.Activity.KA.ID.Val + ": "
	}
	return ka + title + " — " + o.Unit.Val
}

// The kinds at the top of each file, and those given once under $defs
// and referred to: an activity holds activities, and every record of a
// records list is one.
const (
	projectKind     = "project"
	keyActivityKind = "key activity"
	activityKind    = "activity"
	recordKind      = "record"
)

func projectSchema(b *builder) object {
	s := b.mapping(projectKind)
	s["$schema"] = Draft
	return s
}

func planSchema(b *builder) object {
	b.defs = map[string]bool{activityKind: true}
	s := b.mapping(keyActivityKind)
	s["$schema"] = Draft
	s["$defs"] = object{activityKind: b.mapping(activityKind)}
	return s
}

func recordSchema(b *builder) object {
	b.defs = map[string]bool{recordKind: true}
	ref := object{"$ref": "#/$defs/" + recordKind}
	return object{
		"$schema": Draft, "title": "rrp records file: one record or a list of them",
		"$defs": object{recordKind: b.mapping(recordKind)},
		"oneOf": []any{ref, object{"type": "array", "items": object{"$ref": "#/$defs/" + recordKind}}},
	}
}
