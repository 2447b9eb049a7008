package load

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestTablesAreWellFormed: every kind has fields, each field a known
// shape; a nested field names a kind that exists, and every field but a
// nested mapping (described by its kind's title) has a description.
func TestTablesAreWellFormed(t *testing.T) {
	kinds := map[string]bool{}
	for _, k := range Kinds() {
		if kinds[k.Name] || k.Title == "" || len(k.Fields) == 0 {
			t.Errorf("kind %q: twice, without a title or without fields", k.Name)
		}
		kinds[k.Name] = true
	}
	for _, k := range Kinds() {
		seen := map[string]bool{}
		for _, f := range k.Fields {
			where := k.Name + "." + f.Key
			if seen[f.Key] {
				t.Errorf("%s: twice", where)
			}
			seen[f.Key] = true
			nested := f.Shape == Mapping || f.Shape == List || f.Shape == Map
			switch {
			case f.Shape < Text || f.Shape > Map:
				t.Errorf("%s: no shape", where)
			case nested != (f.Of != ""), nested && !kinds[f.Of]:
				t.Errorf("%s: shape %d of kind %q", where, f.Shape, f.Of)
			case f.Shape != Mapping && f.Description == "":
				t.Errorf("%s: no description", where)
			}
		}
	}
}

// TestEveryKeyIsRead decodes files with every key of every kind written
// (made from the tables) and checks that nothing is refused and that
// every value of the typed model is set: a key the loader accepts but
// ignores, or a value of the model no key fills, fails it.
func TestEveryKeyIsRead(t *testing.T) {
	kinds := map[string]Kind{}
	for _, k := range Kinds() {
		kinds[k.Name] = k
	}
	g := &generator{kinds: kinds, used: map[string]bool{}}
	var fs finding.List
	decoded := []any{
		decodeProject("project.yaml", g.file("project"), true, &fs),
		decodeKeyActivity("ka.yaml", g.file("key activity"), &fs),
		decodeRecords("r.yaml", g.file("record"), &fs),
	}
	for _, f := range fs.Sorted() {
		// Every key written means target, at_least and at_most together,
		// which the rule of one goal per output refuses: read, not ignored.
		if f.Code == finding.CodeTarget && strings.Contains(f.Message, "give one of target, at_least and at_most") {
			continue
		}
		t.Errorf("finding: %s: %s", f.Pos, f.Message)
	}
	for name := range kinds {
		if !g.used[name] {
			t.Errorf("kind %q is in no file", name)
		}
	}
	set := map[string]bool{}
	visited := map[any]bool{}
	for _, v := range decoded {
		setFields(reflect.ValueOf(v), set, visited)
	}
	for _, typ := range modelTypes(decoded) {
		for i := range typ.NumField() {
			name := typ.Name() + "." + typ.Field(i).Name
			if typ.Field(i).IsExported() && !set[name] && !setElsewhere[name] {
				t.Errorf("%s is set by no key", name)
			}
		}
	}
}

// setElsewhere are the model's values that the loader sets from
// something other than a key of the mapping.
var setElsewhere = map[string]bool{
	"Project.DefaultPeriods": true, "Project.KeyActivities": true,
	"Project.Unread": true, "KeyActivity.Unread": true, "Staff.Unread": true, "Record.Unread": true,
}

// generator writes a mapping of a kind with every key, each with a value
// of its shape. An activity within an activity holds no more activities.
type generator struct {
	kinds map[string]Kind
	used  map[string]bool
	depth map[string]int
}

func (g *generator) file(kind string) []byte {
	g.depth = map[string]int{}
	data, err := yaml.Marshal(g.mapping(kind))
	if err != nil {
		panic(err)
	}
	return data
}

func (g *generator) mapping(kind string) map[string]any {
	g.used[kind] = true
	g.depth[kind]++
	defer func() { g.depth[kind]-- }()
	out := map[string]any{}
	for _, f := range g.kinds[kind].Fields {
		out[f.Key] = g.value(f)
	}
	return out
}

func (g *generator) value(f Field) any {
	switch f.Shape {
	case Text:
		if f.OneOf != nil {
			return f.OneOf[0]
		}
		return "x"
	case Texts:
		return []string{"x"}
	case Date:
		return "2025-01-01"
	case Number:
		return 1
	case Flag:
		return true
	case Codes:
		return map[string]string{"a": "b"}
	case Numbers:
		return map[string]int{"a": 1}
	case Mapping:
		return g.mapping(f.Of)
	case List:
		if g.depth[f.Of] > 1 {
			return []any{}
		}
		return []any{g.mapping(f.Of)}
	case Map:
		return map[string]any{"a": g.mapping(f.Of)}
	}
	panic(fmt.Sprintf("no value for shape %d", f.Shape))
}

// setFields notes, for every struct of the model below v, which of its
// values are set ("Output.Unit").
func setFields(v reflect.Value, set map[string]bool, visited map[any]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || visited[v.Interface()] {
			return
		}
		visited[v.Interface()] = true
		setFields(v.Elem(), set, visited)
	case reflect.Slice:
		for i := range v.Len() {
			setFields(v.Index(i), set, visited)
		}
	case reflect.Struct:
		if !isModel(v.Type()) {
			return
		}
		for i := range v.NumField() {
			if !v.Field(i).IsZero() {
				set[v.Type().Name()+"."+v.Type().Field(i).Name] = true
			}
			if v.Type().Field(i).IsExported() {
				setFields(v.Field(i), set, visited)
			}
		}
	}
}

// modelTypes are the struct types of the model the decoded values hold.
func modelTypes(decoded []any) []reflect.Type {
	var out []reflect.Type
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		switch typ.Kind() {
		case reflect.Pointer, reflect.Slice:
			walk(typ.Elem())
		case reflect.Struct:
			if !isModel(typ) || slices.Contains(out, typ) {
				return
			}
			out = append(out, typ)
			for i := range typ.NumField() {
				walk(typ.Field(i).Type)
			}
		}
	}
	for _, v := range decoded {
		walk(reflect.TypeOf(v))
	}
	return out
}

// isModel tells the plan's and records' own structs from the values they
// hold (positions, source values, dates).
func isModel(typ reflect.Type) bool {
	return strings.HasSuffix(typ.PkgPath(), "internal/plan") || strings.HasSuffix(typ.PkgPath(), "internal/record")
}
