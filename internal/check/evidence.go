package check

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/record"
)

// evidencePaths refuses evidence given as a path on someone's computer
// (C:\Users\novakova\…, /home/…, \\server\share): nobody else can open
// it, and it tells the user's name. The finding does not repeat the path.
func evidencePaths(r *record.Record, fs *finding.List) {
	for _, e := range r.Evidence {
		if isAbsolutePath(e.Val) {
			fs.Errorf(e.Pos, finding.CodeEvidencePath,
				"give the path inside the project, e.g. evidence/KA04/2025-03-12-prezencni-listina.pdf; attendance sheets with names stay out of git (see the guide)",
				"evidence: an absolute path on one computer (not repeated here: it may name a person)")
		}
	}
}

// isAbsolutePath reports a path from the root of a disk, Windows or not.
// A web address (https://…) is not one.
func isAbsolutePath(p string) bool {
	p = strings.TrimSpace(p)
	switch {
	case strings.HasPrefix(p, "/"), strings.HasPrefix(p, `\`), strings.HasPrefix(p, "~/"), strings.HasPrefix(p, `~\`):
		return true
	case len(p) >= 2 && p[1] == ':' && isLetter(p[0]):
		return len(p) == 2 || p[2] == '\\' || p[2] == '/'
	}
	return false
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
