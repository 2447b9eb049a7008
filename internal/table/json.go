package table

import (
	"bytes"
	"encoding/json"
	"io"
)

// JSON prints the document's Data, indented, or, when it has none, the
// rows as an array of objects keyed by the columns' keys (nil cells left
// out).
type JSON struct{}

var jsonFormat = entry{Name: "json", Description: "for programs", Impl: func(Options) Renderer { return JSON{} }}

// Render writes the document.
func (JSON) Render(w io.Writer, doc *Document) error {
	data := doc.Data
	if data == nil {
		data = objects(&doc.Table)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(data)
}

// object is a JSON object that keeps its keys in column order.
type object struct {
	keys   []string
	values []any
}

func (o object) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range o.keys {
		if i > 0 {
			b.WriteByte(',')
		}
		key, _ := json.Marshal(k)
		val, err := json.Marshal(o.values[i])
		if err != nil {
			return nil, err
		}
		b.Write(key)
		b.WriteByte(':')
		b.Write(val)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func objects(t *Table) []object {
	idx := t.visible(Machines)
	cols := columns(t, idx)
	out := make([]object, 0, len(t.Rows))
	for _, r := range t.Rows {
		var o object
		for i, v := range pick(r.Cells, idx) {
			if v != nil {
				o.keys = append(o.keys, cols[i].Key)
				o.values = append(o.values, jsonValue(v))
			}
		}
		out = append(out, o)
	}
	return out
}
