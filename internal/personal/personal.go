// Package personal recognises personal data in Czech free text: phone
// numbers, e-mail addresses and birth numbers (rodné číslo). Records live
// in a shared git repository forever, so such data must never get there
// (GDPR); and where a text holding it was read anyway, every output
// withholds it (see Set).
//
// The detector is measured, not guessed: personal_test.go holds a table of
// Czech texts people write and fails when precision or recall drop.
package personal

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Kind is a kind of personal data.
type Kind int

// The kinds the detector recognises.
const (
	None Kind = iota
	Phone
	Email
	BirthNumber
)

// String names the kind in English.
func (k Kind) String() string { return k.Text().String() }

// Text names the kind as findings do, in the reader's language: never the
// value itself.
func (k Kind) Text() i18n.Text {
	switch k {
	case Phone:
		return i18n.T("a phone number")
	case Email:
		return i18n.T("an e-mail address")
	case BirthNumber:
		return i18n.T("a birth number (rodné číslo)")
	}
	return i18n.T("no personal data")
}

// Detector finds personal data in text. Its zero value knows no public
// contacts.
type Detector struct {
	public map[string]bool
}

// New returns a detector for which the phone numbers and e-mail
// addresses in public (an office's switchboard, a shared mailbox) are not
// personal data.
func New(public []string) *Detector {
	d := &Detector{public: map[string]bool{}}
	for _, p := range public {
		if k := contactKey(p); k != "" {
			d.public[k] = true
		}
	}
	return d
}

// Find returns the first kind of personal data in s, or None.
func (d *Detector) Find(s string) Kind {
	if ks := d.Kinds(s); len(ks) > 0 {
		return ks[0]
	}
	return None
}

// Kinds returns each kind of personal data in s once: e-mail addresses
// first, then birth and phone numbers in the order they appear. Most
// texts hold no '@' and few digits: they are passed over without a
// regular expression.
func (d *Detector) Kinds(s string) []Kind {
	s = normalise(s)
	var ks []Kind
	if d.findEmail(s) != None {
		ks = append(ks, Email)
	}
	return d.findNumbers(s, ks)
}

// normalise turns the spaces Word and web pages paste (no-break, narrow
// no-break, thin, figure) into plain ones, so that a number grouped with
// them is read as one grouped with spaces.
func normalise(s string) string {
	// Each of these spaces begins with the byte 0xC2 or 0xE2, which
	// Czech letters never do: most texts are passed over at that.
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 ||
		!strings.ContainsAny(s, "\u00a0\u202f\u2009\u2007\u2002\u2003") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u202f', '\u2009', '\u2007', '\u2002', '\u2003':
			return ' '
		}
		return r
	}, s)
}

// contactKey is a public contact in the form Find compares: an e-mail in
// lower case, a phone number as its last nine digits.
func contactKey(s string) string {
	s = strings.TrimSpace(normalise(s))
	if strings.Contains(s, "@") {
		return strings.ToLower(s)
	}
	var digits []byte
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits = append(digits, s[i])
		}
	}
	if len(digits) < 9 {
		return ""
	}
	return string(digits[len(digits)-9:])
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
