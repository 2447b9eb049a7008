package load

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSymlinks: a link to a file inside the project that is not read anyway
// is read; every other link that may hold data is a finding, never silently
// skipped.
func TestSymlinks(t *testing.T) {
	const rec = "date: 2025-03-12\noutput: 4.1/supervize\n"
	outside := filepath.Join(t.TempDir(), "outside.yaml")
	if err := os.WriteFile(outside, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		link    string // below the project
		target  string // relative to the link's folder, or absolute
		records int
		codes   []string
	}{
		{"inside the project", "records/shared.yaml", "../shared/r.yaml", 2, nil},
		{"to a file read anyway", "records/again.yaml", "2025/r.yaml", 1, []string{"link"}},
		{"out of the project", "records/out.yaml", outside, 1, []string{"link"}},
		{"dangling", "records/gone.yaml", "nothing.yaml", 1, []string{"link"}},
		{"to a folder", "records/more", "../shared", 1, []string{"link"}},
		{"not yaml", "records/sheet.pdf", "../shared/r.yaml", 1, nil},
		{"dangling, not yaml", "records/sheet.pdf", "nothing.pdf", 1, nil},
		{"the records folder itself", "records", "data-records", 0, []string{"link"}},
		{"the plans folder itself", "plans", "data-plans", 1, []string{"link"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeProject(t, map[string]string{
				"plans/project.yaml":  projectYAML,
				"records/2025/r.yaml": rec,
				"shared/r.yaml":       rec,
			})
			// A folder replaced by a link moves aside, kept as its target.
			if tt.link == "records" || tt.link == "plans" {
				if err := os.Rename(filepath.Join(dir, tt.link), filepath.Join(dir, tt.target)); err != nil {
					t.Fatal(err)
				}
			}
			if err := os.Symlink(tt.target, filepath.Join(dir, filepath.FromSlash(tt.link))); err != nil {
				t.Skipf("cannot make symbolic links here: %v", err)
			}
			res, err := Dir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, f := range res.Findings.Sorted() {
				codes = append(codes, string(f.Code))
				if want := filepath.ToSlash(filepath.Join(dir, tt.link)); f.Pos.File() != want {
					t.Errorf("finding in %s, want %s", f.Pos.File(), want)
				}
			}
			if len(res.Records) != tt.records || !slices.Equal(codes, tt.codes) {
				t.Errorf("%d records, findings %v; want %d, %v", len(res.Records), res.Findings.Sorted(), tt.records, tt.codes)
			}
		})
	}
}
