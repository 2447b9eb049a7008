// Package buildinfo says which rrp this is: the module version and the
// commit it was built from, as the Go toolchain (or make dist) stamped
// them, and the version this source is released as.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Info describes the running binary.
type Info struct {
	Version string // module version, or "(devel)" for a local build
	Commit  string // VCS revision, "" when unknown
	Dirty   bool   // built from a work tree with uncommitted changes
	Go      string // Go version that built it
}

// Read returns the build information of the running binary.
func Read() Info {
	info := Info{Version: "(devel)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.Go = bi.GoVersion
	switch {
	case stamped != "":
		info.Version = stamped
	case bi.Main.Version != "":
		info.Version = bi.Main.Version
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			info.Commit = s.Value
		case "vcs.modified":
			info.Dirty = s.Value == "true"
		}
	}
	return info
}

// String renders e.g. "v1.2.0 (commit 1a2b3c4d5e6f, dirty; go1.26.8)".
func (i Info) String() string {
	s := i.Version
	var extra []string
	if i.Commit != "" {
		c := i.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		if i.Dirty {
			c += ", dirty"
		}
		extra = append(extra, "commit "+c)
	}
	if i.Go != "" {
		extra = append(extra, i.Go)
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, "; ") + ")"
	}
	return s
}
