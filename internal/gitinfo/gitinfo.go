// Package gitinfo tells which commit of the data a report was made from, so
// an auditor can trace every figure to the files behind it.
package gitinfo

import (
	"bytes"
	"os/exec"
	"strings"
)

// Info is the state of the project's git work tree.
type Info struct {
	Commit string // full hash of HEAD; "" outside git or without git
	Dirty  bool   // uncommitted changes under plans/ or records/
}

// Read asks git about dir. Without git, or outside a repository, it returns
// the zero Info: a report can be made from a plain folder too.
func Read(dir string) Info {
	out, err := exec.Command("git", "-C", dir, "rev-parse", "HEAD").Output()
	if err != nil {
		return Info{}
	}
	info := Info{Commit: strings.TrimSpace(string(out))}
	status, err := exec.Command("git", "-C", dir, "status", "--porcelain", "--", "plans", "records").Output()
	info.Dirty = err != nil || len(bytes.TrimSpace(status)) > 0
	return info
}

// String renders e.g. "1a2b3c4d5e6f" or "1a2b3c4d5e6f (neuložené změny)";
// Czech, as it appears in the report.
func (i Info) String() string {
	if i.Commit == "" {
		return "mimo git"
	}
	s := i.Commit
	if len(s) > 12 {
		s = s[:12]
	}
	if i.Dirty {
		s += " (s neuloženými změnami)"
	}
	return s
}
