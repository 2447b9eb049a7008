// Package schema generates JSON Schemas (draft 2020-12) for a project's
// files from its plan, so that an editor with the YAML language server
// completes and checks keys, output references, territories and target
// groups while a coordinator types. The keys, the types of their values and
// their descriptions come from the loader's field tables (load.Kinds): a
// schema cannot allow what rrp refuses, nor require what it does not. Only
// the choices that depend on the plan (output references, territories,
// target groups) are added here.
package schema

import (
	"encoding/json"

	"github.com/kraj-hk/rrp/internal/plan"
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
	lists := codelists(p)
	docs := map[string]object{
		ProjectFile: projectSchema(newBuilder(lists)),
		PlanFile:    planSchema(newBuilder(lists)),
		RecordFile:  recordSchema(newBuilder(lists)),
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
