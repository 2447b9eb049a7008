package load

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// field is a Field with how its value is read into a T (a *plan.Project,
// a *record.Record, …).
type field[T any] struct {
	Field
	read func(r *reader, v *yaml.Node, into T)
}

// table is the field table of one kind of mapping: the keys it allows and
// requires are its fields', in their order.
type table[T any] struct {
	name, title string
	fields      []field[T]
	keys        keys
}

func newTable[T any](name, title string, fields []field[T]) *table[T] {
	t := &table[T]{name: name, title: title, fields: fields, keys: keys{what: name}}
	for _, f := range fields {
		t.keys.allowed = append(t.keys.allowed, f.Key)
		if f.Required {
			t.keys.required = append(t.keys.required, f.Key)
		}
	}
	return t
}

// decode reads the mapping n into into, each key by its field; see
// reader.mapping for what it returns.
func (t *table[T]) decode(r *reader, n *yaml.Node, into T) (unread []string, ok bool) {
	return r.mapping(n, t.keys, func(key string, v *yaml.Node) {
		for i := range t.fields {
			if t.fields[i].Key == key {
				t.fields[i].read(r, v, into)
				return
			}
		}
	})
}

func (t *table[T]) public() Kind {
	k := Kind{Name: t.name, Title: t.title}
	for _, f := range t.fields {
		pub := f.Field
		pub.OneOf = slices.Clone(pub.OneOf)
		k.Fields = append(k.Fields, pub)
	}
	return k
}

func (t *table[T]) keySet() keys { return t.keys }

// anyTable is a table of whatever it decodes into.
type anyTable interface {
	public() Kind
	keySet() keys
}

// kindTables are the tables of every kind, plan first. It is a function,
// not a variable, because the activity table is only set by init.
func kindTables() []anyTable {
	return []anyTable{projectTable, periodTable, territoryTable, keyActivityTable, staffTable, activityTable,
		outputTable, partTable, milestoneTable, openingTable, perEventTable, recordTable, participantsTable}
}
