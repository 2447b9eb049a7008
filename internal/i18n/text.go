package i18n

import "fmt"

// Text is a message kept as its English format and arguments, to be
// rendered in the reader's language when it is shown.
type Text struct {
	Format string
	Args   []any
}

// T keeps a message for later rendering. Without arguments the text is
// never read as a format.
func T(format string, args ...any) Text { return Text{Format: format, Args: args} }

// String is the message in English.
func (t Text) String() string {
	if t.Args == nil {
		return t.Format
	}
	return fmt.Sprintf(key(t.Format), t.Args...)
}

// Localize implements localizer.
func (t Text) Localize(p *Printer) string { return p.Text(t) }

// Error is an error whose message can be rendered in another language. It
// wraps the errors among its arguments, as fmt.Errorf's %w does.
type Error struct {
	Text
	err error // what fmt.Errorf made of it: the English text and the wrapped errors
}

// Errorf makes an error like fmt.Errorf that says itself in the reader's
// language when shown through a Printer.
func Errorf(format string, args ...any) error {
	return &Error{Text: Text{Format: format, Args: args}, err: fmt.Errorf(format, args...)}
}

func (e *Error) Error() string { return e.err.Error() }

// Unwrap returns what the message wraps with %w.
func (e *Error) Unwrap() []error {
	switch u := e.err.(type) {
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	case interface{ Unwrap() error }:
		return []error{u.Unwrap()}
	}
	return nil
}

// Localize implements localizer.
func (e *Error) Localize(p *Printer) string { return p.Sprintf(e.Format, e.Args...) }
