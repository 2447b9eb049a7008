//go:build unix

package load

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
)

// TestSpecialFiles: a pipe under records/ is an error and is never opened
// (opening it would wait forever); records being a file is an error; a
// plans/project.yaml that is a folder or a pipe is a usage error.
func TestSpecialFiles(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(dir string) error
		code    finding.Code
		wantErr error
	}{
		{"pipe in records", func(dir string) error { return syscall.Mkfifo(filepath.Join(dir, "records/p.yaml"), 0o644) }, finding.CodeSpecialFile, nil},
		{"pipe in plans", func(dir string) error { return syscall.Mkfifo(filepath.Join(dir, "plans/ka.yaml"), 0o644) }, finding.CodeSpecialFile, nil},
		{"records a file", func(dir string) error {
			if err := os.RemoveAll(filepath.Join(dir, "records")); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, "records"), []byte("date: 2025-03-12\n"), 0o644)
		}, finding.CodeNotFolder, nil},
		{"project.yaml a folder", func(dir string) error {
			if err := os.Remove(filepath.Join(dir, ProjectFile)); err != nil {
				return err
			}
			return os.Mkdir(filepath.Join(dir, ProjectFile), 0o755)
		}, "", ErrProjectNotFile},
		{"project.yaml a pipe", func(dir string) error {
			if err := os.Remove(filepath.Join(dir, ProjectFile)); err != nil {
				return err
			}
			return syscall.Mkfifo(filepath.Join(dir, ProjectFile), 0o644)
		}, "", ErrProjectNotFile},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeProject(t, map[string]string{
				"plans/project.yaml":  projectYAML,
				"records/2025/r.yaml": "date: 2025-03-12\noutput: 4.1/supervize\n",
			})
			if err := tt.setup(dir); err != nil {
				t.Skipf("cannot make the file here: %v", err)
			}
			res, err := Dir(dir)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var codes []finding.Code
			for _, f := range res.Findings.Sorted() {
				codes = append(codes, f.Code)
			}
			if !slices.Contains(codes, tt.code) || res.Findings.Sorted()[0].Severity != finding.Error {
				t.Errorf("findings %v, want an error %s", res.Findings.Sorted(), tt.code)
			}
		})
	}
}
