package gitrev

import (
	"archive/tar"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
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

// TestTreeSubfolder: a project in a folder of a larger repository is
// read from that folder; only the names asked for are in the tree; a
// commit without the folder gives an empty tree.
func TestTreeSubfolder(t *testing.T) {
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
	tree, err := r.Tree(head, "plans", "records", "rrp.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(tree, "plans/project.yaml", "records/2025/a.yaml"); err != nil {
		t.Error(err)
	}
	if got, _ := fs.ReadFile(tree, "records/2025/a.yaml"); string(got) != "- date: 2025-01-01\n" {
		t.Errorf("records/2025/a.yaml = %q", got)
	}
	if _, err := fs.Stat(tree, "other.txt"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("other.txt in the tree: %v", err)
	}
	first, _ := r.Commit("HEAD~1")
	empty, err := r.Tree(first, "plans", "records")
	if err != nil {
		t.Fatal(err)
	}
	if entries, err := fs.ReadDir(empty, "."); err != nil || len(entries) != 0 {
		t.Errorf("a commit without the project gave %d entries, %v", len(entries), err)
	}
	if _, err := r.Commit("nosuch"); err == nil || !strings.Contains(err.Error(), `unknown revision "nosuch"`) {
		t.Errorf("unknown revision: %v", err)
	}
}

// TestTreeLinks: a committed symbolic link is a link in the tree, and what
// it leads to inside the project is there too, also outside the names
// asked for (of a folder, the folder only); links out of the project lead
// nowhere.
func TestTreeLinks(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	run(t, repo, "init", "-q", "-b", "main")
	write(t, filepath.Join(repo, "secret.yaml"), "outside")
	write(t, filepath.Join(repo, "p/plans/project.yaml"), "id: p\n")
	write(t, filepath.Join(repo, "p/shared/r.yaml"), "shared")
	write(t, filepath.Join(repo, "p/shared/big/b.yaml"), "not needed")
	links := map[string]string{
		"p/records/r.yaml":     "../alias/r.yaml",
		"p/alias":              "shared",
		"p/records/again.yaml": "r.yaml",
		"p/records/more":       "../shared/big",
		"p/records/out.yaml":   "../../secret.yaml",
		"p/records/abs.yaml":   "/etc/hostname",
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(repo, filepath.FromSlash(name))); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	run(t, repo, "add", ".")
	run(t, repo, "commit", "-qm", "links")
	r, err := Open(filepath.Join(repo, "p"))
	if err != nil {
		t.Fatal(err)
	}
	head, _ := r.Commit("HEAD")
	tree, err := r.Tree(head, "plans", "records")
	if err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(tree, "plans/project.yaml", "records/r.yaml", "shared/r.yaml", "alias"); err != nil {
		t.Error(err)
	}
	for name, want := range map[string]string{"records/r.yaml": "shared", "records/again.yaml": "shared"} {
		if got, err := fs.ReadFile(tree, name); string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	for name, want := range map[string]string{"records/r.yaml": "../alias/r.yaml", "records/abs.yaml": "/etc/hostname"} {
		if got, err := fs.ReadLink(tree, name); got != want {
			t.Errorf("ReadLink(%s) = %q, %v; want %q", name, got, err, want)
		}
	}
	if info, err := fs.Stat(tree, "records/more"); err != nil || !info.IsDir() {
		t.Errorf("records/more: %v, %v; want a folder", info, err)
	}
	for _, name := range []string{"records/out.yaml", "records/abs.yaml", "shared/big/b.yaml"} {
		if _, err := fs.Stat(tree, name); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: %v, want it absent", name, err)
		}
	}
}

// TestReadTar: a path out of the tree is an error; a symbolic link is
// kept as a link, whatever it leads to; a file larger than what is held
// reads to an error, never to a short end.
func TestReadTar(t *testing.T) {
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
			m := newMemFS()
			err := m.readTar(&buf)
			if (err == nil) != tt.ok {
				t.Errorf("err = %v, want ok %v", err, tt.ok)
			}
			m.finish()
			if to, err := fs.ReadLink(m, "plans/link.yaml"); tt.ok && to != tt.hdr.Linkname {
				t.Errorf("link to %q, %v", to, err)
			}
			if _, err := fs.Stat(m, "plans/link.yaml"); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("a link out of the tree opens: %v", err)
			}
		})
	}
	t.Run("large", func(t *testing.T) {
		m := newMemFS()
		n := &node{name: "big.yaml"}
		if err := m.hold(n, maxHeld+1, strings.NewReader(strings.Repeat("x", maxHeld+1))); err != nil {
			t.Fatal(err)
		}
		if err := m.add("big.yaml", n); err != nil {
			t.Fatal(err)
		}
		data, err := fs.ReadFile(m, "big.yaml")
		if len(data) != maxHeld || !errors.Is(err, errNotHeld) {
			t.Errorf("read %d bytes, %v; want %d and an error", len(data), err, maxHeld)
		}
		if info, _ := fs.Stat(m, "big.yaml"); info.Size() != maxHeld+1 {
			t.Errorf("size %d", info.Size())
		}
	})
}
