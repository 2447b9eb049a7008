package format

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/source"
)

func sampleFindings() []finding.Finding {
	var l finding.List
	l.Errorf(source.At("records/2025/KA04/a.yaml", 4, 3), "unknown-key", `did you mean "participants"?`, "record: unknown key %q", "particpants")
	l.Warnf(source.At("records/2025/KA04/a.yaml", 9, 5), "no-evidence", "add the attendance sheet to evidence", "a held event without evidence")
	l.Warnf(source.InFile("records/empty.yaml"), "empty-file", "add a record or delete the file", "the records file is empty")
	return l.Sorted()
}

func TestGitLabGolden(t *testing.T) {
	var out bytes.Buffer
	if err := (GitLab{}).Format(&out, sampleFindings(), Summary{Errors: 1, Warnings: 2}, english); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "gitlab.golden"), out.Bytes())
}

// TestGitLabReport checks what GitLab relies on: a bare array (also when
// clean), severities mapped, lines at least 1, and fingerprints that are
// unique per issue and the same in every run.
func TestGitLabReport(t *testing.T) {
	var clean bytes.Buffer
	if err := (GitLab{}).Format(&clean, nil, Summary{}, english); err != nil {
		t.Fatal(err)
	}
	if got := clean.String(); got != "[]\n" {
		t.Errorf("no findings: got %q, want an empty array", got)
	}
	issues := decodeIssues(t, sampleFindings())
	again := decodeIssues(t, sampleFindings())
	seen := map[string]bool{}
	for i, is := range issues {
		if is.Fingerprint != again[i].Fingerprint {
			t.Errorf("fingerprint of %q changes between runs", is.Description)
		}
		if seen[is.Fingerprint] {
			t.Errorf("fingerprint %s repeated", is.Fingerprint)
		}
		seen[is.Fingerprint] = true
		if is.Location.Lines.Begin < 1 {
			t.Errorf("%s: line %d, GitLab needs at least 1", is.Location.Path, is.Location.Lines.Begin)
		}
	}
	wantSeverity := []string{"major", "minor", "minor"}
	for i, want := range wantSeverity {
		if issues[i].Severity != want {
			t.Errorf("issue %d severity %q, want %q", i, issues[i].Severity, want)
		}
	}
	if a, b := fingerprint("a.yaml", 1, "x"), fingerprint("a.yaml", 2, "x"); a == b {
		t.Error("the line does not change the fingerprint")
	}
}

func decodeIssues(t *testing.T, fs []finding.Finding) []gitlabIssue {
	t.Helper()
	var out bytes.Buffer
	if err := (GitLab{}).Format(&out, fs, Summary{}, english); err != nil {
		t.Fatal(err)
	}
	var issues []gitlabIssue
	if err := json.Unmarshal(out.Bytes(), &issues); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out.String())
	}
	if len(issues) != len(fs) {
		t.Fatalf("%d issues for %d findings", len(issues), len(fs))
	}
	return issues
}

func TestNamesIncludeGitLab(t *testing.T) {
	if _, err := New("gitlab"); err != nil {
		t.Fatal(err)
	}
}
