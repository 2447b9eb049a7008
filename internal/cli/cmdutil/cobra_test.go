package cmdutil

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// parseError runs a small command line through cobra and returns the error
// cobra or pflag makes of it, as rrp's root command receives it.
func parseError(t *testing.T, args ...string) error {
	t.Helper()
	root := &cobra.Command{Use: "rrp", SilenceErrors: true, SilenceUsage: true}
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	sub := &cobra.Command{Use: "status", Args: cobra.NoArgs, RunE: func(*cobra.Command, []string) error { return nil }}
	sub.Flags().String("from", "", "")
	sub.Flags().String("to", "", "")
	sub.Flags().String("period", "", "")
	sub.Flags().BoolP("strict", "s", false, "")
	sub.Flags().String("need", "", "")
	sub.Flags().StringP("ka", "k", "", "")
	sub.MarkFlagsRequiredTogether("from", "to")
	sub.MarkFlagsMutuallyExclusive("period", "from")
	sub.MarkFlagsOneRequired("need", "period", "from")
	one := &cobra.Command{Use: "diff", Args: cobra.MaximumNArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
	req := &cobra.Command{Use: "new", Args: cobra.RangeArgs(1, 2), RunE: func(*cobra.Command, []string) error { return nil }}
	req.Flags().String("date", "", "")
	_ = req.MarkFlagRequired("date")
	exact := &cobra.Command{Use: "schema", Args: cobra.ExactArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
	least := &cobra.Command{Use: "init", Args: cobra.MinimumNArgs(1), RunE: func(*cobra.Command, []string) error { return nil }}
	valid := &cobra.Command{Use: "report", ValidArgs: []string{"ka"}, Args: cobra.OnlyValidArgs, RunE: func(*cobra.Command, []string) error { return nil }}
	root.AddCommand(sub, one, req, exact, least, valid)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		t.Fatalf("%q: no error", args)
	}
	return err
}

// TestCobraErrorsInCzech: every error cobra and pflag make of a wrong
// command line is said in Czech, and in English exactly as cobra says it.
func TestCobraErrorsInCzech(t *testing.T) {
	cs := i18n.New(i18n.Czech)
	matched := map[int]bool{}
	defer func() {
		for i, m := range cobraMessages {
			if !matched[i] {
				t.Errorf("no command line here makes %q", m.format)
			}
		}
	}()
	for _, args := range [][]string{
		{"statu"},
		{"status", "extra"},
		{"status", "--frm", "1"},
		{"status", "-x"},
		{"status", "-k"},
		{"status", "--period"},
		{"status", "--strict=maybe"},
		{"status", "-s=maybe"},
		{"status", "--from", "a"},
		{"status", "--period", "a", "--from", "b", "--to", "c"},
		{"status", "---x"},
		{"status", "--need", "a", "--to", "b"},
		{"diff", "a", "b"},
		{"new"},
		{"new", "a"},
		{"new", "a", "b", "c", "--date", "d"},
		{"status"},
		{"schema"},
		{"init"},
		{"report", "kx"},
	} {
		err := parseError(t, args...)
		for i, m := range cobraMessages {
			if m.pattern.MatchString(strings.SplitN(err.Error(), "\n", 2)[0]) {
				matched[i] = true
			}
		}
		// Flag errors reach ExitCode as usage errors (the root's flag
		// error func), the others untyped.
		for _, e := range []error{err, &UsageError{Err: err}} {
			_, en, _ := ExitCode(e, nil)
			if en != err.Error() {
				t.Errorf("%q: English %q, cobra says %q", args, en, err.Error())
			}
			_, said, _ := ExitCode(e, cs)
			if said == en || strings.Contains(said, " flag") || strings.Contains(said, "arg(s)") || strings.Contains(said, "Did you mean") {
				t.Errorf("%q: not said in Czech: %q", args, said)
			}
		}
	}
}

// TestCobraMessagesHaveCzech: the messages rrp says for cobra's errors are
// not literals the catalogue's test finds in the source, so this test
// checks them.
func TestCobraMessagesHaveCzech(t *testing.T) {
	cs, err := i18n.Load(i18n.Czech)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range cobraMessages {
		if _, ok := cs[m.format]; !ok {
			t.Errorf("no Czech text of %q", m.format)
		}
	}
}

func TestOtherErrorsPass(t *testing.T) {
	plain := errors.New("unknown flag: but not cobra's, as it is wrapped: x")
	if got := cobraError(plain); got != plain {
		t.Errorf("cobraError(%v) = %v", plain, got)
	}
	said := i18n.Errorf("unknown language %q", "xx")
	if got := cobraError(said); got != said {
		t.Errorf("an error said in the user's language was made again: %v", got)
	}
}

func TestHintArgs(t *testing.T) {
	err := &UsageError{Err: errors.New("x"), Hint: "see rrp %s --help", HintArgs: []any{"status"}}
	if _, _, hint := ExitCode(err, nil); hint != "see rrp status --help" {
		t.Errorf("English hint %q", hint)
	}
	if _, _, hint := ExitCode(err, i18n.New(i18n.Czech)); hint != "viz rrp status --help" {
		t.Errorf("Czech hint %q", hint)
	}
	plain := &FailureError{Err: errors.New("x"), Hint: "100 % sure"}
	if _, _, hint := ExitCode(plain, i18n.New(i18n.Czech)); hint != "100 % sure" {
		t.Errorf("a plain hint is read as a format: %q", hint)
	}
}
