package schema

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/load"
)

// TestGolden: the schemas of the end-to-end scripts' fixture project.
func TestGolden(t *testing.T) {
	res, err := load.Dir("../cli/testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(res.Project)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range files {
		golden.Check(t, filepath.Join("testdata", name+".golden"), got)
	}
}

// TestRecordSchemaFollowsPlan: every output and part of the real plan is a
// choice of output, and the keys are the loader's.
func TestRecordSchemaFollowsPlan(t *testing.T) {
	res, err := load.Dir("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(res.Project)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs struct {
			Record struct {
				Properties map[string]struct {
					Enum []string `json:"enum"`
				} `json:"properties"`
				Required []string `json:"required"`
			} `json:"record"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(files[RecordFile], &doc); err != nil {
		t.Fatal(err)
	}
	refs := doc.Defs.Record.Properties["output"].Enum
	outputs, parts := 0, 0
	for _, o := range res.Project.AllOutputs() {
		outputs++
		parts += len(o.Parts)
		if !slices.Contains(refs, o.Ref()) {
			t.Errorf("output %s is not a choice", o.Ref())
		}
	}
	if len(refs) != outputs+parts || outputs != 100 {
		t.Errorf("%d choices for %d outputs and %d parts", len(refs), outputs, parts)
	}
	if keys := load.Keys("record"); len(doc.Defs.Record.Properties) != len(keys) {
		t.Errorf("record keys %v, loader: %v", doc.Defs.Record.Properties, keys)
	}
	if got := doc.Defs.Record.Properties["territory"].Enum; len(got) != 14 {
		t.Errorf("territories: %v", got)
	}
}

// TestPropertiesAreTheLoadersKeys: every kind of mapping the loader
// reads has a schema in the files rrp schema writes (found by its title),
// whose properties and required keys are the kind's, in the same order
// for required.
func TestPropertiesAreTheLoadersKeys(t *testing.T) {
	res, err := load.Dir("../cli/testdata/project")
	if err != nil {
		t.Fatal(err)
	}
	files, err := Generate(res.Project)
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]map[string]any{}
	for name, data := range files {
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		collectMappings(doc, byTitle)
	}
	for _, k := range load.Kinds() {
		s, ok := byTitle[k.Title]
		if !ok {
			t.Errorf("%s: no schema titled %q", k.Name, k.Title)
			continue
		}
		var keys, required []string
		for _, f := range k.Fields {
			keys = append(keys, f.Key)
			if f.Required {
				required = append(required, f.Key)
			}
		}
		var props []string
		for key := range s["properties"].(map[string]any) {
			props = append(props, key)
		}
		var req []string
		for _, key := range s["required"].([]any) {
			req = append(req, key.(string))
		}
		slices.Sort(props)
		if !slices.Equal(props, slices.Sorted(slices.Values(keys))) || !slices.Equal(req, required) {
			t.Errorf("%s: properties %v required %v; loader: %v required %v", k.Name, props, req, keys, required)
		}
	}
}

// collectMappings finds, anywhere in a schema, the schemas of mappings
// (those with properties), by title.
func collectMappings(v any, byTitle map[string]map[string]any) {
	switch x := v.(type) {
	case map[string]any:
		if title, ok := x["title"].(string); ok && x["properties"] != nil {
			byTitle[title] = x
		}
		for _, e := range x {
			collectMappings(e, byTitle)
		}
	case []any:
		for _, e := range x {
			collectMappings(e, byTitle)
		}
	}
}
