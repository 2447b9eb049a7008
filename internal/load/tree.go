package load

import (
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// tree is a project as the loader reads it: a file system with the
// project at its top.
type tree struct {
	fsys fs.FS
	// root is the prefix of file names in findings ("" or "." for none).
	root string
	// real is the project folder's absolute path, links resolved, when
	// fsys is that folder on disk: a link may leave fsys and lead back
	// into the project by another way. "" for any other file system.
	real string
	// sources maps a link that is read to the file it leads to, which
	// is the one opened: a file system need not follow links on Open.
	sources map[string]string
}

// source is the path in fsys that the project file rel is read from.
func (t *tree) source(rel string) string {
	if target, ok := t.sources[rel]; ok {
		return target
	}
	return rel
}

// realPath is dir's absolute path with every link in it resolved, or ""
// when it has none (the folder is gone): links out of the tree then lead
// out of the project.
func realPath(dir string) string {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return ""
	}
	real, err = filepath.Abs(real)
	if err != nil {
		return ""
	}
	return real
}

// yamlFiles lists the .yaml and .yml files below sub (in any case:
// A.YAML too), sorted, as slash-separated paths relative to the project.
// Hidden files and folders are skipped; a missing folder is an empty one.
// Any other file is a finding when it may hold data (see unread), and a
// special file (a pipe, a device) is an error, never opened. A symbolic link is read
// when it leads to a file inside the project that is not read anyway; any
// other link is a finding, never silently skipped: the data in it would
// count for nothing.
func (t *tree) yamlFiles(sub string, fl *finding.List) ([]string, error) {
	var out []string
	if info, err := fs.Lstat(t.fsys, sub); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// The walk would see the link and nothing below it: every file
		// in the folder would count for nothing, without a word.
		fl.Add(finding.New(finding.Error, source.InFile(display(t.root, sub)), finding.CodeLink, "",
			"%s/ is a symbolic link: rrp does not follow it, so nothing in it is read", sub).
			WithHint("make %s/ a plain folder: move the files into the project and delete the link", sub))
		return nil, nil
	}
	err := fs.WalkDir(t.fsys, sub, func(rel string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && rel == sub {
				return fs.SkipDir
			}
			return t.named(err)
		}
		if strings.HasPrefix(d.Name(), ".") && rel != sub {
			if d.IsDir() {
				return fs.SkipDir
			}
			t.hidden(rel, d, fl)
			return nil
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0 && rel != sub:
			if t.link(sub, rel, fl) {
				out = append(out, rel)
			}
		case rel == sub && !d.IsDir():
			t.notFolder(sub, fl)
		case d.IsDir():
		case isSpecial(d.Type()):
			t.special(rel, fl)
		case isYAML(d.Name()):
			out = append(out, rel)
		default:
			t.unread(sub, rel, fl)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

// named gives a failure to read a folder the folder's name in findings,
// so that the message names it as the user knows it.
func (t *tree) named(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: pe.Op, Path: display(t.root, pe.Path), Err: pe.Err}
	}
	return err
}

// link decides about the symbolic link rel below sub: true when it is to
// be read, otherwise a finding when it may hold data. A link to a file that
// the walk reads anyway is not read twice (its records would count twice);
// a link out of the project is not followed, so that what CI validates is
// what the repository holds.
func (t *tree) link(sub, rel string, fl *finding.List) bool {
	pos := source.InFile(display(t.root, rel))
	to, err := t.follow(rel)
	if err != nil {
		if isYAML(rel) {
			fl.Errorf(pos, finding.CodeLink, "point the link at an existing file, or replace it with the file itself",
				"a symbolic link that leads nowhere (%v)", unwrapPathError(err))
		}
		return false
	}
	isDir := to.info != nil && to.info.IsDir()
	if !isDir && !isYAML(rel) {
		t.unread(sub, rel, fl) // a linked PDF is evidence; a linked x.yaml.txt is not
		return false
	}
	switch {
	case isDir:
		fl.Add(finding.New(finding.Error, pos, finding.CodeLink, "",
			"a symbolic link to a folder: rrp does not follow it, so nothing in it is read").
			WithHint("move the files into %s/ instead of linking to their folder", sub))
	case !to.inside:
		fl.Errorf(pos, finding.CodeLink, "copy the file into the project instead of linking to it",
			"a symbolic link out of the project: rrp does not follow it, so the file is not read")
	case !to.info.Mode().IsRegular():
		fl.Errorf(pos, finding.CodeLink, "replace the link with a plain file",
			"a symbolic link to something that is not a plain file: it is not read")
	case readAnyway(sub, to.path):
		fl.Warnf(pos, finding.CodeLink, "delete the link",
			"a symbolic link to %s, which is read already: the link is skipped so that nothing counts twice", to.path)
	default:
		if t.sources == nil {
			t.sources = map[string]string{}
		}
		t.sources[rel] = to.path
		return true
	}
	return false
}

// readAnyway reports whether the walk of sub reads the file at target (a
// path inside the project) by itself: a YAML file below sub, in no hidden
// folder.
func readAnyway(sub, target string) bool {
	if !strings.HasPrefix(target, sub+"/") || !isYAML(target) {
		return false
	}
	for _, part := range strings.Split(target, "/") {
		if strings.HasPrefix(part, ".") {
			return false
		}
	}
	return true
}

// unfinishedImport reports the journal of an rrp import that stopped
// half-way: some of its files may be in place, others not, so the
// records read are not what the sheet holds.
func (t *tree) unfinishedImport(fl *finding.List) {
	if _, err := fs.Stat(t.fsys, ImportJournal); err != nil {
		return
	}
	fl.Errorf(source.InFile(display(t.root, ImportJournal)), finding.CodeUnfinishedImport,
		"run the same rrp import again: it finishes the earlier one first (deleting the journal instead leaves the import half done)",
		"an unfinished import: rrp import stopped before all its files were in place")
}
