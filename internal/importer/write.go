package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// Encode renders the file: a comment saying where the records came from,
// then the records as a YAML list, keys in the documented order.
func (f *File) Encode() ([]byte, error) {
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range f.Records {
		seq.Content = append(seq.Content, recordNode(&f.Records[i]))
	}
	doc := &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{seq}, HeadComment: fmt.Sprintf(
		"Imported by rrp import from %s.\nThe ids tell rrp import which rows it has imported: keep them, so that\nimporting the sheet again adds no records twice.", f.Source)}
	return encode(doc)
}

func scalar(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v} }

// plain is a value written without quotes: a date or a number.
func plain(v string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: v} }

func number(v float64) *yaml.Node { return plain(strconv.FormatFloat(v, 'f', -1, 64)) }

// list is a list of texts on one line: [a.pdf, b.pdf].
func list(vs []source.Value[string]) *yaml.Node {
	seq := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vs {
		seq.Content = append(seq.Content, scalar(v.Val))
	}
	return seq
}

func recordNode(r *record.Record) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	put := func(k string, v *yaml.Node) { m.Content = append(m.Content, scalar(k), v) }
	put(KeyDate, plain(r.Date.Val.String()))
	if r.DateTo.IsSet() {
		put(KeyDateTo, plain(r.DateTo.Val.String()))
	}
	put(KeyOutput, scalar(r.Output.Val))
	if r.Quantity.IsSet() {
		put(KeyQuantity, number(r.Quantity.Val))
	}
	if r.Hours.IsSet() {
		put(KeyHours, number(r.Hours.Val))
	}
	if p := r.Participants; p.Total.IsSet() {
		pm := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{scalar("total"), number(p.Total.Val)}}
		if len(p.ByGroup) > 0 {
			gm := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
			for _, g := range p.ByGroup {
				gm.Content = append(gm.Content, scalar(g.Group.Val), number(g.Count.Val))
			}
			pm.Content = append(pm.Content, scalar("by_group"), gm)
		}
		put(KeyParticipants, pm)
	}
	if len(r.Persons) > 0 {
		put(KeyPersons, list(r.Persons))
	}
	putStr := func(k, v string, set bool) {
		if set {
			put(k, scalar(v))
		}
	}
	putStr(KeyPlace, r.Place.Val, r.Place.IsSet())
	putStr(KeyTerritory, r.Territory.Val, r.Territory.IsSet())
	if len(r.Evidence) > 0 {
		put(KeyEvidence, list(r.Evidence))
	}
	putStr(KeyStatus, r.Status.Val, r.Status.IsSet())
	putStr(KeyID, r.ID.Val, true)
	putStr(KeyNote, r.Note.Val, r.Note.IsSet())
	return m
}

// mkdirAll creates dir and its missing parents, returning the folders it
// created, outermost first, so a failed import can remove them again.
func mkdirAll(dir string) ([]string, error) {
	var missing []string
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil || d == filepath.Dir(d) {
			break
		}
		missing = append([]string{d}, missing...)
	}
	for i, d := range missing {
		if err := makeDir(d); err != nil && !errors.Is(err, fs.ErrExist) {
			return missing[:i], err
		}
	}
	return missing, nil
}

// content is the file's text: a new file's records, or a corrected file's
// text with the replaced records swapped for the new.
func (f *File) content() ([]byte, error) {
	if f.replaces == nil {
		return f.Encode()
	}
	return f.corrected()
}

// corrected rewrites the existing file: every record whose id the file
// replaces becomes its new record, keeping the comments around it; the
// other records stay as they are.
func (f *File) corrected() ([]byte, error) {
	data, err := os.ReadFile(f.Path)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", f.Path, err)
	}
	left := len(f.replaces)
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.SequenceNode {
		seq := doc.Content[0]
		for i, item := range seq.Content {
			if k, ok := f.replaces[idOf(item)]; ok {
				seq.Content[i] = keepComments(item, recordNode(&f.Records[k]))
				left--
			}
		}
	}
	if left > 0 {
		return nil, i18n.Errorf("%s no longer holds the records the corrected rows replace: run rrp import again", f.Path)
	}
	return encode(&doc)
}

// idOf is the id of a record's mapping node, "" when it has none.
func idOf(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == KeyID {
			return n.Content[i+1].Value
		}
	}
	return ""
}

func keepComments(old, n *yaml.Node) *yaml.Node {
	n.HeadComment, n.LineComment, n.FootComment = old.HeadComment, old.LineComment, old.FootComment
	return n
}

func encode(doc *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
