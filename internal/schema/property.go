package schema

import (
	"fmt"

	"github.com/kraj-hk/rrp/internal/load"
)

// builder makes the schemas of the loader's kinds of mapping: exactly
// their keys, each with the JSON type of its shape, its range, its choices
// and its description.
type builder struct {
	kinds map[string]load.Kind
	lists map[load.Codelist]codelist
	// defs are the kinds the document gives once, under $defs.
	defs map[string]bool
}

func newBuilder(lists map[load.Codelist]codelist) *builder {
	b := &builder{kinds: map[string]load.Kind{}, lists: lists}
	for _, k := range load.Kinds() {
		b.kinds[k.Name] = k
	}
	return b
}

// mapping is the schema of a mapping of the kind: its keys and no other.
func (b *builder) mapping(kind string) object {
	k, ok := b.kinds[kind]
	if !ok {
		panic(fmt.Sprintf("schema: the loader has no kind of mapping %q", kind))
	}
	props := object{}
	required := []string{}
	for _, f := range k.Fields {
		props[f.Key] = b.property(f)
		if f.Required {
			required = append(required, f.Key)
		}
	}
	return object{
		"type": "object", "title": k.Title, "properties": props,
		"required": required, "additionalProperties": false,
	}
}

// nested is the schema of a mapping inside another: a reference when the
// document defines the kind once.
func (b *builder) nested(kind string) object {
	if b.defs[kind] {
		return object{"$ref": "#/$defs/" + kind}
	}
	return b.mapping(kind)
}

// property is the schema of a field's value.
func (b *builder) property(f load.Field) object {
	var s object
	switch f.Shape {
	case load.Text:
		s = b.text(f)
	case load.Texts:
		s = object{"type": "array", "items": b.entry(f.Refers)}
	case load.Date:
		s = object{"type": "string", "pattern": `^\d{4}-\d{2}-\d{2}$`, "format": "date"}
	case load.Number:
		s = number(f.Range)
	case load.Flag:
		s = object{"type": "boolean"}
	case load.Codes:
		s = object{"type": "object", "additionalProperties": object{"type": "string"}}
	case load.Numbers:
		s = object{"type": "object", "additionalProperties": number(f.Range)}
		if f.Refers != load.NoCodelist {
			s["propertyNames"] = b.entry(f.Refers)
		}
	case load.Mapping:
		// The nested mapping's title says what it is.
		return b.nested(f.Of)
	case load.List:
		s = object{"type": "array", "items": b.nested(f.Of)}
	case load.Map:
		s = object{"type": "object", "additionalProperties": b.nested(f.Of)}
	default:
		panic(fmt.Sprintf("schema: key %q has a shape without a JSON type (%d)", f.Key, f.Shape))
	}
	if f.Description != "" {
		s["description"] = f.Description
	}
	return s
}

// text is a string, one of rrp's values or of the plan's list when the
// field says so.
func (b *builder) text(f load.Field) object {
	s := object{"type": "string"}
	if f.OneOf != nil {
		s["enum"] = f.OneOf
	}
	if f.Refers != load.NoCodelist {
		choices(s, b.lists[f.Refers])
	}
	return s
}

// entry is a string that names an entry of the plan's list (any string
// when refers is none), described as such.
func (b *builder) entry(refers load.Codelist) object {
	s := object{"type": "string"}
	if refers != load.NoCodelist {
		list := b.lists[refers]
		s["description"] = list.entry
		choices(s, list)
	}
	return s
}

// choices offers the list's ids, each with its name for the editor's
// completion list. An empty list allows any string: rrp validate says what
// is wrong with it.
func choices(s object, list codelist) {
	if len(list.ids) > 0 {
		s["enum"] = list.ids
		s["enumDescriptions"] = list.names
		s["markdownEnumDescriptions"] = list.names
	}
}

// number is a number in the range.
func number(r load.Range) object {
	switch r {
	case load.AnyNumber:
		return object{"type": "number"}
	case load.Positive:
		return object{"type": "number", "exclusiveMinimum": 0}
	case load.NonNegative:
		return object{"type": "number", "minimum": 0}
	case load.Fraction:
		return object{"type": "number", "exclusiveMinimum": 0, "maximum": 1}
	case load.Count:
		return object{"type": "integer", "minimum": 0}
	case load.AtLeastOne:
		return object{"type": "integer", "minimum": 1}
	}
	panic(fmt.Sprintf("schema: a range of numbers without a JSON schema (%d)", r))
}
