package gitrev

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"time"
)

var errNotDir = errors.New("not a directory")

// errNotHeld ends reading a file of which only the first maxHeld bytes are
// held: the reader learns that it is large, and is never given a shorter
// file as if it were the whole.
var errNotHeld = fmt.Errorf("a file larger than %d MiB is held in part only", maxHeld>>20)

// info describes a node.
type info struct{ n *node }

func (i info) Name() string       { return i.n.name }
func (i info) Mode() fs.FileMode  { return i.n.mode }
func (i info) ModTime() time.Time { return i.n.modTime }
func (i info) IsDir() bool        { return i.n.mode.IsDir() }
func (i info) Sys() any           { return nil }
func (i info) Size() int64 {
	switch {
	case i.n.mode&fs.ModeSymlink != 0:
		return int64(len(i.n.link))
	case i.n.mode.IsDir():
		return 0
	}
	return i.n.size
}

// file is an open file; data is what is left to read.
type file struct {
	node *node
	data []byte
}

func (f *file) Stat() (fs.FileInfo, error) { return info{f.node}, nil }
func (f *file) Close() error               { return nil }

func (f *file) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		if int64(len(f.node.data)) < f.node.size {
			return 0, &fs.PathError{Op: "read", Path: f.node.path, Err: errNotHeld}
		}
		return 0, io.EOF
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

// dirFile is an open folder; read is how many entries ReadDir gave.
type dirFile struct {
	fsys *memFS
	node *node
	dir  string
	read int
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return info{d.node}, nil }
func (d *dirFile) Close() error               { return nil }

func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.dir, Err: errors.New("is a directory")}
}

// ReadDir gives the next n entries, or all that are left when n <= 0, as
// fs.ReadDirFile asks.
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	left := d.node.children[d.read:]
	if n > 0 {
		if len(left) == 0 {
			return nil, io.EOF
		}
		left = left[:min(n, len(left))]
	}
	d.read += len(left)
	return d.fsys.entries(d.node, left), nil
}
