package personal

import "github.com/kraj-hk/rrp/internal/source"

// Withheld is what every output shows instead of a value that holds
// personal data: the workbook, rrp status, rrp diff and import reports
// carry record text further than the repository (to municipalities, into
// pull-request comments), and the data must not travel with it.
const Withheld = "[osobní údaj skryt]"

// Set holds the places of the values found to hold personal data. The
// zero Set withholds nothing.
type Set map[source.Pos]bool

// Text is v's text, or Withheld when v holds personal data.
func (s Set) Text(v source.Value[string]) string {
	if v.IsSet() && s[v.Pos] {
		return Withheld
	}
	return v.Val
}

// Has reports whether the value at pos holds personal data.
func (s Set) Has(pos source.Pos) bool { return s[pos] }
