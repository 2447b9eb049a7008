package diff

import (
	"bytes"
	"encoding/json"
)

// numericFields are written as JSON numbers.
var numericFields = map[string]bool{"quantity": true, "hours": true, "participants": true}

// MarshalJSON writes the record's place and the fields it has, in the
// format's order, as an object a program can read like the YAML.
func (r Rec) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"file":`)
	writeJSON(&b, r.File)
	b.WriteString(`,"line":`)
	writeJSON(&b, r.Line)
	for _, f := range r.Fields {
		if f.Value == "" {
			continue
		}
		b.WriteByte(',')
		writeJSON(&b, f.Name)
		b.WriteByte(':')
		if numericFields[f.Name] && json.Valid([]byte(f.Value)) {
			b.WriteString(f.Value) // strconv's 'f' format: a valid JSON number
			continue
		}
		writeJSON(&b, f.Value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeJSON(b *bytes.Buffer, v any) {
	data, _ := json.Marshal(v) // strings and numbers always marshal
	b.Write(data)
}
