// Package recordfile makes a new record file from the template of its
// output's unit: the values given replace the template's examples, the
// keys not given are left out, the Czech comments of the keys kept stay.
package recordfile

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/load"
)

// Values are what the new record says. Empty strings and nil pointers are
// not given: the template's key is left out.
type Values struct {
	Date         date.Date
	Output       string
	Quantity     *float64
	Hours        *float64
	Participants *int
	// ByGroup is how many of the participants belong to each target
	// group, in the order asked; with no total, the total is their sum.
	ByGroup   []GroupCount
	Place     string
	Territory string
	Evidence  []string
	Status    string
	ID        string
	Note      string
	// DateTo is the last day of an event of several days; 0 for none.
	DateTo date.Date
	// Persons are the codes of the people supported.
	Persons []string
}

// GroupCount is the number of participants of one target group.
type GroupCount struct {
	Group string
	Count int
}

// Path is the conventional place of a record, relative to the project:
// records/<year>/<KA, two digits>/<date>-<output id>.yaml. n > 1 adds -n
// for the n-th record of that output on that day.
func Path(d date.Date, ka, outputID string, n int) string {
	name := d.String() + "-" + outputID
	if n > 1 {
		name += "-" + strconv.Itoa(n)
	}
	return path.Join(Folder(d, ka), name+".yaml")
}

// Folder is the conventional folder of the records of a key activity in
// the year of d: records/<year>/<KA>, the KA's number written with two
// digits (KA4 -> KA04, "ka 4" too) so that folders sort KA04 … KA17. A key
// activity of another form is made safe for a folder name; "" is "other".
func Folder(d date.Date, ka string) string {
	return path.Join("records", strconv.Itoa(d.Time().Year()), kaFolder(ka))
}

var kaNumber = regexp.MustCompile(`^([A-Za-z]+)\s*0*([0-9]+)$`)

func kaFolder(ka string) string {
	if m := kaNumber.FindStringSubmatch(ka); m != nil {
		n, _ := strconv.Atoi(m[2])
		return fmt.Sprintf("%s%02d", strings.ToUpper(m[1]), n)
	}
	if s := Slug(ka); s != "" {
		return s
	}
	return "other"
}

// Slug makes a name safe and plain for a file name: lower case, no
// diacritics, a dash for anything but letters and digits; "" when nothing
// is left.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		case unicode.Is(unicode.Mn, r):
			// a diacritic mark, decomposed from its letter
		default:
			dash = true
		}
	}
	return b.String()
}

// schemaLine is the editor's pointer to the record schema.
var schemaLine = regexp.MustCompile(`(?m)^# yaml-language-server: \$schema=.*$`)

// Render fills the template of unit from templates (records/<unit>.yaml).
// schemaRef is the record schema's path relative to the new file, "" to
// drop the editor's schema line.
func Render(templates fs.FS, unit string, v Values, schemaRef string) ([]byte, error) {
	tpl, err := fs.ReadFile(templates, "records/"+unit+".yaml")
	if err != nil {
		return nil, fmt.Errorf("no record template for unit %q: %w", unit, err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(tpl, &doc); err != nil {
		return nil, fmt.Errorf("record template %s: %w", unit, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("record template %s is not one record", unit)
	}
	m := doc.Content[0]
	m.Content = fill(m.Content, given(v))
	setSchema(&doc, schemaRef)
	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, err
	}
	return out.Bytes(), enc.Close()
}

// given lists the values the record has, by key, as YAML nodes.
func given(v Values) map[string]*yaml.Node {
	out := map[string]*yaml.Node{
		"date":   scalar(v.Date.String()),
		"output": scalar(v.Output),
	}
	num := func(key string, f *float64) {
		if f != nil {
			out[key] = scalar(strconv.FormatFloat(*f, 'f', -1, 64))
		}
	}
	num("quantity", v.Quantity)
	num("hours", v.Hours)
	if p := participants(v); p != nil {
		out["participants"] = p
	}
	for key, s := range map[string]string{"place": v.Place, "territory": v.Territory, "status": v.Status, "id": v.ID, "note": v.Note} {
		if s != "" {
			out[key] = &yaml.Node{Kind: yaml.ScalarNode, Value: s}
		}
	}
	if v.DateTo != 0 {
		out["date_to"] = scalar(v.DateTo.String())
	}
	for key, list := range map[string][]string{"evidence": v.Evidence, "persons": v.Persons} {
		if len(list) > 0 {
			seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
			for _, e := range list {
				seq.Content = append(seq.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: e})
			}
			out[key] = seq
		}
	}
	return out
}

// participants is the participants mapping: the total and, when given,
// the counts by target group on one line, as the event template shows them.
func participants(v Values) *yaml.Node {
	if v.Participants == nil && len(v.ByGroup) == 0 {
		return nil
	}
	total := 0
	if v.Participants != nil {
		total = *v.Participants
	} else {
		for _, g := range v.ByGroup {
			total += g.Count
		}
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("total"), scalar(strconv.Itoa(total))}}
	if len(v.ByGroup) > 0 {
		groups := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		for _, g := range v.ByGroup {
			groups.Content = append(groups.Content, scalar(g.Group), scalar(strconv.Itoa(g.Count)))
		}
		m.Content = append(m.Content, scalar("by_group"), groups)
	}
	return m
}

func scalar(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }

// fill keeps the template's keys that have a value, in the template's
// order and with its comments, then adds given keys the template lacks.
// A key the template shows commented out ("# status: cancelled") takes the
// place of that line when it is given.
func fill(pairs []*yaml.Node, values map[string]*yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	seen := map[string]bool{}
	add := func(key *yaml.Node, v *yaml.Node) {
		seen[key.Value] = true
		out = append(out, key, v)
	}
	for i := 0; i+1 < len(pairs); i += 2 {
		key := pairs[i]
		var uncommented []*yaml.Node
		uncommented, key.HeadComment = uncomment(key.HeadComment, values, seen)
		for j := 0; j+1 < len(uncommented); j += 2 {
			add(uncommented[j], uncommented[j+1])
		}
		v, ok := values[key.Value]
		if !ok {
			continue
		}
		v.LineComment = pairs[i+1].LineComment
		add(key, v)
	}
	for _, key := range keyOrder {
		if v, ok := values[key]; ok && !seen[key] {
			out = insertInOrder(out, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
		}
	}
	return out
}

// insertInOrder puts a key the template lacks before the first key that
// comes after it in the loader's order, so that date_to follows date and
// persons come before place, as the format lists them.
func insertInOrder(pairs []*yaml.Node, key, v *yaml.Node) []*yaml.Node {
	rank := slices.Index(keyOrder, key.Value)
	at := len(pairs)
	for i := 0; i+1 < len(pairs); i += 2 {
		if slices.Index(keyOrder, pairs[i].Value) > rank {
			at = i
			break
		}
	}
	return slices.Insert(pairs, at, key, v)
}

// keyOrder is the order of a record's keys, the loader's.
var keyOrder = load.Keys("record")

// commentedKey is a line of a template's comment that shows a key.
var commentedKey = regexp.MustCompile(`^# ([a-z_]+): `)

// uncomment takes from a key's head comment the commented-out keys that
// are given, each with the comment lines above it, as key and value nodes;
// it returns them and the comment left.
func uncomment(comment string, values map[string]*yaml.Node, seen map[string]bool) (pairs []*yaml.Node, rest string) {
	if comment == "" {
		return nil, ""
	}
	var above []string
	for _, line := range strings.Split(comment, "\n") {
		m := commentedKey.FindStringSubmatch(line)
		if m == nil || seen[m[1]] || values[m[1]] == nil {
			above = append(above, line)
			continue
		}
		key := &yaml.Node{Kind: yaml.ScalarNode, Value: m[1], HeadComment: strings.Join(above, "\n")}
		pairs = append(pairs, key, values[m[1]])
		seen[m[1]] = true
		above = nil
	}
	return pairs, strings.Join(above, "\n")
}

// setSchema points the editor's schema line at ref, or drops it.
func setSchema(doc *yaml.Node, ref string) {
	for _, n := range []*yaml.Node{doc, doc.Content[0], doc.Content[0].Content[0]} {
		if !schemaLine.MatchString(n.HeadComment) {
			continue
		}
		if ref == "" {
			n.HeadComment = strings.TrimLeft(schemaLine.ReplaceAllString(n.HeadComment, ""), "\n")
		} else {
			n.HeadComment = schemaLine.ReplaceAllLiteralString(n.HeadComment, "# yaml-language-server: $schema="+ref)
		}
	}
}
