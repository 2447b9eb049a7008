// Package cli assembles the rrp command tree and runs it: the one place that
// turns errors into messages and exit codes.
package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/kraj-hk/rrp/internal/buildinfo"
	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/cli/diffcmd"
	"github.com/kraj-hk/rrp/internal/cli/importcmd"
	"github.com/kraj-hk/rrp/internal/cli/initcmd"
	"github.com/kraj-hk/rrp/internal/cli/newrecord"
	"github.com/kraj-hk/rrp/internal/cli/reportcmd"
	"github.com/kraj-hk/rrp/internal/cli/schemacmd"
	"github.com/kraj-hk/rrp/internal/cli/statuscmd"
	"github.com/kraj-hk/rrp/internal/cli/validate"
	"github.com/kraj-hk/rrp/internal/cli/version"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// Main runs rrp with the process's arguments and streams and returns the
// exit code.
func Main() int {
	f := &cmdutil.Factory{
		IO: &cmdutil.IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
			Width: cmdutil.TerminalWidth(int(os.Stdout.Fd()), os.Getenv)},
		Settings: cmdutil.NewSettings(),
		Now:      time.Now,
		IsTerminal: func() bool {
			return term.IsTerminal(int(os.Stdin.Fd())) && term.IsTerminal(int(os.Stderr.Fd()))
		},
		Getenv:        os.Getenv,
		ErrIsTerminal: func() bool { return term.IsTerminal(int(os.Stderr.Fd())) },
	}
	return Run(f, os.Args[1:])
}

// Run executes the command line args with the factory's dependencies.
func Run(f *cmdutil.Factory, args []string) int {
	f.ChooseLanguage(args)
	if len(args) == 0 && f.IsTerminal != nil && f.IsTerminal() {
		// Someone typed rrp alone: say where to begin rather than list
		// every command and flag.
		printStart(f.IO.Out, f.Printer())
		return cmdutil.ExitOK
	}
	root := NewCmdRoot(f)
	root.SetArgs(args)
	err := root.Execute()
	code, msg, hint := cmdutil.ExitCode(err, f.Printer())
	printError(f.IO.ErrOut, f.Printer(), msg, hint)
	return code
}

// printError writes rrp's own errors, age-style: lower-case, prefixed, the
// hint on a line of its own.
func printError(w io.Writer, p *i18n.Printer, msg, hint string) {
	if msg != "" {
		fmt.Fprintf(w, "rrp: %s: %s\n", p.T("error"), msg)
	}
	if hint != "" {
		fmt.Fprintf(w, "rrp: %s: %s\n", p.T("hint"), hint)
	}
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "rrp",
		Short: f.T("Monitor an EU-funded project's outputs from plans and records kept as YAML"),
		Long: f.T(`rrp reads a project's plan (plans/) and the records of its held events
(records/), checks them, and reports the fulfilment of the planned outputs.`),
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := f.Settings.ReadFile(f.Dir()); err != nil {
				return err
			}
			return cmdutil.CheckLang(f.Settings.String(cmdutil.KeyLang))
		},
	}
	// rrp --version says what rrp version says.
	root.Version = buildinfo.Read().String()
	root.SetVersionTemplate("rrp {{.Version}}\n")
	root.PersistentFlags().String("dir", ".", f.T("the project's root folder (holding plans/ and records/)"))
	f.Settings.BindFlag(cmdutil.KeyDir, root.PersistentFlags().Lookup("dir"))
	root.PersistentFlags().String(cmdutil.KeyLang, "", f.T("language of messages: cs or en (default: the system's)"))
	f.Settings.BindFlag(cmdutil.KeyLang, root.PersistentFlags().Lookup(cmdutil.KeyLang))
	_ = root.RegisterFlagCompletionFunc(cmdutil.KeyLang, cobra.FixedCompletions([]string{"cs\tčeština", "en\tEnglish"}, cobra.ShellCompDirectiveNoFileComp))
	root.PersistentFlags().Bool("no-cache", false, f.T("read every file anew, not from the cache of earlier runs"))
	f.Settings.BindFlag(cmdutil.KeyNoCache, root.PersistentFlags().Lookup("no-cache"))
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &cmdutil.UsageError{Err: err, Hint: "see rrp %s --help", HintArgs: []any{cmd.Name()}}
	})
	root.AddCommand(
		validate.NewCmdValidate(f, nil),
		statuscmd.NewCmdStatus(f, nil),
		reportcmd.NewCmdReport(f, nil),
		diffcmd.NewCmdDiff(f, nil),
		importcmd.NewCmdImport(f, nil),
		schemacmd.NewCmdSchema(f, nil),
		newrecord.NewCmdNew(f, nil),
		initcmd.NewCmdInit(f, nil),
		version.NewCmdVersion(f),
	)
	cmdutil.WrapRunE(root)
	sayHelp(root, f.Printer())
	return root
}
