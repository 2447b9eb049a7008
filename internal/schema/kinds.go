package schema

import (
	"rrp/internal/load"
	"rrp/internal/plan"
)

type codes struct {
	groupIDs, groupNames         []string
	territoryIDs, territoryNames []string
}

func codelists(p *plan.Project) codes {
	var c codes
	for _, g := range p.TargetGroups {
		c.groupIDs = append(c.groupIDs, g.ID.Val)
		c.groupNames = append(c.groupNames, g.Name.Val)
	}
	for _, t := range p.Territories {
		c.territoryIDs = append(c.territoryIDs, t.ID.Val)
		c.territoryNames = append(c.territoryNames, t.Name.Val+" ("+t.Type.Val+")")
	}
	return c
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

func projectSchema(sets map[string]load.KeySet, c codes) object {
	period := mapping(sets, "period", "monitoring period", object{
		"id": str("id, e.g. ZoR1"), "from": day("first day"), "to": day("last day"),
	})
	territory := mapping(sets, "territory", "territory", object{
		"name": str("název"), "type": described(object{"type": "string", "enum": plan.TerritoryTypes}, "ORP, DSO, MAS …"),
		"members": strs("members (e.g. microregions)"), "note": str("poznámka"),
	})
	s := mapping(sets, "project", "rrp project (plans/project.yaml)", object{
		"id": str("project id (ASCII), used in report names"), "name": str("název projektu"),
		"registration": str("registrační číslo"), "beneficiary": str("příjemce"), "programme": str("program, e.g. OPZ+"),
		"start": day("project start, YYYY-MM-DD"), "end": day("project end, YYYY-MM-DD"),
		"periods":       described(object{"type": "array", "items": period}, "monitoring periods (sledovaná období); default: six-month periods from start"),
		"target_groups": described(object{"type": "object", "additionalProperties": object{"type": "string"}}, "cílové skupiny: id -> name"),
		"territories":   described(object{"type": "object", "additionalProperties": territory}, "území: id -> {name, type}"),
		"levels":        strs("names of the plan's levels, default [KA, aktivita]"),
		"budget":        positive("rozpočet"),
		"funding":       described(object{"type": "object", "additionalProperties": object{"type": "number"}}, "funding shares in percent, e.g. ESF: 85"),
	})
	s["$schema"] = Draft
	return s
}

func planSchema(sets map[string]load.KeySet, c codes) object {
	part := mapping(sets, "part", "part of an output", object{
		"id": str("id, unique within the output"), "title": str("název"), "target": positive("cílová hodnota"), "note": str("poznámka"),
	})
	milestone := mapping(sets, "schedule", "schedule point", object{
		"by": day("date"), "value": described(object{"type": "number", "minimum": 0}, "cumulative planned value by the date"),
	})
	output := mapping(sets, "output", "output (výstup)", object{
		"id": str("id, unique within the activity"), "title": str("název výstupu"),
		"unit":     described(object{"type": "string", "enum": plan.Units}, "event | hour | piece | person | document"),
		"target":   positive("cílová hodnota"),
		"per_unit": described(object{"type": "integer", "minimum": 1}, "records that make one unit (a course of sessions)"),
		"parts":    described(object{"type": "array", "items": part}, "components; their targets sum to the target"),
		"schedule": described(object{"type": "array", "items": milestone}, "cumulative planned value by date"),
		"reported": described(object{"type": "boolean"}, "false: tracked internally, not reported to the funding body"),
		"note":     str("poznámka"),
	})
	activity := mapping(sets, "activity", "activity (aktivita)", object{
		"id": str(`id, unique in the project; quoted, e.g. "4.2"`), "title": str("název aktivity"),
		"target_groups": described(object{"type": "array", "items": choice(c.groupIDs, c.groupNames, "target group")}, "cílové skupiny"),
		"outputs":       described(object{"type": "array", "items": output}, "výstupy"),
		"activities":    described(object{"type": "array", "items": object{"$ref": "#/$defs/activity"}}, "sub-activities"),
		"note":          str("poznámka"),
	})
	staff := mapping(sets, "staff", "staff (personální zajištění)", object{
		"role": str("role"), "fte": described(object{"type": "number", "exclusiveMinimum": 0, "maximum": 1}, "úvazek, (0, 1]"),
		"hours": positive("contracted hours"), "note": str("poznámka"),
	})
	s := mapping(sets, "key activity", "key activity (klíčová aktivita)", object{
		"id": str("id, e.g. KA4"), "title": str("název"),
		"territory":  choice(c.territoryIDs, c.territoryNames, "území"),
		"staff":      described(object{"type": "array", "items": staff}, "personální zajištění"),
		"activities": described(object{"type": "array", "items": object{"$ref": "#/$defs/activity"}}, "aktivity"),
		"note":       str("poznámka"),
	})
	s["$schema"] = Draft
	s["$defs"] = object{"activity": activity}
	return s
}

func recordSchema(sets map[string]load.KeySet, c codes, refs, descriptions []string) object {
	participants := mapping(sets, "participants", "participants", object{
		"total": described(object{"type": "integer", "minimum": 0}, "počet účastníků celkem"),
		"by_group": described(object{
			"type": "object", "propertyNames": choice(c.groupIDs, c.groupNames, "target group"),
			"additionalProperties": object{"type": "integer", "minimum": 0},
		}, "z toho podle cílových skupin"),
	})
	record := mapping(sets, "record", "record (záznam)", object{
		"date":         day("datum konání, RRRR-MM-DD"),
		"output":       choice(refs, descriptions, "výstup: aktivita/výstup[/část]"),
		"quantity":     positive("počet (default 1): akce, kusy, osoby, dokumenty"),
		"hours":        positive("délka v hodinách (desetinná tečka: 1.5)"),
		"participants": participants,
		"place":        str("místo konání"),
		"territory":    choice(c.territoryIDs, c.territoryNames, "území (default: území klíčové aktivity)"),
		"evidence":     strs("doklady, např. [evidence/KA04/2025-03-12-prezencni-listina.pdf]"),
		"status":       described(object{"type": "string", "enum": []string{"held", "cancelled"}}, "held (default) | cancelled"),
		"id":           str("stable id (optional)"),
		"note":         str("poznámka (bez osobních údajů)"),
	})
	return object{
		"$schema": Draft, "title": "rrp records file: one record or a list of them",
		"$defs": object{"record": record},
		"oneOf": []any{object{"$ref": "#/$defs/record"}, object{"type": "array", "items": object{"$ref": "#/$defs/record"}}},
	}
}
