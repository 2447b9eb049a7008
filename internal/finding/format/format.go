// Package format renders findings for people (text), programs (json) and CI
// systems (github workflow annotations, gitlab Code Quality reports). Each
// format is a small file behind the Formatter interface.
package format

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"rrp/internal/finding"
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
	Format(w io.Writer, fs []finding.Finding, sum Summary) error
}

var formatters = map[string]Formatter{
	"text":   Text{},
	"json":   JSON{},
	"github": GitHub{},
	"gitlab": GitLab{},
}

// Lister writes findings alone, without the summary of a validation: for
// rrp import, which sums up in its own words. Not every format is one (a
// GitLab report is for rrp validate in a pipeline).
type Lister interface {
	List(w io.Writer, fs []finding.Finding) error
}

// ListNames lists the formats that are Listers, for flag help and
// completion.
func ListNames() []string {
	var names []string
	for _, n := range Names() {
		if _, ok := formatters[n].(Lister); ok {
			names = append(names, n)
		}
	}
	return names
}

// NewLister returns the Lister called name.
func NewLister(name string) (Lister, error) {
	if l, ok := formatters[name].(Lister); ok {
		return l, nil
	}
	return nil, fmt.Errorf("unknown format %q (choose %s)", name, strings.Join(ListNames(), ", "))
}

// Names lists the formats, for flag help and completion.
func Names() []string {
	names := make([]string, 0, len(formatters))
	for n := range formatters {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// New returns the formatter called name.
func New(name string) (Formatter, error) {
	if f, ok := formatters[name]; ok {
		return f, nil
	}
	return nil, fmt.Errorf("unknown format %q (choose %s)", name, strings.Join(Names(), ", "))
}
