// Package initcmd is the `rrp init` command: a new project, blank or from
// an example. The files are package scaffold's.
package initcmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/scaffold"
	"github.com/kraj-hk/rrp/internal/writeguard"
)

// Options are the parsed command line of rrp init.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P    *i18n.Printer
	Dir  string
	From string
	List bool
}

// NewCmdInit builds the command; runF replaces the work in tests.
func NewCmdInit(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer()}
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: f.T("Start a new project, blank or from an example"),
		Long: f.T(`Write a new project into DIR (default: the current folder): plans/ with the
project file and one key activity, every field explained in Czech, records/,
a .gitignore, the JSON schemas for editors, the CI setups for GitHub and
GitLab, and a README in Czech. With --from, start from an example project
instead (rrp init --list names them), with its plan and records.

rrp init never overwrites: a folder that already holds any of its files is
left as it is.`),
		Example: f.T(`  rrp init
  rrp init --list
  rrp init /tmp/demo --from <example>`),
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = "."
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	cmd.Flags().StringVar(&opts.From, "from", "", f.T("start from this example project (see --list)"))
	cmd.Flags().BoolVar(&opts.List, "list", false, f.T("list the example projects, one a line: its id, then what it follows"))
	_ = cmd.RegisterFlagCompletionFunc("from", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		var ids []string
		examples, _ := scaffold.Examples()
		for _, e := range examples {
			ids = append(ids, e.ID+"\t"+e.About)
		}
		return ids, cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func run(opts *Options) error {
	if opts.List {
		return list(opts)
	}
	files, err := scaffold.Files(opts.From)
	if errors.Is(err, scaffold.ErrUnknown) {
		return cmdutil.Usagef("rrp init --list names the examples", "no such example %q", opts.From)
	} else if err != nil {
		return err
	}
	err = scaffold.Write(opts.Dir, files)
	var exists *scaffold.ErrExists
	if errors.Is(err, writeguard.ErrBusy) {
		return cmdutil.LockError(err, "rrp init")
	} else if errors.As(err, &exists) {
		return cmdutil.Usagef("choose an empty folder: rrp init NEW-FOLDER", "%s: %s; nothing was written", opts.Dir, describe(exists))
	} else if err != nil {
		return &cmdutil.FailureError{Err: i18n.Errorf("cannot write the project into %s: %w", opts.Dir, err), Hint: "check that the folder can be written; nothing was left behind"}
	}
	_, err = fmt.Fprintln(opts.IO.Out, opts.P.Sprintf("wrote a new project into %s (%d files); next: rrp validate --dir %s", opts.Dir, len(files), opts.Dir))
	return err
}

// describe says what stands in the way, a project above all.
func describe(e *scaffold.ErrExists) i18n.Text {
	for _, p := range e.Paths {
		if p == "plans/project.yaml" {
			return i18n.T("the folder holds a project already (plans/project.yaml)")
		}
	}
	if len(e.Paths) == 1 {
		return i18n.T("%s exists already", e.Paths[0])
	}
	return i18n.T("%s and %d more files exist already", e.Paths[0], len(e.Paths)-1)
}

func list(opts *Options) error {
	examples, err := scaffold.Examples()
	if err != nil {
		return err
	}
	width := 0
	for _, e := range examples {
		width = max(width, len(e.ID))
	}
	var b strings.Builder
	for _, e := range examples {
		fmt.Fprintf(&b, "%-*s  %s\n", width, e.ID, e.About)
	}
	_, err = fmt.Fprint(opts.IO.Out, b.String())
	return err
}
