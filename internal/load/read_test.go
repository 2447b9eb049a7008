package load

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestReadError: a records file that cannot be read is a "read" finding
// naming the file, and the other files still load.
func TestReadError(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"plans/project.yaml":  projectYAML,
		"records/ok.yaml":     "date: 2025-03-12\noutput: 4.1/supervize\n",
		"records/secret.yaml": "date: 2025-03-13\noutput: 4.1/supervize\n",
	})
	secret := filepath.Join(dir, "records", "secret.yaml")
	if err := os.Chmod(secret, 0); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(secret, 0o644) // let the temporary folder be removed
	if f, err := os.Open(secret); err == nil {
		f.Close()
		t.Skip("chmod 000 does not stop this user from reading (running as root?); TestReadErrorFinding covers the finding")
	}
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := res.Findings.Sorted()
	if len(fs) != 1 || fs[0].Code != "read" || fs[0].Pos.File() != filepath.ToSlash(secret) || fs[0].Message != "cannot read the file: permission denied" {
		t.Errorf("want one read finding on %s, got %v", secret, fs)
	}
	if len(res.Records) != 1 || res.RecordFiles != 2 {
		t.Errorf("%d records of %d files, want 1 of 2", len(res.Records), res.RecordFiles)
	}
}

// TestReadErrorFinding covers the finding where permissions cannot: a
// folder opens, even as root, but does not read.
func TestReadErrorFinding(t *testing.T) {
	var fs finding.List
	if data, ok := readFile(os.DirFS(t.TempDir()), ".", "records/x.yaml", &fs); ok || data != nil {
		t.Fatalf("reading a folder succeeded")
	}
	got := fs.Sorted()
	if len(got) != 1 || got[0].Code != "read" || got[0].Pos.File() != "records/x.yaml" || got[0].Hint == "" {
		t.Errorf("want one read finding with a hint, got %v", got)
	}
}
