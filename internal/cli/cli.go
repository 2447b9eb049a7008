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
)

// Main runs rrp with the process's arguments and streams and returns the
// exit code.
func Main() int {
	f := &cmdutil.Factory{
		IO:       &cmdutil.IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr},
		Settings: cmdutil.NewSettings(),
		Now:      time.Now,
		IsTerminal: func() bool {
			return term.IsTerminal(int(os.Stdin.Fd())) && term.IsTerminal(int(os.Stderr.Fd()))
		},
		ErrIsTerminal: func() bool { return term.IsTerminal(int(os.Stderr.Fd())) },
	}
	return Run(f, os.Args[1:])
}

// Run executes the command line args with the factory's dependencies.
func Run(f *cmdutil.Factory, args []string) int {
	root := NewCmdRoot(f)
	root.SetArgs(args)
	err := root.Execute()
	code, msg, hint := cmdutil.ExitCode(err)
	printError(f.IO.ErrOut, msg, hint)
	return code
}

// printError writes rrp's own errors, age-style: lower-case, prefixed, the
// hint on a line of its own.
func printError(w io.Writer, msg, hint string) {
	if msg != "" {
		fmt.Fprintf(w, "rrp: error: %s\n", msg)
	}
	if hint != "" {
		fmt.Fprintf(w, "rrp: hint: %s\n", hint)
	}
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *cmdutil.Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "rrp",
		Short: "Monitor an EU-funded project's outputs from plans and records kept as YAML",
		Long: `rrp reads a project's plan (plans/) and the records of its held events
(records/), checks them, and reports the fulfilment of the planned outputs.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return f.Settings.ReadFile(f.Dir())
		},
	}
	// rrp --version says what rrp version says.
	root.Version = buildinfo.Read().String()
	root.SetVersionTemplate("rrp {{.Version}}\n")
	root.PersistentFlags().String("dir", ".", "the project's root folder (holding plans/ and records/)")
	f.Settings.BindFlag(cmdutil.KeyDir, root.PersistentFlags().Lookup("dir"))
	root.PersistentFlags().Bool("no-cache", false, "read every file anew, not from the cache of earlier runs")
	f.Settings.BindFlag(cmdutil.KeyNoCache, root.PersistentFlags().Lookup("no-cache"))
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return &cmdutil.UsageError{Err: err, Hint: fmt.Sprintf("see rrp %s --help", cmd.Name())}
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
	return root
}
