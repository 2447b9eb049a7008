package load

import (
	"math/big"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// decimalNumber is a number as people write it: digits, a decimal point,
// an exponent (1e3). YAML also reads 0x1F, 0o17, 0b101, 1_000, .inf and
// .nan as numbers; nobody counting workshops means those, so they are
// refused rather than read as a number the writer did not see.
var decimalNumber = regexp.MustCompile(`^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$`)

// infOrNaN are YAML's spellings of infinity and not-a-number, which the
// reader refuses as numbers no amount can be.
var infOrNaN = regexp.MustCompile(`^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$`)

// decimal reports whether the number node n is written in decimal, with a
// finding that says how to write it when it is not.
func (r *reader) decimal(n *yaml.Node, what string) bool {
	if decimalNumber.MatchString(n.Value) || infOrNaN.MatchString(n.Value) {
		return true // .inf and .nan have their own message: not a usable number
	}
	r.fs.Add(finding.New(finding.Error, r.pos(n), finding.CodeNumberForm, "", "%s: %q is not a decimal number", said(what), n.Value).
		WithHintText(decimalHint(n.Value)))
	return false
}

// decimalHint says how to write a number YAML reads but a person would
// not: 0x1F as 31, 1_000 as 1000.
func decimalHint(v string) i18n.Text {
	plain := strings.ReplaceAll(v, "_", "")
	if decimalNumber.MatchString(plain) {
		return i18n.T("write it without underscores: %s", plain)
	}
	if i, ok := new(big.Int).SetString(plain, 0); ok {
		return i18n.T("write it in decimal: %s", i.String())
	}
	return i18n.T("write a number such as 3 or 1.5")
}
