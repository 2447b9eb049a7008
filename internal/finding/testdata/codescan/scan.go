// Package scan is what TestUsedCodes reads: each way a check can name its
// finding's code.
package scan

import (
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
)

const localCode = "local-constant"

func literal(fs *finding.List) {
	fs.Errorf(pos, "literal", "", "x")
	fs.Warnf(pos, finding.CodeNoEvidence, "", "x")
	fs.Errorf(pos, localCode, "", "x")
	_ = fmt.Errorf("%s %s %s", "not", "a", "finding")
}

type reader struct{ fs *finding.List }

func (r *reader) errorf(code, format string) { r.fs.Errorf(pos, code, "", format) }

func known(fs *finding.List, what string) {
	fs.Errorf(pos, finding.Code("unknown-"+strings.ReplaceAll(what, " ", "-")), "", "x")
}

func wrapped(r *reader, fs *finding.List) {
	r.errorf("through-method", "x")
	known(fs, "target group")
	fs.Add(finding.Finding{Code: "in-literal"})
}
