// The field tables live in package load because the loader is what makes
// them true: each field holds the function that reads its key into the
// typed model, and the loader's unknown-key and missing-key findings come
// from the same table. rrp schema and rrp new read the tables through
// Kinds and Fields (copies), so that neither can offer a key the loader
// refuses, nor miss one it reads.

package load

import "slices"

// Shape is what may be written after a key.
type Shape int

// The shapes of values in rrp's files.
const (
	Text    Shape = iota + 1 // one text: an id, a name, a note
	Texts                    // a list of texts
	Date                     // a day, YYYY-MM-DD
	Number                   // a number, within the field's Range
	Flag                     // true or false
	Codes                    // a codelist: ids the file chooses, each with its name
	Numbers                  // names the file chooses, each with a number within the field's Range
	Mapping                  // one nested mapping of the field's kind Of
	List                     // a list of mappings of the field's kind Of
	Map                      // ids the file chooses, each with a mapping of the field's kind Of
)

// Range is which numbers a Number or Numbers field takes. The loader reads
// any finite number; the checks say what is wrong with one out of range.
type Range int

// The ranges of numbers in rrp's files.
const (
	AnyNumber   Range = iota // checked against other values, not alone
	Positive                 // more than 0
	NonNegative              // 0 or more
	Fraction                 // more than 0, at most 1: a share of a full-time job
	Count                    // a whole number, 0 or more
	AtLeastOne               // a whole number, 1 or more
)

// Codelist is a list of the plan that a value names an entry of.
type Codelist int

// The plan's lists that values refer to.
const (
	NoCodelist   Codelist = iota
	TargetGroups          // the project's target_groups
	Territories           // the project's territories
	Outputs               // the outputs and parts of the plan, as activity/output[/part]
)

// Field is one key of a kind of mapping: what may be written after it and
// what it means.
type Field struct {
	Key      string
	Required bool
	Shape    Shape
	// Of is the kind of the nested mappings of a Mapping, List or Map.
	Of    string
	Range Range
	// OneOf are the values a Text takes, when rrp fixes them (units,
	// territory types, statuses).
	OneOf []string
	// Refers is the plan's list that a Text, each item of Texts or each
	// name of Numbers is an entry of.
	Refers Codelist
	// Description is the key's meaning for an editor (rrp schema), in the
	// language of the files. A Mapping has none: its kind's title says it.
	Description string
	// Usage is the key's meaning on the command line (rrp new --key), in
	// the language of rrp's messages, with what a command assumes when
	// the value is not given.
	Usage string
}

// Kind is one kind of mapping in rrp's files ("project", "record", …):
// its title and its fields, in the order the documentation gives them
// (the order of rrp's hints and of the keys in a new record file).
type Kind struct {
	Name, Title string
	Fields      []Field
}

// Kinds are every kind of mapping in rrp's files, each a copy.
func Kinds() []Kind {
	var out []Kind
	for _, k := range kindTables() {
		out = append(out, k.public())
	}
	return out
}

// Fields are the fields of the named kind, a copy; nil for no such kind.
func Fields(kind string) []Field {
	for _, k := range Kinds() {
		if k.Name == kind {
			return k.Fields
		}
	}
	return nil
}

// Keys are the keys of the named kind, in order.
func Keys(kind string) []string {
	var out []string
	for _, f := range Fields(kind) {
		out = append(out, f.Key)
	}
	return out
}

// KeySet is the keys one kind of mapping allows and requires.
type KeySet struct {
	Allowed, Required []string
}

// KeySets are the key sets by kind ("project", "record", "output", …),
// made from the tables; Keys and Fields say the same with less.
func KeySets() map[string]KeySet {
	out := map[string]KeySet{}
	for _, k := range kindTables() {
		keys := k.keySet()
		out[keys.what] = KeySet{Allowed: slices.Clone(keys.allowed), Required: slices.Clone(keys.required)}
	}
	return out
}
