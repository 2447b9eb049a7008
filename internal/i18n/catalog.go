package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// The catalogue: one folder per language, any number of YAML files in it,
// each a mapping from the English message to its translation. A message
// with plural forms maps to its forms and the argument that picks them:
//
//	"%d errors":
//	  count: 1      # the argument (from 1) whose number picks the form
//	  one: "%d chyba"
//	  few: "%d chyby"
//	  other: "%d chyb"
//
// English has its own folder only for the plural forms of its messages.
//
//go:embed catalog
var files embed.FS

// Entry is one message's translation: a text, or forms by plural category.
type Entry struct {
	Text  string
	Count int               // the argument that picks the form; 0 for a text
	Forms map[string]string // one, few, many, other
}

// UnmarshalYAML reads a text or a mapping of forms.
func (e *Entry) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&e.Text)
	}
	var raw map[string]any
	if err := n.Decode(&raw); err != nil {
		return err
	}
	e.Forms = map[string]string{}
	for k, v := range raw {
		switch k {
		case "count":
			c, ok := v.(int)
			if !ok || c < 1 {
				return fmt.Errorf("line %d: count is the number of the argument, from 1", n.Line)
			}
			e.Count = c
		case "one", "few", "many", "other", "zero", "two":
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("line %d: form %s is not a text", n.Line, k)
			}
			e.Forms[k] = s
		default:
			return fmt.Errorf("line %d: unknown key %q", n.Line, k)
		}
	}
	if e.Count == 0 || e.Forms["other"] == "" {
		return fmt.Errorf("line %d: a plural message needs count and the form other", n.Line)
	}
	return nil
}

// Catalogue is the messages of one language.
type Catalogue map[string]Entry

// Load reads a language's catalogue from its folder; a message given twice
// is an error, as is a file that is not a mapping of messages.
func Load(lang Lang) (Catalogue, error) {
	dir := path.Join("catalog", string(lang))
	names, err := fs.Glob(files, dir+"/*.yaml")
	if err != nil {
		return nil, err
	}
	out := Catalogue{}
	for _, name := range names {
		if err := out.read(name); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (c Catalogue) read(name string) error {
	data, err := files.ReadFile(name)
	if err != nil {
		return err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if len(doc.Content) == 0 {
		return nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode {
		return fmt.Errorf("%s: not a mapping of messages", name)
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if _, dup := c[k.Value]; dup {
			return fmt.Errorf("%s:%d: message %q given twice", name, k.Line, k.Value)
		}
		var e Entry
		if err := v.Decode(&e); err != nil {
			return fmt.Errorf("%s:%d: %w", name, k.Line, err)
		}
		c[k.Value] = e
	}
	return nil
}

// Keys are the catalogue's messages, sorted.
func (c Catalogue) Keys() []string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// builder holds the messages of the languages loaded so far; it is safe
// for use by several goroutines at once.
var builder = catalog.NewBuilder(catalog.Fallback(language.English))

// loaded loads each language's messages once, when a printer of the
// language is first made: a run in English reads no Czech.
var loaded = map[Lang]*sync.Once{Czech: {}, English: {}}

// englishForms are the messages with English plural forms.
var englishForms map[string]bool

// catalogue returns the catalogue with the messages of lang, and the
// English plural forms every language falls back on. The files are part
// of the program, and a test reads them all, so an error here is a broken
// build.
func catalogue(lang Lang) *catalog.Builder {
	loadLang(English)
	if lang != English {
		loadLang(lang)
	}
	return builder
}

func loadLang(lang Lang) {
	loaded[lang].Do(func() {
		c, err := Load(lang)
		if err != nil {
			panic("i18n: " + err.Error())
		}
		if lang == English {
			englishForms = make(map[string]bool, len(c))
		}
		for k, e := range c {
			if lang == English {
				englishForms[k] = true
			}
			if err := set(builder, lang, k, e); err != nil {
				panic("i18n: " + err.Error())
			}
		}
	})
}

func hasEnglishForms(format string) bool {
	loadLang(English)
	return englishForms[format]
}

func set(b *catalog.Builder, lang Lang, k string, e Entry) error {
	tag := language.Make(string(lang))
	if e.Forms == nil {
		return b.SetString(tag, k, e.Text)
	}
	var cases []any
	for _, form := range []string{"zero", "one", "two", "few", "many", "other"} {
		if s, ok := e.Forms[form]; ok {
			cases = append(cases, form, s)
		}
	}
	return b.Set(tag, k, plural.Selectf(e.Count, verbOf(k, e.Count), cases...))
}

// verbOf is the verb of the count-th argument in format ("%d"), which
// tells the plural selector how the number is written (decimals matter in
// Czech: 1,5 hodiny).
func verbOf(format string, count int) string {
	verbs := Verbs(format)
	if count-1 >= len(verbs) {
		return "%d"
	}
	v := verbs[count-1]
	if i := strings.IndexByte(v, ']'); i >= 0 {
		v = "%" + v[i+1:]
	}
	return v
}

// Verbs lists the formatting verbs of a format in order of their
// arguments, with flags and width ("%.1f"); %% is not one.
func Verbs(format string) []string {
	var out []string
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.[]*", format[j]) >= 0 {
			j++
		}
		if j < len(format) && format[j] != '%' {
			out = append(out, "%"+format[i+1:j+1])
		}
		i = j
	}
	return out
}
