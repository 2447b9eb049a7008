// Package schemacmd is the `rrp schema` command: JSON Schemas of the
// project's files for editors, generated from the plan.
package schemacmd

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/safefile"
	"github.com/kraj-hk/rrp/internal/schema"
)

// Options are the parsed command line of rrp schema.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P      *i18n.Printer
	Dir    string
	Output string
	Check  bool
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
}

// NewCmdSchema builds the command; runF replaces the work in tests.
func NewCmdSchema(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Snapshot: f.Snapshot}
	cmd := &cobra.Command{
		Use:   "schema",
		Short: f.T("Write JSON Schemas of the plan and record files, for editors"),
		Long: f.T(`Write JSON Schemas (draft 2020-12) generated from the plan:
project.schema.json (plans/project.yaml), plan.schema.json (the key
activities' files) and record.schema.json (records). An editor with the YAML
language server (VS Code's YAML extension) then completes keys, output
references, territories and target groups, and underlines mistakes, in any
file that starts with a line such as
  # yaml-language-server: $schema=../../../templates/schemas/record.schema.json

Run it again whenever the plan changes; --check (for CI) writes nothing and
fails when the files are not current.`),
		Example: f.T(`  rrp schema
  rrp schema --check`),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", f.T("the folder to write to (default: templates/schemas in the project)"))
	cmd.Flags().BoolVar(&opts.Check, "check", false, f.T("write nothing; fail when the schemas in the folder are not current"))
	return cmd
}

func run(opts *Options) error {
	snap, err := opts.Snapshot()
	if err != nil {
		return err
	}
	if errs := planErrors(snap, filepath.Join(opts.Dir, load.PlansDir)); errs > 0 {
		return &cmdutil.FailureError{Err: i18n.Errorf("the plan files have %d errors: no schemas written", errs), Hint: "run rrp validate and fix them first"}
	}
	files, err := schema.Generate(snap.Project)
	if err != nil {
		return err
	}
	dir := opts.Output
	if dir == "" {
		dir = filepath.Join(opts.Dir, filepath.FromSlash(schema.Dir))
	}
	names := slices.Sorted(maps.Keys(files))
	if opts.Check {
		return check(opts, dir, names, files)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &cmdutil.FailureError{Err: err, Hint: "--output names a folder"}
	}
	for _, name := range names {
		path := filepath.Join(dir, name)
		data := files[name]
		if err := safefile.Write(path, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			return &cmdutil.FailureError{Err: i18n.Errorf("cannot write %s: %w", path, err), Hint: "check that the folder can be written"}
		}
		if _, err := fmt.Fprintln(opts.IO.Out, opts.P.Sprintf("wrote %s", path)); err != nil {
			return err
		}
	}
	return nil
}

// planErrors counts the errors of form in the plan files: a plan that did
// not load whole would give schemas that refuse good records. Records'
// errors do not matter here.
func planErrors(snap *project.Snapshot, plans string) int {
	n := 0
	for _, f := range snap.ReadFindings() {
		if f.Severity == finding.Error && strings.HasPrefix(filepath.Clean(f.Pos.File()), plans+string(filepath.Separator)) {
			n++
		}
	}
	return n
}

func check(opts *Options, dir string, names []string, files map[string][]byte) error {
	var stale []string
	for _, name := range names {
		path := filepath.Join(dir, name)
		if old, err := os.ReadFile(path); err != nil || !bytes.Equal(old, files[name]) {
			stale = append(stale, path)
		}
	}
	if len(stale) == 0 {
		_, err := fmt.Fprintln(opts.IO.Out, opts.P.Sprintf("schemas in %s are current", dir))
		return err
	}
	return &cmdutil.FailureError{
		Err:  i18n.Errorf("not current: %v", stale),
		Hint: "run rrp schema and commit the files",
	}
}
