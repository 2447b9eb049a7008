package writeguard

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// OutsideError is a write refused because a symbolic link on the way
// leads out of the project.
type OutsideError struct {
	Path string // the file rrp was to write
	Link string // the link on its way, as the user knows it
}

func (e *OutsideError) Error() string { return e.text().String() }

// Localize says the error in p's language.
func (e *OutsideError) Localize(p *i18n.Printer) string { return p.Text(e.text()) }

func (e *OutsideError) text() i18n.Text {
	return i18n.T("cannot write %s: %s is a symbolic link out of the project", e.Path, e.Link)
}

// Hint says how to put it right.
func (e *OutsideError) Hint() i18n.Text {
	return i18n.T("make %s a plain folder inside the project: rrp writes only inside the project", e.Link)
}

// Inside returns an *OutsideError when writing path would go through a
// symbolic link to a place outside the project in dir (records/ linked
// elsewhere, a year folder that is a link out, the file itself a link).
// A link that stays inside the project is harmless.
func Inside(dir, path string) error {
	root, err := realAbs(dir)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(dir, path)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return fmt.Errorf("cannot write %s: it is not inside the project %s", path, dir)
	}
	p := dir
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		p = filepath.Join(p, part)
		info, err := os.Lstat(p)
		if err != nil {
			return nil // from here on nothing exists: rrp creates it
		}
		if info.Mode()&os.ModeSymlink == 0 {
			continue
		}
		real, err := realAbs(p)
		if err != nil || !within(root, real) {
			return &OutsideError{Path: path, Link: p}
		}
	}
	return nil
}

func realAbs(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

// within reports whether path is root or below it.
func within(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
