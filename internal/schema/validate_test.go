package schema

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/plan"
)

// A JSON Schema validator (github.com/santhosh-tekuri/jsonschema/v6, draft
// 2020-12) checks the committed schemas the way an editor does: the record
// templates and this repository's plan must pass them, wrong records must
// not.

func compiled(t *testing.T, file string) *jsonschema.Schema {
	t.Helper()
	path := filepath.Join("../../templates/schemas", file)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(file, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(file)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// instance reads YAML as the JSON value an editor's language server sees.
func instance(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	js, err := json.Marshal(asEditorSees(v))
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// asEditorSees turns yaml.v3's timestamps back into the text they were:
// the YAML language server (YAML 1.2) reads 2025-03-12 as a string.
func asEditorSees(v any) any {
	switch x := v.(type) {
	case time.Time:
		return x.Format("2006-01-02")
	case map[string]any:
		for k, e := range x {
			x[k] = asEditorSees(e)
		}
	case []any:
		for i, e := range x {
			x[i] = asEditorSees(e)
		}
	}
	return v
}

func TestTemplatesPassRecordSchema(t *testing.T) {
	s := compiled(t, RecordFile)
	files, _ := filepath.Glob("../../templates/records/*.yaml")
	if len(files) != len(plan.Units) {
		t.Fatalf("%d record templates, want one per unit (%d)", len(files), len(plan.Units))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(instance(t, data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestPlanPassesPlanSchemas(t *testing.T) {
	project, plan := compiled(t, ProjectFile), compiled(t, PlanFile)
	files, _ := filepath.Glob("../../plans/*.yaml")
	if len(files) != 15 {
		t.Fatalf("%d plan files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := plan
		if filepath.Base(f) == "project.yaml" {
			s = project
		}
		if err := s.Validate(instance(t, data)); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestRecordSchemaRefuses(t *testing.T) {
	s := compiled(t, RecordFile)
	good := "date: 2025-03-12\noutput: 4.3/supervizni-setkani\n"
	if err := s.Validate(instance(t, []byte(good))); err != nil {
		t.Fatalf("a good record is refused: %v", err)
	}
	if err := s.Validate(instance(t, []byte("- "+good[:17]+"  "+good[17:]))); err != nil {
		t.Fatalf("a list of one good record is refused: %v", err)
	}
	for name, rec := range map[string]string{
		"unknown output":    "date: 2025-03-12\noutput: 4.3/supervize\n",
		"unknown key":       good + "particpants: {total: 3}\n",
		"missing date":      "output: 4.3/supervizni-setkani\n",
		"date not ISO":      "date: 12. 3. 2025\noutput: 4.3/supervizni-setkani\n",
		"decimal comma":     good + "hours: 1,5\n",
		"unknown territory": good + "territory: broumo\n",
		"unknown group":     good + "participants: {total: 3, by_group: {seniori: 2}}\n",
		"unknown status":    good + "status: hled\n",
		"evidence a string": good + "evidence: a.pdf\n",
	} {
		if err := s.Validate(instance(t, []byte(rec))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
