package gitrev

import (
	"archive/tar"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"path"
	"slices"
	"strings"
)

// Limits on what Tree holds in memory. A file's first maxHeld bytes are
// held, more than the loader reads of one file, so that it can tell a file
// that is too large; maxTreeSize bounds all of them together.
const (
	maxHeld     = 16 << 20
	maxTreeSize = 512 << 20
)

// Tree returns the entries paths (top-level files or folders of the
// project, e.g. plans and records) as they are in commit, as a read-only
// file system with the project folder at its top. Names the commit does
// not have are absent, and a commit in which the project folder does not
// exist yet gives an empty tree: the project may have been created after
// it. Symbolic links are kept as links; the project's files they lead to
// are in the tree too, so that a link reads as it does in the work tree
// (of a folder they lead to, the folder only).
//
// It reads git archive rather than checking the commit out: the user's
// work tree and index stay untouched, and nothing is written.
func (r *Repo) Tree(commit string, paths ...string) (fs.FS, error) {
	m := newMemFS()
	tree := commit + ":" + r.Prefix
	present, err := r.entries(tree)
	if err != nil {
		m.finish()
		return m, nil
	}
	var want []string
	for _, p := range paths {
		if slices.Contains(present, p) {
			want = append(want, p)
		}
	}
	if len(want) > 0 {
		if err := r.archive(tree, want, m); err != nil {
			return nil, err
		}
		if err := r.addLinkTargets(tree, m); err != nil {
			return nil, err
		}
	}
	m.finish()
	return m, nil
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

// addLinkTargets adds what the links in m lead to inside the project but
// m does not hold yet, round by round: a target may be a link in turn.
func (r *Repo) addLinkTargets(tree string, m *memFS) error {
	asked := map[string]bool{}
	for range maxLinks {
		missing := m.missingTargets(asked)
		if len(missing) == 0 {
			return nil
		}
		files, err := r.addFolders(tree, missing, m)
		if err != nil {
			return err
		}
		if len(files) > 0 {
			if err := r.archive(tree, files, m); err != nil {
				return err
			}
		}
	}
	return nil
}

// missingTargets are the paths inside the tree that links in m lead to,
// or pass through, that m does not hold and were not asked for before.
func (m *memFS) missingTargets(asked map[string]bool) []string {
	var out []string
	for name, n := range m.nodes {
		if n.mode&fs.ModeSymlink == 0 {
			continue
		}
		if _, at := m.resolve(name, true); at != "" && !asked[at] {
			asked[at] = true
			out = append(out, at)
		}
	}
	slices.Sort(out)
	return out
}

// addFolders asks git what the paths are in tree: the folders among them
// are added to m, empty (nothing is read through a link to a folder), and
// the files and links are returned. Paths tree does not have are left out.
func (r *Repo) addFolders(tree string, paths []string, m *memFS) ([]string, error) {
	out, err := git(r.Top, append([]string{"ls-tree", "-z", "--end-of-options", tree, "--"}, paths...)...)
	if err != nil {
		return nil, fmt.Errorf("git ls-tree %s: %w", tree, err)
	}
	var files []string
	for _, entry := range strings.Split(strings.TrimRight(out, "\x00"), "\x00") {
		meta, name, ok := strings.Cut(entry, "\t")
		if !ok || !fs.ValidPath(name) {
			continue
		}
		switch fields := strings.Fields(meta); {
		case len(fields) < 2:
		case fields[1] == "tree":
			if err := m.add(name, &node{name: path.Base(name), mode: fs.ModeDir | 0o755}); err != nil {
				return nil, err
			}
		case fields[1] == "blob":
			files = append(files, name)
		}
	}
	return files, nil
}

// archive reads git archive's tar of the tree's paths into m.
func (r *Repo) archive(tree string, paths []string, m *memFS) error {
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
	readErr := m.readTar(out)
	if readErr != nil {
		_ = cmd.Process.Kill() // the rest is not wanted
	}
	_, _ = io.Copy(io.Discard, out) // let git finish writing
	if err := cmd.Wait(); err != nil && readErr == nil {
		return fmt.Errorf("git archive %s: %s", tree, strings.TrimSpace(stderr.String()))
	}
	return readErr
}

// readTar adds the folders, regular files and symbolic links of a tar
// stream to m; other entries (git's header with the commit id) carry no
// file.
func (m *memFS) readTar(r io.Reader) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("reading git archive: %w", err)
		}
		name := strings.TrimSuffix(h.Name, "/")
		if !fs.ValidPath(name) || name == "." {
			return fmt.Errorf("git archive: unsafe path %q", h.Name)
		}
		// The entry's type decides what it is; its mode bits give only the
		// permissions (a header may claim other type bits than its type).
		n := &node{name: path.Base(name), mode: h.FileInfo().Mode().Perm(), modTime: h.ModTime}
		switch h.Typeflag {
		case tar.TypeDir:
			n.mode |= fs.ModeDir
		case tar.TypeSymlink:
			n.mode |= fs.ModeSymlink
			n.link = h.Linkname
		case tar.TypeReg:
			if err := m.hold(n, h.Size, tr); err != nil {
				return err
			}
		default:
			continue
		}
		if err := m.add(name, n); err != nil {
			return fmt.Errorf("git archive: %w", err)
		}
	}
}

// hold reads a file's data, or its first maxHeld bytes, into n.
func (m *memFS) hold(n *node, size int64, r io.Reader) error {
	held := min(size, maxHeld)
	if m.held+held > maxTreeSize {
		return fmt.Errorf("git archive: the files hold more than %d MiB", maxTreeSize>>20)
	}
	n.size, n.data = size, make([]byte, held)
	if _, err := io.ReadFull(r, n.data); err != nil {
		return fmt.Errorf("reading git archive: %w", err)
	}
	m.held += held
	return nil
}
