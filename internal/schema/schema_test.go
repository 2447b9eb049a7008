package schema

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"rrp/internal/golden"
	"rrp/internal/load"
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
	set := load.KeySets()["record"]
	if !slices.Equal(doc.Defs.Record.Required, set.Required) || len(doc.Defs.Record.Properties) != len(set.Allowed) {
		t.Errorf("record keys %v / required %v, loader: %v / %v", doc.Defs.Record.Properties, doc.Defs.Record.Required, set.Allowed, set.Required)
	}
	if got := doc.Defs.Record.Properties["territory"].Enum; len(got) != 14 {
		t.Errorf("territories: %v", got)
	}
}

// TestMappingRefusesDrift: a property the loader does not allow, or a key
// without a property, stops generation rather than giving a wrong schema.
func TestMappingRefusesDrift(t *testing.T) {
	sets := load.KeySets()
	for name, props := range map[string]object{
		"extra":   {"total": object{}, "by_group": object{}, "people": object{}},
		"missing": {"total": object{}},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			mapping(sets, "participants", "p", props)
		})
	}
}
