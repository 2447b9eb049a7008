package newrecord

import (
	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
)

// errorKeys are the record's keys at which the draft's errors are, so
// that the interview asks again for those values only; nil when an error
// is not at a key (then every value is asked again).
func (d draft) errorKeys() map[string]bool {
	lines := keyLines(d.data)
	keys := map[string]bool{}
	for _, f := range d.own {
		if f.Severity != finding.Error {
			continue
		}
		k := keyAt(lines, int(f.Pos.Line))
		if k == "" {
			return nil
		}
		keys[k] = true
	}
	return keys
}

// keyLine is a record key and the line it starts on.
type keyLine struct {
	key  string
	line int
}

// keyLines are the record's top-level keys with their lines, in order.
func keyLines(data []byte) []keyLine {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil
	}
	m := doc.Content[0].Content
	out := make([]keyLine, 0, len(m)/2)
	for i := 0; i+1 < len(m); i += 2 {
		out = append(out, keyLine{m[i].Value, m[i].Line})
	}
	return out
}

// keyAt is the key whose value holds line: the last key starting at or
// before it; "" before the first key or for no line.
func keyAt(lines []keyLine, line int) string {
	key := ""
	for _, kl := range lines {
		if line <= 0 || kl.line > line {
			break
		}
		key = kl.key
	}
	return key
}
