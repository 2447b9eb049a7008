package format

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// GitLab writes a Code Quality report (gl-code-quality-report.json): a JSON
// array GitLab shows in the merge request's widget and on the changed
// lines. The summary is left out: the report must be the array alone.
type GitLab struct{}

var gitlabFormat = entry{Name: "gitlab", Description: "GitLab Code Quality report", Impl: GitLab{}}

type gitlabIssue struct {
	Description string         `json:"description"`
	CheckName   string         `json:"check_name"`
	Fingerprint string         `json:"fingerprint"`
	Severity    string         `json:"severity"`
	Location    gitlabLocation `json:"location"`
}

type gitlabLocation struct {
	Path  string      `json:"path"`
	Lines gitlabLines `json:"lines"`
}

type gitlabLines struct {
	Begin int32 `json:"begin"`
}

// Format implements Formatter.
func (GitLab) Format(w io.Writer, fs []finding.Finding, _ Summary, p *i18n.Printer) error {
	issues := make([]gitlabIssue, 0, len(fs)) // [] rather than null when clean
	for _, f := range fs {
		issues = append(issues, gitlabIssueOf(f, p))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(issues)
}

// gitlabIssueOf describes a finding in the reader's language; its
// fingerprint comes from the English message, so that a pipeline run in
// another locale still knows the issue.
func gitlabIssueOf(f finding.Finding, p *i18n.Printer) gitlabIssue {
	desc, hint := f.Say(p)
	if hint != "" {
		desc += " (" + p.T("hint") + ": " + hint + ")"
	}
	// GitLab needs a line of at least 1; a finding about a whole file
	// (line 0) points at its first line.
	line := max(f.Pos.Line, 1)
	return gitlabIssue{
		Description: desc,
		CheckName:   "rrp/" + string(f.Code),
		Fingerprint: fingerprint(f.Pos.File(), line, f.Message),
		Severity:    gitlabSeverity(f.Severity),
		Location:    gitlabLocation{Path: f.Pos.File(), Lines: gitlabLines{Begin: line}},
	}
}

// fingerprint identifies an issue across pipelines: GitLab compares the
// fingerprints of the source and the target branch to tell new issues
// from fixed ones, so it must not depend on anything but the issue.
func fingerprint(path string, line int32, message string) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%d\x00%s", path, line, message))
	return hex.EncodeToString(sum[:16])
}

// gitlabSeverity maps rrp's two severities onto GitLab's five (info,
// minor, major, critical, blocker): an error fails the pipeline, so it is
// major; a warning is minor.
func gitlabSeverity(s finding.Severity) string {
	if s == finding.Error {
		return "major"
	}
	return "minor"
}
