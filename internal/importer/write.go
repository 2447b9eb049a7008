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

	"rrp/internal/record"
	"rrp/internal/source"
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

// Write writes every file or none. Each file's content goes to a
// temporary file beside it first; then each target name is claimed with
// an exclusive create (an existing file is never replaced: its name is
// skipped for the next free one) and the temporary file renamed onto it.
// On any error everything created so far is removed again.
func Write(files []*File) (err error) {
	var created []string // files and folders to remove on failure, in order
	defer func() {
		if err != nil {
			for i := len(created) - 1; i >= 0; i-- {
				os.Remove(created[i])
			}
		}
	}()
	temps := make([]string, len(files))
	for i, f := range files {
		dirs, err := mkdirAll(filepath.Dir(f.Path))
		created = append(created, dirs...)
		if err != nil {
			return err
		}
		if temps[i], err = writeTemp(f); err != nil {
			return err
		}
		created = append(created, temps[i])
	}
	for i, f := range files {
		if err := claim(f); err != nil {
			return err
		}
		created = append(created, f.Path)
		if err := os.Rename(temps[i], f.Path); err != nil {
			return err
		}
	}
	return nil
}

// writeTemp writes the file's content to a temporary file beside it.
func writeTemp(f *File) (string, error) {
	data, err := f.Encode()
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.Path), "."+filepath.Base(f.Path)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// claim creates the file's name exclusively, moving on to the next free
// name when another file took it since the import was planned.
func claim(f *File) error {
	for n := 2; ; n++ {
		c, err := os.OpenFile(f.Path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err == nil {
			return c.Close()
		}
		if !errors.Is(err, fs.ErrExist) {
			return err
		}
		f.Path = freeName(f.base, n)
	}
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
		if err := os.Mkdir(d, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			return missing[:i], err
		}
	}
	return missing, nil
}
