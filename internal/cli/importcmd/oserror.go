package importcmd

import (
	"errors"
	"io/fs"
	"os"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// osError is why the system could not open or read a file, without the
// path the message names already. The commonest reasons are said in the
// user's language; in English the system's words stay.
func osError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	for _, r := range osReasons {
		if errors.Is(err, r.is) {
			return &reason{err: err, text: r.text}
		}
	}
	return err
}

// osReasons are the reasons said in the user's language.
var osReasons = []struct {
	is   error
	text i18n.Text
}{
	{fs.ErrNotExist, i18n.T("no such file or folder")},
	{fs.ErrPermission, i18n.T("permission denied")},
}

// reason is a system's error said in the user's language.
type reason struct {
	err  error
	text i18n.Text
}

func (r *reason) Error() string { return r.err.Error() }
func (r *reason) Unwrap() error { return r.err }

// Localize implements i18n's localizer: the system's own words in
// English, the catalogue's otherwise.
func (r *reason) Localize(p *i18n.Printer) string {
	if p.Lang() == i18n.English {
		return r.err.Error()
	}
	return p.Text(r.text)
}
