package gitrev

import (
	"archive/tar"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// Extract writes the entries names (top-level files or folders of the
// project, e.g. plans and records) as they are in commit into dst, an
// existing empty folder. Names the commit does not have are left out, and
// a commit in which the project folder does not exist yet gives an empty
// dst: the project may have been created after it.
func (r *Repo) Extract(commit, dst string, names ...string) error {
	tree := commit + ":" + r.Prefix
	present, err := r.entries(tree)
	if err != nil || len(present) == 0 {
		return nil
	}
	var want []string
	for _, n := range names {
		if slices.Contains(present, n) {
			want = append(want, n)
		}
	}
	if len(want) == 0 {
		return nil
	}
	return r.archive(tree, dst, want)
}

// entries lists the top-level names of a tree; an error means the tree
// does not exist (the project folder is not in that commit).
func (r *Repo) entries(tree string) ([]string, error) {
	out, err := git(r.Top, "ls-tree", "--name-only", "-z", "--end-of-options", tree)
	if err != nil {
		return nil, err
	}
	return strings.Split(strings.TrimRight(out, "\x00"), "\x00"), nil
}

// archive streams git archive's tar of the tree's paths into dst rather
// than checking the commit out: the user's work tree and index stay
// untouched, and nothing but the data is written.
func (r *Repo) archive(tree, dst string, paths []string) error {
	args := append([]string{"-C", r.Top, "archive", "--format=tar", tree, "--"}, paths...)
	cmd := exec.Command("git", args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	untarErr := untar(out, dst)
	_, _ = io.Copy(io.Discard, out) // let git finish writing if untar stopped early
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("git archive %s: %s", tree, strings.TrimSpace(stderr.String()))
	}
	return untarErr
}

// untar writes the folders and regular files of a tar stream below dst.
// Symbolic links and other entries are skipped: load reads regular files
// only, and a link could point out of dst.
func untar(r io.Reader, dst string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("reading git archive: %w", err)
		}
		name := strings.TrimSuffix(h.Name, "/")
		if !filepath.IsLocal(name) {
			return fmt.Errorf("git archive: unsafe path %q", h.Name)
		}
		target := filepath.Join(dst, filepath.FromSlash(name))
		switch h.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(target, 0o755)
		case tar.TypeReg:
			err = writeFile(target, tr)
		}
		if err != nil {
			return err
		}
	}
}

func writeFile(path string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
