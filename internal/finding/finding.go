// Package finding holds what the checks found: data, not text. Loader and
// checks add findings to a List; the output formats render the sorted list.
package finding

import (
	"cmp"
	"fmt"
	"slices"

	"rrp/internal/source"
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

// Finding is one problem at one place. Code is a stable kebab-case name of
// the check, for filtering and for tests; Message says what is wrong and Hint
// how to fix it. Args are the values the message names, in order, so that a
// rendering in another language (the Czech workbook) can say the same.
type Finding struct {
	Pos      source.Pos
	Severity Severity
	Code     string
	Message  string
	Hint     string
	Args     []string
}

// List collects findings. The zero List is ready to use; it is not safe for
// concurrent use (each loader goroutine keeps its own and they are merged).
type List struct {
	items []Finding
}

// Add appends a finding.
func (l *List) Add(f Finding) { l.items = append(l.items, f) }

// Errorf adds an error at pos.
func (l *List) Errorf(pos source.Pos, code, hint, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Error, Code: code, Message: fmt.Sprintf(format, args...), Hint: hint, Args: texts(args)})
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos source.Pos, code, hint, format string, args ...any) {
	l.Add(Finding{Pos: pos, Severity: Warning, Code: code, Message: fmt.Sprintf(format, args...), Hint: hint, Args: texts(args)})
}

func texts(args []any) []string {
	if len(args) == 0 {
		return nil
	}
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = fmt.Sprint(a)
	}
	return out
}

// Merge appends all findings of other.
func (l *List) Merge(other *List) { l.items = append(l.items, other.items...) }

// Len is the number of findings collected so far.
func (l *List) Len() int { return len(l.items) }

// Sorted returns the findings ordered by file, line, column, then severity
// (errors first) and message, with exact duplicates removed: two checks that
// see the same problem at the same place report it once.
func (l *List) Sorted() []Finding {
	out := slices.Clone(l.items)
	slices.SortStableFunc(out, compare)
	return slices.CompactFunc(out, func(a, b Finding) bool { return compare(a, b) == 0 && a.Hint == b.Hint })
}

func compare(a, b Finding) int {
	if c := cmp.Compare(a.Pos.File, b.Pos.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Pos.Line, b.Pos.Line); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Pos.Col, b.Pos.Col); c != 0 {
		return c
	}
	if c := cmp.Compare(b.Severity, a.Severity); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	return cmp.Compare(a.Message, b.Message)
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
