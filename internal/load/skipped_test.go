package load

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestUnreadFiles: a file under plans/ or records/ that rrp does not read
// is a warning naming it, unless it is evidence kept next to the records;
// hidden files stay quiet, and A.YAML is read.
func TestUnreadFiles(t *testing.T) {
	const rec = "date: 2025-03-12\noutput: 4.1/supervize\n"
	tests := []struct {
		name    string
		file    string
		records int // besides records/2025/r.yaml
		warned  bool
	}{
		{"saved by Notepad", "records/a.yaml.txt", 0, true},
		{"backup", "records/a.yml.bak", 0, true},
		{"upper case", "records/A.YAML", 1, false},
		{"mixed case yml", "records/b.Yml", 1, false},
		{"named only .yaml", "records/.yaml", 0, true},
		{"named only .YML", "records/.YML", 0, true},
		{"hidden", "records/.draft.yaml", 0, false},
		{"rrp's own", "records/.rrp-import-x/r.yaml", 0, false},
		{"evidence", "records/2025/prezencka.pdf", 0, false},
		{"a scan", "records/2025/sken.JPG", 0, false},
		{"readme", "records/README.md", 0, false},
		{"meant as yaml, saved as pdf", "records/a.yaml.pdf", 0, true},
		{"a sheet", "records/2025/akce.csv", 0, true},
		{"text", "records/2025/a.txt", 0, true},
		{"no extension", "records/2025/zaznam", 0, true},
		{"evidence in plans", "plans/smlouva.pdf", 0, true},
		{"plan saved by Notepad", "plans/ka05.yaml.txt", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeProject(t, map[string]string{
				"plans/project.yaml":  projectYAML,
				"records/2025/r.yaml": rec,
				tt.file:               rec,
			})
			res, err := Dir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(res.Records) - 1; got != tt.records {
				t.Errorf("%d more records read, want %d", got, tt.records)
			}
			var warned []string
			for _, f := range res.Findings.Sorted() {
				if f.Code == finding.CodeUnreadFile {
					warned = append(warned, f.Pos.String())
				}
			}
			var want []string
			if tt.warned {
				want = []string{filepath.ToSlash(filepath.Join(dir, tt.file)) + ":1:1"}
			}
			if !slices.Equal(warned, want) {
				t.Errorf("unread-file warnings %v, want %v (all: %v)", warned, want, res.Findings.Sorted())
			}
		})
	}
}
