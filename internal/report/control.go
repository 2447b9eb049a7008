package report

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
)

var controlColumns = []string{"Závažnost", "Soubor", "Řádek", "Sloupec", "Kontrola", "Zjištění", "Jak opravit"}

// controlSheet lists what the reviewer should know about the data behind
// the figures: records left out of the count, then every validation
// finding with its file and line, said in Czech from the catalogue of
// rrp's messages.
func controlSheet(f *excelize.File, st *styles, in *Input) error {
	cs := i18n.New(i18n.Czech)
	g := &grid{f: f, sheet: sheetControls, wraps: st.wraps()}
	if err := g.header(st.header, controlColumns); err != nil {
		return err
	}
	for _, note := range countNotes(in.Result) {
		if err := g.fitted(cell{"informace", st.text}, cell{}, cell{}, cell{}, cell{note[0], st.text}, cell{note[1], st.wrap}); err != nil {
			return err
		}
	}
	for _, fd := range in.Findings {
		var line, col any
		if fd.Pos.Line > 0 {
			line, col = int(fd.Pos.Line), int(fd.Pos.Col)
		}
		msg, hint := fd.Say(cs)
		if err := g.fitted(
			cell{severityLabel(fd.Severity), st.text}, cell{fd.Pos.File(), st.text}, cell{line, st.integer}, cell{col, st.integer},
			cell{string(fd.Code), st.text}, cell{sentence(msg), st.wrap}, cell{sentence(hint), st.wrap},
		); err != nil {
			return err
		}
	}
	if g.row == 1 {
		if err := g.add(cell{"v pořádku", st.text}, cell{}, cell{}, cell{}, cell{}, cell{"Data neobsahují žádná zjištění.", st.text}); err != nil {
			return err
		}
	}
	g.limit(5, wrapWidth)
	g.limit(6, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if err := freezeHeader(f, sheetControls, 1); err != nil {
		return err
	}
	return printSetup(f, sheetControls, 1)
}

// countNotes says which records the figures leave out, and why.
func countNotes(r *fulfil.Result) [][2]string {
	var notes [][2]string
	if r.Later > 0 {
		notes = append(notes, [2]string{"po-datu-stavu", fmt.Sprintf("Do čísel nejsou započteny záznamy s datem po %s: %s.", czDate(r.AsOf), records(r.Later))})
	}
	if r.Skipped > 0 {
		notes = append(notes, [2]string{"mimo-plan", fmt.Sprintf("Do čísel nejsou započteny záznamy bez data nebo bez platného odkazu na výstup plánu: %s.", records(r.Skipped))})
	}
	return notes
}

// sentence writes a message as the sheet's sentences are written: from a
// capital letter, with a full stop. A message that starts with a key of
// the files keeps the key as written (hours: …, at_most je strop …); one
// that ends in a quote gets no full stop, which would read as part of
// what is quoted (note: "…").
func sentence(s string) string {
	if s == "" {
		return ""
	}
	first, size := utf8.DecodeRuneInString(s)
	if unicode.IsLower(first) && !startsWithKey(s) {
		s = string(unicode.ToUpper(first)) + s[size:]
	}
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?:…\"", last) {
		return s
	}
	return s + "."
}

// startsWithKey reports whether s starts with a key of rrp's files.
func startsWithKey(s string) bool {
	word := s
	if i := strings.IndexFunc(s, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) }); i >= 0 {
		word = s[:i]
	}
	return slices.Contains(fileKeys(), word)
}

// fileKeys are the keys of every kind of mapping in rrp's files.
var fileKeys = sync.OnceValue(func() []string {
	var keys []string
	for _, k := range load.Kinds() {
		for _, f := range k.Fields {
			keys = append(keys, f.Key)
		}
	}
	return keys
})
