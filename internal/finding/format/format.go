// Package format renders findings for people (text), programs (json) and CI
// systems (github workflow annotations, gitlab Code Quality reports). Each
// format is a small file behind the Formatter interface.
package format

import (
	"io"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/registry"
)

// Summary is what was checked, printed with the findings.
type Summary struct {
	PlanFiles   int `json:"plan_files"`
	RecordFiles int `json:"record_files"`
	Records     int `json:"records"`
	Errors      int `json:"errors"`
	Warnings    int `json:"warnings"`
}

// Formatter writes sorted findings and the summary.
type Formatter interface {
	Format(w io.Writer, fs []finding.Finding, sum Summary, p *i18n.Printer) error
}

// entry is a format's name, description and formatter; each format
// declares its own next to its type.
type entry = registry.Format[Formatter]

// formats are in the order validate's help names them, the default first.
var formats = registry.New(textFormat, jsonFormat, githubFormat, gitlabFormat)

// Names lists the formats in alphabetical order, for shell completion
// and the error naming them.
func Names() []string {
	names := formats.Names()
	slices.Sort(names)
	return names
}

// Description says in a few words what a format is for, in English; ""
// when its name says it all.
func Description(name string) string { return formats.Description(name) }

// Choices names the formats for a hint: "text, json, github or gitlab",
// in p's language.
func Choices(p *i18n.Printer) string { return formats.ChoicesIn(p.T) }

// Describe names the formats with what they are for, for flag help, in
// p's language.
func Describe(p *i18n.Printer) string { return formats.DescribeIn(p.T) }

// Lister writes findings alone, without the summary of a validation: for
// rrp import, which sums up in its own words. Not every format is one (a
// GitLab report is for rrp validate in a pipeline).
type Lister interface {
	List(w io.Writer, fs []finding.Finding, p *i18n.Printer) error
}

// ListNames lists the formats that are Listers, for flag help and
// completion.
func ListNames() []string {
	var names []string
	for _, n := range Names() {
		if f, _ := formats.Lookup(n); isLister(f) {
			names = append(names, n)
		}
	}
	return names
}

func isLister(f Formatter) bool {
	_, ok := f.(Lister)
	return ok
}

// NewLister returns the Lister called name.
func NewLister(name string) (Lister, error) {
	if f, ok := formats.Lookup(name); ok && isLister(f) {
		return f.(Lister), nil
	}
	return nil, i18n.Errorf("unknown format %q (choose %s)", name, strings.Join(ListNames(), ", "))
}

// New returns the formatter called name.
func New(name string) (Formatter, error) {
	if f, ok := formats.Lookup(name); ok {
		return f, nil
	}
	return nil, i18n.Errorf("unknown format %q (choose %s)", name, strings.Join(Names(), ", "))
}
