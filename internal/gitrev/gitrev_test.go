package gitrev

import (
	"archive/tar"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+dir, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func write(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExtractSubfolder: a project in a folder of a larger repository is
// read from that folder; only the names asked for are written; a commit
// without the folder gives an empty result.
func TestExtractSubfolder(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	run(t, repo, "init", "-q", "-b", "main")
	write(t, filepath.Join(repo, "README"), "x")
	run(t, repo, "add", ".")
	run(t, repo, "commit", "-qm", "first")
	write(t, filepath.Join(repo, "data/plans/project.yaml"), "id: p\n")
	write(t, filepath.Join(repo, "data/records/2025/a.yaml"), "- date: 2025-01-01\n")
	write(t, filepath.Join(repo, "data/other.txt"), "not data")
	run(t, repo, "add", ".")
	run(t, repo, "commit", "-qm", "second")

	r, err := Open(filepath.Join(repo, "data"))
	if err != nil {
		t.Fatal(err)
	}
	if r.Prefix != "data/" {
		t.Errorf("prefix %q", r.Prefix)
	}
	head, err := r.Commit("HEAD")
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	if err := r.Extract(head, dst, "plans", "records", "rrp.yaml"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dst, "records/2025/a.yaml")); string(got) != "- date: 2025-01-01\n" {
		t.Errorf("records/2025/a.yaml = %q", got)
	}
	if _, err := os.Stat(filepath.Join(dst, "other.txt")); err == nil {
		t.Error("other.txt extracted")
	}
	first, _ := r.Commit("HEAD~1")
	empty := t.TempDir()
	if err := r.Extract(first, empty, "plans", "records"); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Errorf("a commit without the project gave %d entries", len(entries))
	}
	if _, err := r.Commit("nosuch"); err == nil || !strings.Contains(err.Error(), `unknown revision "nosuch"`) {
		t.Errorf("unknown revision: %v", err)
	}
}

// TestUntarRefusesEscapes: a path out of the folder is an error, a
// symbolic link is skipped.
func TestUntarRefusesEscapes(t *testing.T) {
	for _, tt := range []struct {
		name string
		hdr  tar.Header
		ok   bool
	}{
		{"parent", tar.Header{Name: "../evil.yaml", Typeflag: tar.TypeReg, Size: 1, Mode: 0o644}, false},
		{"absolute", tar.Header{Name: "/tmp/evil.yaml", Typeflag: tar.TypeReg, Size: 1, Mode: 0o644}, false},
		{"symlink", tar.Header{Name: "plans/link.yaml", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			tw := tar.NewWriter(&buf)
			if err := tw.WriteHeader(&tt.hdr); err != nil {
				t.Fatal(err)
			}
			if tt.hdr.Size > 0 {
				_, _ = tw.Write([]byte("x"))
			}
			_ = tw.Close()
			dst := t.TempDir()
			err := untar(&buf, dst)
			if (err == nil) != tt.ok {
				t.Errorf("err = %v, want ok %v", err, tt.ok)
			}
			if _, err := os.Lstat(filepath.Join(dst, "plans/link.yaml")); err == nil {
				t.Error("symbolic link written")
			}
		})
	}
}
