// Package finding holds what the checks found: data, not text. Loader and
// checks add findings to a List; the output formats render the sorted list.
package finding

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/source"
)

// Severity tells whether a finding fails validation.
type Severity int

const (
	// Warning is worth a look but does not fail validation unless --strict.
	Warning Severity = iota
	// Error fails validation.
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Finding is one problem at one place. Code names the check, for
// filtering, for tests and for the wording in another language; Message
// says what is wrong and Hint how to fix it.
//
// The message is kept as its format and arguments too, the arguments as
// the checks gave them (numbers, dates, ids), so that the Czech workbook
// can say the same in its own words without reading numbers back from
// text. Message is rendered once, when the finding is made.
type Finding struct {
	Pos      source.Pos
	Sheet    *SheetPos // a place in a spreadsheet (rrp import); Pos.File is the sheet's file
	Severity Severity
	Code     Code
	Message  string
	Format   string
	Args     []any
	Hint     string
	// HintFormat and HintArgs keep a hint made with WithHint as its
	// format and arguments, for the wording in another language.
	HintFormat string
	HintArgs   []any
	// Related are other places the finding concerns, such as the first
	// use of an id used twice.
	Related []source.Pos
}

// New makes a finding whose message is format with args.
func New(sev Severity, pos source.Pos, code Code, hint, format string, args ...any) Finding {
	return Finding{Pos: pos, Severity: sev, Code: code, Message: fmt.Sprintf(format, args...),
		Format: format, Args: args, Hint: hint}
}

// WithHint returns the finding with a hint made of format and args, kept
// so that it can be said in the reader's language.
func (f Finding) WithHint(format string, args ...any) Finding {
	f.Hint, f.HintFormat, f.HintArgs = fmt.Sprintf(format, args...), format, args
	return f
}

// WithHintText returns the finding with the hint t, kept so that it can
// be said in the reader's language; a Text without arguments is never
// read as a format.
func (f Finding) WithHintText(t i18n.Text) Finding {
	if t.Args == nil {
		f.Hint, f.HintFormat, f.HintArgs = t.Format, "", nil
		return f
	}
	return f.WithHint(t.Format, t.Args...)
}

// Say renders the finding's message and hint in p's language.
func (f Finding) Say(p *i18n.Printer) (msg, hint string) {
	msg = p.T(f.Message)
	if f.Format != "" {
		msg = p.Sprintf(f.Format, f.Args...)
	}
	hint = p.T(f.Hint)
	if f.HintFormat != "" {
		hint = p.Sprintf(f.HintFormat, f.HintArgs...)
	}
	return msg, hint
}

// Relate returns the finding with more related places.
func (f Finding) Relate(pos ...source.Pos) Finding {
	f.Related = append(slices.Clip(f.Related), pos...)
	return f
}

// Arg returns the i-th argument of the message as a T, and whether it is
// one: the Czech wording takes a finding only with the values it expects.
func Arg[T any](f Finding, i int) (T, bool) {
	var zero T
	if i < 0 || i >= len(f.Args) {
		return zero, false
	}
	v, ok := f.Args[i].(T)
	return v, ok
}

// List collects findings. The zero List is ready to use; it is not safe for
// concurrent use (each loader goroutine keeps its own and they are merged).
type List struct {
	items []Finding
}

// Add appends a finding.
func (l *List) Add(f Finding) { l.items = append(l.items, f) }

// Errorf adds an error at pos.
func (l *List) Errorf(pos source.Pos, code Code, hint, format string, args ...any) {
	l.Add(New(Error, pos, code, hint, format, args...))
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos source.Pos, code Code, hint, format string, args ...any) {
	l.Add(New(Warning, pos, code, hint, format, args...))
}

// Merge appends all findings of other.
func (l *List) Merge(other *List) { l.items = append(l.items, other.items...) }

// Len is the number of findings collected so far.
func (l *List) Len() int { return len(l.items) }

// Sorted returns the findings ordered by file, line, column, then severity
// (errors first) and message, with exact duplicates removed: two checks that
// see the same problem at the same place report it once. In a sheet the
// order is by row, errors first, then by column (see compareSheet).
func (l *List) Sorted() []Finding { return Sort(l.items) }

// Sort returns fs sorted and without duplicates, as List.Sorted.
func Sort(fs []Finding) []Finding {
	out := slices.Clone(fs)
	slices.SortStableFunc(out, compare)
	return slices.CompactFunc(out, func(a, b Finding) bool { return compare(a, b) == 0 && a.Hint == b.Hint })
}

func compare(a, b Finding) int {
	if c := cmp.Compare(a.Pos.File(), b.Pos.File()); c != 0 {
		return c
	}
	if a.Sheet != nil || b.Sheet != nil {
		return compareSheet(a, b)
	}
	return cmp.Or(
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(b.Severity, a.Severity),
		cmp.Compare(a.Code, b.Code),
		cmp.Compare(a.Message, b.Message))
}

// Count returns the number of errors and warnings in fs.
func Count(fs []Finding) (errors, warnings int) {
	for _, f := range fs {
		if f.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}

// OnlyErrors drops the warnings: when an import fails they would only
// bury the errors, and they come back once the errors are fixed.
func OnlyErrors(fs []Finding) []Finding {
	return slices.DeleteFunc(slices.Clone(fs), func(f Finding) bool { return f.Severity != Error })
}
