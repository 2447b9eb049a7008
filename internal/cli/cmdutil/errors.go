// Package cmdutil holds what every command shares: the factory of
// dependencies, the settings, and the errors that decide the exit code.
package cmdutil

import (
	"errors"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Exit codes of rrp.
const (
	ExitOK      = 0 // success, no findings that fail
	ExitFailure = 1 // findings that fail validation, or the job could not be done
	ExitUsage   = 2 // wrong flags, arguments, settings or project directory
)

// UsageError is a mistake in how rrp was called. It exits 2.
type UsageError struct {
	Err  error
	Hint string
	// HintArgs fill the verbs of Hint; nil when Hint is a plain text.
	// Kept apart so that the hint is said in the user's language.
	HintArgs []any
}

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

// Usagef builds a UsageError with a hint; both are said in the user's
// language when printed.
func Usagef(hint, format string, args ...any) error {
	return &UsageError{Err: i18n.Errorf(format, args...), Hint: hint}
}

// FailureError is a job that could not be done (a file that cannot be
// written, …). It exits 1 and prints its message and hint.
type FailureError struct {
	Err  error
	Hint string
	// HintArgs fill the verbs of Hint, as in UsageError.
	HintArgs []any
}

func (e *FailureError) Error() string { return e.Err.Error() }
func (e *FailureError) Unwrap() error { return e.Err }

// ErrSilentFailure exits 1 without a message: the command has already
// printed why (the findings of validate).
var ErrSilentFailure = errors.New("failed")

// ExitCode maps an error returned by a command to the process exit code and
// the message and hint to print ("" for none), in p's language.
func ExitCode(err error, p *i18n.Printer) (code int, msg, hint string) {
	var usage *UsageError
	var failure *FailureError
	switch {
	case err == nil:
		return ExitOK, "", ""
	case errors.Is(err, ErrSilentFailure):
		return ExitFailure, "", ""
	case errors.As(err, &usage):
		return ExitUsage, p.Error(cobraError(usage.Err)), say(p, usage.Hint, usage.HintArgs)
	case errors.As(err, &failure):
		return ExitFailure, p.Error(failure.Err), say(p, failure.Hint, failure.HintArgs)
	}
	// Commands return typed errors (see WrapRunE); what is left untyped
	// comes from cobra's own parsing of the command line.
	return ExitUsage, p.Error(cobraError(err)), p.T("see rrp help")
}

// say renders a hint: a plain text, or a format with its arguments.
func say(p *i18n.Printer, hint string, args []any) string {
	if args == nil {
		return p.T(hint)
	}
	return p.Sprintf(hint, args...)
}
