package load

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// maxLinks bounds the links one path may pass through, as the system
// does, so that a loop of links ends.
const maxLinks = 40

// target is where a symbolic link leads.
type target struct {
	// inside tells whether it leads to a path inside the project;
	// path is that path, slash-separated.
	inside bool
	path   string
	// info describes what is there, links followed; nil when the link
	// leaves a file system that is not on disk, where nothing is known.
	info fs.FileInfo
}

// follow resolves the link rel one path element at a time, as the system
// resolves a path, but within the tree: a relative target is joined to the
// folder of its link, and ".." above the top or an absolute target leaves
// the tree. An error means the link leads nowhere.
func (t *tree) follow(rel string) (target, error) {
	todo := strings.Split(rel, "/")
	var done []string // the path so far, links resolved
	file := false     // whether done ends at something that is not a folder
	for links := 0; len(todo) > 0; {
		part := todo[0]
		todo = todo[1:]
		if file {
			return target{}, &fs.PathError{Op: "stat", Path: rel, Err: syscall.ENOTDIR}
		}
		switch part {
		case "", ".":
			continue
		case "..":
			if len(done) == 0 {
				return t.outside(filepath.Dir(t.real), todo)
			}
			done = done[:len(done)-1]
			continue
		}
		name := path.Join(append(done, part)...)
		info, err := fs.Lstat(t.fsys, name)
		if err != nil {
			return target{}, err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			done = append(done, part)
			file = !info.IsDir()
			continue
		}
		if links++; links > maxLinks {
			return target{}, &fs.PathError{Op: "stat", Path: rel, Err: syscall.ELOOP}
		}
		to, err := fs.ReadLink(t.fsys, name)
		if err != nil {
			return target{}, err
		}
		to = filepath.ToSlash(to)
		if path.IsAbs(to) || filepath.IsAbs(to) {
			return t.outside(to, todo)
		}
		todo = append(strings.Split(to, "/"), todo...)
	}
	at := path.Join(done...)
	if at == "" {
		at = "."
	}
	info, err := fs.Lstat(t.fsys, at)
	if err != nil {
		return target{}, err
	}
	return target{inside: true, path: at, info: info}, nil
}

// outside resolves the rest of a link's path that left the tree at base
// (an absolute path). Only a tree on disk can tell what is there; the
// system then resolves the rest, and the link leads inside the project when
// that ends below the project's real folder, however it got there.
func (t *tree) outside(base string, rest []string) (target, error) {
	if t.real == "" {
		return target{}, nil
	}
	name := base
	if len(rest) > 0 {
		name = strings.TrimSuffix(base, string(filepath.Separator)) + string(filepath.Separator) + filepath.FromSlash(strings.Join(rest, "/"))
	}
	info, err := os.Stat(name)
	if err != nil {
		return target{}, err
	}
	real, err := filepath.EvalSymlinks(name)
	if err != nil {
		return target{info: info}, nil
	}
	real, _ = filepath.Abs(real)
	in, err := filepath.Rel(t.real, real)
	if err != nil || in != "." && !filepath.IsLocal(in) {
		return target{info: info}, nil
	}
	return target{inside: true, path: filepath.ToSlash(in), info: info}, nil
}
