package cmdutil

import (
	"errors"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
)

// IOStreams are where a command reads and writes; tests swap them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// Width is how wide a line of Out may be, the terminal's width
	// (TerminalWidth); 0: no limit.
	Width int
}

// Factory hands commands their dependencies, so that tests can replace
// each of them.
type Factory struct {
	IO       *IOStreams
	Settings *Settings
	// Now is the wall clock; the setting "today" overrides it.
	Now func() time.Time
	// IsTerminal reports whether a person is at the terminal: input and
	// messages both on it. nil is never.
	IsTerminal func() bool
	// Getenv reads the environment for the language (LANG, LC_ALL, …);
	// nil reads none. OSLocale is the user's locale of Windows or macOS;
	// nil asks the system.
	Getenv   func(string) string
	OSLocale func() string
	// ErrIsTerminal reports whether the error stream is a terminal, where
	// long work shows its progress. nil is never.
	ErrIsTerminal func() bool

	// root and snapshot are built on first use, once per run.
	root     *projectRoot
	snapshot *lazySnapshot
	printer  *i18n.Printer
}

// projectRoot is the project folder found for a --dir setting.
type projectRoot struct{ setting, dir string }

// Today is the date rrp takes as today: the "today" setting when given (for
// reproducible runs), otherwise the local date.
func (f *Factory) Today() (date.Date, error) {
	d, ok, err := f.Settings.Date(KeyToday)
	if err != nil || ok {
		return d, err
	}
	return date.Of(f.Now()), nil
}

// Dir is the project root: --dir, RRP_DIR, or the working directory, or
// the nearest folder above it that holds a project.
// The folder is looked for once per run (again only if the setting
// changes, as it does between runs of a test).
func (f *Factory) Dir() string {
	setting := f.Settings.String(KeyDir)
	if f.root == nil || f.root.setting != setting {
		f.root = &projectRoot{setting: setting, dir: load.FindRoot(setting)}
	}
	return f.root.dir
}

// WrapRunE makes every error a command returns typed, so that an untyped
// error at the top can only come from cobra's parsing (a usage error).
func WrapRunE(cmd *cobra.Command) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(c *cobra.Command, args []string) error {
			err := run(c, args)
			var usage *UsageError
			var failure *FailureError
			if err == nil || errors.Is(err, ErrSilentFailure) || errors.As(err, &usage) || errors.As(err, &failure) {
				return err
			}
			return &FailureError{Err: err}
		}
	}
	for _, sub := range cmd.Commands() {
		WrapRunE(sub)
	}
}
