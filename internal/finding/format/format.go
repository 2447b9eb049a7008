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
