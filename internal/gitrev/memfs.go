package gitrev

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// memFS is a read-only tree of folders, files and symbolic links held in
// memory. Open, Stat and ReadDir follow links within the tree, as the
// system follows them on disk; a link out of the tree leads nowhere.
type memFS struct {
	nodes map[string]*node // by slash-separated path; "." is the top
	held  int64            // bytes of file data held, for maxTreeSize
}

// node is one entry of the tree.
type node struct {
	path     string // in the tree
	name     string
	mode     fs.FileMode
	modTime  time.Time
	size     int64    // a file's size in the revision
	data     []byte   // a file's data, or its first maxHeld bytes
	link     string   // a link's target, as written in it
	children []string // a folder's entries, sorted
}

// maxLinks bounds the links one path may pass through, so that a loop of
// links ends.
const maxLinks = 40

var (
	_ fs.ReadLinkFS = (*memFS)(nil)
	_ fs.ReadDirFS  = (*memFS)(nil)
	_ fs.StatFS     = (*memFS)(nil)
)

func newMemFS() *memFS {
	return &memFS{nodes: map[string]*node{".": {path: ".", name: ".", mode: fs.ModeDir | 0o755}}}
}

// add puts n at name, with the folders above it. The first entry of a
// name stays: the tree is built once and then only read.
func (m *memFS) add(name string, n *node) error {
	if m.nodes[name] != nil {
		return nil
	}
	if dir := path.Dir(name); m.nodes[dir] == nil {
		if err := m.add(dir, &node{name: path.Base(dir), mode: fs.ModeDir | 0o755, modTime: n.modTime}); err != nil {
			return err
		}
	} else if !m.nodes[dir].mode.IsDir() {
		return fmt.Errorf("%s is both a file and a folder", dir)
	}
	n.path = name
	m.nodes[name] = n
	return nil
}

// finish lists each folder's entries; the tree is complete.
func (m *memFS) finish() {
	for name := range m.nodes {
		if name != "." {
			parent := m.nodes[path.Dir(name)]
			parent.children = append(parent.children, path.Base(name))
		}
	}
	for _, n := range m.nodes {
		slices.Sort(n.children)
	}
}

// lookup finds name, following the links on the way to it and, with
// followLast, name itself when it is a link.
func (m *memFS) lookup(op, name string, followLast bool) (*node, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	n, _ := m.resolve(name, followLast)
	if n == nil {
		return nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return n, nil
}

// resolve walks name one element at a time as the system does: a link's
// target is joined to the link's folder. When name is not there, it
// returns nil and the first path on the way that m does not hold, or ""
// when the way leaves the tree, loops, or passes through a file.
func (m *memFS) resolve(name string, followLast bool) (*node, string) {
	var todo, done []string
	if name != "." {
		todo = strings.Split(name, "/")
	}
	for links := 0; len(todo) > 0; {
		part := todo[0]
		todo = todo[1:]
		switch part {
		case "", ".":
			continue
		case "..":
			if len(done) == 0 {
				return nil, "" // out of the tree
			}
			done = done[:len(done)-1]
			continue
		}
		if !m.nodes[pathOf(done)].mode.IsDir() {
			return nil, ""
		}
		at := pathOf(append(done, part))
		n := m.nodes[at]
		switch {
		case n == nil:
			return nil, at
		case n.mode&fs.ModeSymlink == 0 || len(todo) == 0 && !followLast:
			done = append(done, part)
			continue
		}
		if links++; links > maxLinks || path.IsAbs(n.link) {
			return nil, ""
		}
		todo = append(strings.Split(n.link, "/"), todo...)
	}
	return m.nodes[pathOf(done)], ""
}

func pathOf(parts []string) string {
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

func (m *memFS) Open(name string) (fs.File, error) {
	n, err := m.lookup("open", name, true)
	if err != nil {
		return nil, err
	}
	if n.mode.IsDir() {
		return &dirFile{fsys: m, node: n, dir: name}, nil
	}
	return &file{node: n, data: n.data}, nil
}

func (m *memFS) Stat(name string) (fs.FileInfo, error) {
	n, err := m.lookup("stat", name, true)
	if err != nil {
		return nil, err
	}
	return info{n}, nil
}

func (m *memFS) Lstat(name string) (fs.FileInfo, error) {
	n, err := m.lookup("lstat", name, false)
	if err != nil {
		return nil, err
	}
	return info{n}, nil
}

func (m *memFS) ReadLink(name string) (string, error) {
	n, err := m.lookup("readlink", name, false)
	if err != nil {
		return "", err
	}
	if n.mode&fs.ModeSymlink == 0 {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	return n.link, nil
}

func (m *memFS) ReadDir(name string) ([]fs.DirEntry, error) {
	n, err := m.lookup("readdir", name, true)
	if err != nil {
		return nil, err
	}
	if !n.mode.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errNotDir}
	}
	return m.entries(n, n.children), nil
}

// entries are the named children of the folder dir.
func (m *memFS) entries(dir *node, names []string) []fs.DirEntry {
	out := make([]fs.DirEntry, 0, len(names))
	for _, child := range names {
		out = append(out, fs.FileInfoToDirEntry(info{m.nodes[path.Join(dir.path, child)]}))
	}
	return out
}
