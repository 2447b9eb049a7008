// Package registry keeps the output formats a command offers: each
// format's name, a few words on what it is for and its implementation,
// in the order help texts name them. Flag usage, error hints and shell
// completion read the names from here, so a format added or renamed in
// its own file shows everywhere at once.
package registry

import "strings"

// Format is one output format.
type Format[T any] struct {
	Name string
	// Description is a few words shown after the name where a command's
	// help describes its formats; empty when the name says it all.
	Description string
	Impl        T
}

// Formats is an ordered set of formats; the first is the default.
type Formats[T any] struct {
	list []Format[T]
}

// New registers formats in the order help texts name them.
func New[T any](formats ...Format[T]) *Formats[T] {
	return &Formats[T]{list: formats}
}

// Lookup returns the implementation of the format called name.
func (r *Formats[T]) Lookup(name string) (T, bool) {
	for _, f := range r.list {
		if f.Name == name {
			return f.Impl, true
		}
	}
	var zero T
	return zero, false
}

// Description is the description of the format called name; "" when it
// has none or there is no such format.
func (r *Formats[T]) Description(name string) string {
	for _, f := range r.list {
		if f.Name == name {
			return f.Description
		}
	}
	return ""
}

// Names lists the names in order.
func (r *Formats[T]) Names() []string {
	names := make([]string, len(r.list))
	for i, f := range r.list {
		names[i] = f.Name
	}
	return names
}

// List is the names joined by commas: "table, csv, json".
func (r *Formats[T]) List() string { return strings.Join(r.Names(), ", ") }

// Choices is the names as a sentence offers them: "text, json or github".
func (r *Formats[T]) Choices() string { return r.ChoicesIn(nil) }

// ChoicesIn is Choices with the word "or" said by say, in the reader's
// language; nil says it in English.
func (r *Formats[T]) ChoicesIn(say func(string) string) string {
	return either(r.Names(), said(say)("or"))
}

// Describe is Choices with each description in parentheses after its
// name, for flag help: "text, json or github (annotations in GitHub
// Actions)".
func (r *Formats[T]) Describe() string { return r.DescribeIn(nil) }

// DescribeIn is Describe with the descriptions and the word "or" said by
// say, in the reader's language; nil says them in English.
func (r *Formats[T]) DescribeIn(say func(string) string) string {
	say = said(say)
	parts := make([]string, len(r.list))
	for i, f := range r.list {
		parts[i] = f.Name
		if f.Description != "" {
			parts[i] += " (" + say(f.Description) + ")"
		}
	}
	return either(parts, say("or"))
}

func said(say func(string) string) func(string) string {
	if say == nil {
		return func(s string) string { return s }
	}
	return say
}

// either joins with commas and the word or before the last.
func either(parts []string, or string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " " + or + " " + parts[len(parts)-1]
}
