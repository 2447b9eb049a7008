// Package schema generates JSON Schemas (draft 2020-12) for a project's
// files from its plan, so that an editor with the YAML language server
// completes and checks keys, output references, territories and target
// groups while a coordinator types. The keys come from the loader's own key
// sets: a schema cannot allow what rrp refuses, nor require what it does
// not.
package schema

import (
	"encoding/json"
	"fmt"
	"slices"

	"rrp/internal/load"
	"rrp/internal/plan"
)

// Files are the schema files, by name.
const (
	ProjectFile = "project.schema.json"
	PlanFile    = "plan.schema.json"
	RecordFile  = "record.schema.json"
)

// Dir is where rrp schema puts the files in a project (slash-separated,
// from its root): the record templates and rrp new point at them there.
const Dir = "templates/schemas"

// Draft is the JSON Schema dialect of every file.
const Draft = "https://json-schema.org/draft/2020-12/schema"

type object = map[string]any

// Generate returns the three schemas for the project, by file name, as
// indented JSON ending in a newline. The same plan gives the same bytes.
func Generate(p *plan.Project) (map[string][]byte, error) {
	sets := load.KeySets()
	c := codelists(p)
	refs, descriptions := outputRefs(p)
	docs := map[string]object{
		ProjectFile: projectSchema(sets, c),
		PlanFile:    planSchema(sets, c),
		RecordFile:  recordSchema(sets, c, refs, descriptions),
	}
	out := map[string][]byte{}
	for name, doc := range docs {
		data, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return nil, err
		}
		out[name] = append(data, '\n')
	}
	return out, nil
}

// mapping is the schema of a mapping of one kind: exactly the loader's
// keys, each with its property schema.
func mapping(sets map[string]load.KeySet, kind, title string, props object) object {
	set, ok := sets[kind]
	if !ok {
		panic(fmt.Sprintf("schema: the loader has no key set %q", kind))
	}
	for _, k := range set.Allowed {
		if _, ok := props[k]; !ok {
			panic(fmt.Sprintf("schema: %s key %q has no property schema", kind, k))
		}
	}
	for k := range props {
		if !slices.Contains(set.Allowed, k) {
			panic(fmt.Sprintf("schema: %s key %q is not one the loader allows", kind, k))
		}
	}
	return object{
		"type": "object", "title": title, "properties": props,
		"required": set.Required, "additionalProperties": false,
	}
}

func described(s object, description string) object {
	s["description"] = description
	return s
}

func str(description string) object { return described(object{"type": "string"}, description) }

func day(description string) object {
	return described(object{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`, "format": "date"}, description)
}

func positive(description string) object {
	return described(object{"type": "number", "exclusiveMinimum": 0}, description)
}

func strs(description string) object {
	return described(object{"type": "array", "items": object{"type": "string"}}, description)
}

// choice is a string from a codelist, each value with its name for the
// editor's completion list. An empty codelist allows any string: rrp
// validate says what is wrong with it.
func choice(ids, names []string, description string) object {
	s := str(description)
	if len(ids) > 0 {
		s["enum"] = ids
		s["enumDescriptions"] = names
		s["markdownEnumDescriptions"] = names
	}
	return s
}
