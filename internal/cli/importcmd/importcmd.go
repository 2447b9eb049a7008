// Package importcmd is the `rrp import` command: records from a
// coordinator's spreadsheet. It reads the files and prints; the work is
// package importer's.
package importcmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/finding/format"
	"github.com/kraj-hk/rrp/internal/importer"
	"github.com/kraj-hk/rrp/internal/project"
)

// maxSheetSize caps what rrp reads of a sheet: a year of events is a few
// hundred kilobytes; a mistaken file (a video) must not exhaust memory.
const maxSheetSize = 64 << 20

// Options are the parsed command line of rrp import.
type Options struct {
	IO *cmdutil.IOStreams
	// P speaks the user's language.
	P      *i18n.Printer
	Dir    string
	File   string
	Map    string
	Sheet  string
	DryRun bool
	Format string // of the findings: text, json or github
	// Snapshot opens the project (cmdutil.Factory.Snapshot).
	Snapshot func() (*project.Snapshot, error)
	// Progress tells how far converting the sheet's rows is
	// (cmdutil.Factory.Progress); nil tells nothing.
	Progress func(what string) func(done, total int)
}

// NewCmdImport builds the command; runF replaces the work in tests that
// only check flag parsing.
func NewCmdImport(f *cmdutil.Factory, runF func(*Options) error) *cobra.Command {
	opts := &Options{IO: f.IO, P: f.Printer(), Snapshot: f.Snapshot, Progress: f.Progress}
	cmd := &cobra.Command{
		Use:   "import FILE.csv|FILE.xlsx",
		Short: f.T("Turn the rows of a spreadsheet into record files"),
		Long: f.T(`Turn the rows of a spreadsheet of events (CSV or .xlsx) into record files.

Columns are found by their headers: datum, výstup, počet, hodiny, účastníci,
místo, území, doklad, stav, poznámka (or the English record keys), in any
case and with or without diacritics; --map names a mapping file for other
headers, for participants per target group and for values fixed for every
row. Czech numbers (1,5) and dates (12. 3. 2025) are understood.

--format json or github prints the errors and warnings on standard output
for a program or a CI system (GitHub Actions annotations) rather than as
text on standard error; with json, what was imported is said on standard
error, to leave standard output one JSON document.

Every row is checked first, with the rules of rrp validate; if any row has
an error, the errors are listed by row and column and nothing is written.
Each record gets an id, so importing the same sheet again skips the rows
already imported. New records go to new files
records/<year>/<KA>/import-<file>.yaml. A row corrected in the sheet since
it was imported replaces its earlier record, in that record's file; rows
inserted into the sheet are imported as new (when a corrected row cannot
be told from an inserted one beside it, both are imported as new).

One import or rrp new writes to a project at a time; an import stopped
half-way (a crash, a full disk) is finished by the next rrp import, and
rrp validate reports it meanwhile.`),
		Example: f.T(`  rrp import akce-2025.xlsx --dry-run
  rrp import akce-2025.csv
  rrp import akce.xlsx --sheet KA4 --map mapovani.yaml
  rrp import akce.csv --dry-run --format json`),
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir = f.Dir()
			opts.File = args[0]
			if runF != nil {
				return runF(opts)
			}
			return run(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Map, "map", "", f.T("a mapping file (YAML): columns, fixed values, columns to ignore"))
	fl.StringVar(&opts.Sheet, "sheet", "", f.T("the workbook's sheet to read (default the first)"))
	fl.BoolVar(&opts.DryRun, "dry-run", false, f.T("show what would be written, write nothing"))
	fl.StringVar(&opts.Format, "format", "text", f.Sprintf("output format of the errors and warnings: %s", strings.Join(format.ListNames(), ", ")))
	_ = cmd.MarkFlagFilename("map", "yaml", "yml")
	_ = cmd.RegisterFlagCompletionFunc("format", f.CompleteFormats(format.ListNames(), format.Description))
	cmd.ValidArgsFunction = cmdutil.CompleteFiles("csv", "xlsx")
	return cmd
}

func run(opts *Options) (err error) {
	out, err := newOutput(opts)
	if err != nil {
		return err
	}
	table, err := readTable(opts)
	if err != nil {
		return err
	}
	mapping, err := readMapping(opts, out)
	if err != nil {
		return err
	}
	release, err := hold(opts)
	if err != nil {
		return err
	}
	defer func() {
		if rerr := release(); err == nil {
			err = rerr
		}
	}()
	snap, err := opts.Snapshot()
	if err != nil {
		return err
	}
	if table.Note != "" {
		fmt.Fprintln(opts.IO.ErrOut, opts.P.Sprintf("rrp: note: %s: %s", table.File, opts.P.T(table.Note)))
	}
	in := importer.Input{Table: table, Mapping: mapping, Snapshot: snap, Dir: opts.Dir}
	if opts.Progress != nil {
		in.Progress = opts.Progress("converting the sheet's rows")
	}
	result := importer.Prepare(in)
	return report(opts, out, result)
}

// readTable reads the sheet by its extension.
func readTable(opts *Options) (*importer.Table, error) {
	ext := strings.ToLower(filepath.Ext(opts.File))
	if ext != ".csv" && ext != ".xlsx" && ext != ".xlsm" {
		return nil, cmdutil.Usagef("save the sheet as .xlsx (Excel workbook) or .csv", "rrp import reads .csv and .xlsx files, not %q", filepath.Base(opts.File))
	}
	if opts.Sheet != "" && ext == ".csv" {
		return nil, cmdutil.Usagef("leave out --sheet: a CSV file holds one sheet", "--sheet is for .xlsx workbooks")
	}
	data, err := readLimited(opts.File)
	if err != nil {
		return nil, err
	}
	var t *importer.Table
	if ext == ".csv" {
		t, err = importer.ReadCSV(opts.File, data)
	} else {
		t, err = importer.ReadXLSX(opts.File, bytes.NewReader(data), opts.Sheet)
	}
	var sheet *importer.ErrSheet
	if errors.As(err, &sheet) {
		return nil, &cmdutil.UsageError{Err: err, Hint: opts.P.Text(sheet.Hint)}
	} else if err != nil {
		return nil, &cmdutil.FailureError{Err: err, Hint: "open the file in Excel or LibreOffice and save it again as .xlsx or CSV"}
	}
	return t, nil
}

// readLimited reads a file given on the command line; a file that is not
// there is a mistake in the command line.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cmdutil.Usagef("check the file's name and folder", "cannot open %s: %v", path, osError(err))
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxSheetSize+1))
	if err != nil {
		return nil, &cmdutil.FailureError{Err: i18n.Errorf("cannot read %s: %w", path, osError(err))}
	}
	if len(data) > maxSheetSize {
		return nil, &cmdutil.FailureError{Err: i18n.Errorf("%s is larger than %d MiB", path, maxSheetSize>>20), Hint: "split the sheet into several files"}
	}
	return data, nil
}

// readMapping reads --map; its mistakes are listed like a sheet's.
func readMapping(opts *Options, out *output) (*importer.Mapping, error) {
	if opts.Map == "" {
		return nil, nil
	}
	data, err := readLimited(opts.Map)
	if err != nil {
		return nil, err
	}
	m, fs := importer.ParseMapping(opts.Map, data)
	if len(fs) > 0 {
		if err := out.findings(fs); err != nil {
			return nil, err
		}
		return nil, &cmdutil.FailureError{
			Err:  i18n.Errorf("%s has %d errors: nothing imported", opts.Map, len(fs)),
			Hint: "a mapping file has columns: (header: record key), fixed: (key: value) and ignore: (a list of headers)",
		}
	}
	return m, nil
}
