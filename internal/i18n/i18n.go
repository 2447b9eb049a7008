// Package i18n speaks to people in their language: English or Czech.
//
// Messages are written in English in the code, as fmt formats with their
// arguments; the English text is the key under which the Czech catalogue
// (catalog/cs/*.yaml) holds the Czech one, with its plural forms. Printing
// goes through golang.org/x/text/message, which picks the plural form by
// the CLDR rules of the language and writes numbers the language's way
// (1,5 h in Czech). A message that the catalogue lacks prints in English;
// a test fails on every such message in the code.
package i18n

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Lang is a language rrp speaks.
type Lang string

// The languages rrp speaks.
const (
	English Lang = "en"
	Czech   Lang = "cs"
)

// Langs are the languages rrp speaks, for flag help and completion.
var Langs = []Lang{Czech, English}

// Printer renders messages in one language. A nil Printer speaks English,
// so that a command's options built in a test need none.
type Printer struct {
	lang Lang
	msg  *message.Printer
}

// english renders for a nil Printer.
var english = New(English)

// New returns the printer of lang; an unknown language is English.
func New(lang Lang) *Printer {
	if lang != Czech {
		lang = English
	}
	return &Printer{lang: lang, msg: message.NewPrinter(language.Make(string(lang)), message.Catalog(catalogue(lang)))}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang {
	if p == nil {
		return English
	}
	return p.lang
}

// Sprintf renders format with args in the printer's language. Arguments
// that know how to say themselves (a Text, an error made by Errorf, a
// value with a local form such as a date) are rendered in the same
// language first.
func (p *Printer) Sprintf(format string, args ...any) string {
	format = key(format)
	if p == nil {
		p = english
	}
	if p.lang == English && !hasEnglishForms(format) {
		// English is the source: fmt writes it exactly as the code does,
		// without grouping digits.
		return fmt.Sprintf(format, p.localize(args)...)
	}
	return p.msg.Sprintf(format, p.localize(args)...)
}

// T renders a message without arguments: its text is never read as a
// format, so a % in it stays as written.
func (p *Printer) T(text string) string {
	if text == "" {
		return ""
	}
	if p.Lang() == English {
		return text
	}
	// Looked up as written and printed as the catalogue has it: neither
	// the text nor its translation is a format ("10 % of the target").
	var out rawText
	if catalogue(p.lang).Context(language.Make(string(p.lang)), &out).Execute(text) != nil {
		return text
	}
	return out.String()
}

// rawText collects a catalogue's message as it is written.
type rawText struct{ strings.Builder }

func (r *rawText) Render(s string) { r.WriteString(s) }
func (r *rawText) Arg(int) any     { return nil }

// Text renders a message kept with its arguments.
func (p *Printer) Text(t Text) string {
	if t.Args == nil {
		return p.T(t.Format)
	}
	return p.Sprintf(t.Format, t.Args...)
}

// Error renders an error: one made by Errorf (or wrapping one as its
// message) in the printer's language, any other as it says itself.
func (p *Printer) Error(err error) string {
	if err == nil {
		return ""
	}
	if l, ok := err.(localizer); ok {
		return l.Localize(p)
	}
	return err.Error()
}

// localizer is a value that renders itself in a printer's language.
type localizer interface{ Localize(p *Printer) string }

// LocalForm is a value with a form of its own in some languages, such as a
// date (31. 12. 2025 in Czech); it returns "" for a language without one.
type LocalForm interface{ LocalForm(lang string) string }

func (p *Printer) localize(args []any) []any {
	out := args
	for i, a := range args {
		s, ok := p.localArg(a)
		if !ok {
			continue
		}
		if &out[0] == &args[0] {
			out = append([]any(nil), args...)
		}
		out[i] = s
	}
	return out
}

func (p *Printer) localArg(a any) (string, bool) {
	switch v := a.(type) {
	case localizer:
		return v.Localize(p), true
	case LocalForm:
		if s := v.LocalForm(string(p.lang)); s != "" {
			return s, true
		}
	}
	return "", false
}

// key is the catalogue's key for a format: %w, which only fmt.Errorf
// knows, reads as %v.
func key(format string) string { return strings.ReplaceAll(format, "%w", "%v") }
