// Package report builds the Excel monitoring workbook for the funding body
// from a fulfilment result (package fulfil): a summary with a chart, the
// outputs listed for the funding body, the events of the period, the
// target groups reached, the plan, the outputs the project tracks for
// itself (reported: false) and the validation warnings. It writes a
// workbook to an io.Writer and prints nothing.
package report

import (
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitinfo"
	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/plan"
)

// GCPercent is the collector's target (GOGC) for a process while it
// writes a workbook: the heap grows by at most an eighth of what is live
// before garbage is collected. Writing makes some 3 KB of garbage a row of
// the Akce sheet while the project stays live; this keeps a report within
// 1.1 times the memory of validating the same project, for some 5 % more
// time (100k records: 142 MB against validate's 131 MB; at 20, 151 MB and
// 4 % faster; at 30, 157 MB and 5 % faster).
const GCPercent = 12

// Input is everything a workbook shows.
type Input struct {
	Project *plan.Project
	// Result is the fulfilment the workbook shows, with the records it
	// counted.
	Result *fulfil.Result
	// Findings are shown on the Kontrola sheet (validation warnings, and
	// errors when the report was forced).
	Findings []finding.Finding
	// Generator names the program that made the workbook ("rrp v1.0.0 …").
	Generator string
	// Data is the git commit the plans and records were read from.
	Data gitinfo.Info
	// Private are the records' texts that hold personal data: the
	// workbook shows personal.Withheld instead (the snapshot's Private).
	Private personal.Set
	// Progress, when not nil, is told how many of the events are written:
	// the events sheet is what takes long in a large project.
	Progress func(done, total int)
}

// Write builds the workbook and writes it to w.
func Write(w io.Writer, in *Input) error {
	f, err := Build(in)
	if err != nil {
		return err
	}
	defer f.Close()
	return writeWorkbook(f, w)
}

// Build makes the workbook in memory.
func Build(in *Input) (*excelize.File, error) {
	f := excelize.NewFile()
	st, err := newStyles(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := build(f, st, in); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func build(f *excelize.File, st *styles, in *Input) error {
	names := sheetsOf(in.Result)
	if err := f.SetSheetName("Sheet1", names[0]); err != nil {
		return err
	}
	for _, name := range names[1:] {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	// Choosing the active sheet touches every sheet: after the Akce sheet
	// is streamed, excelize would parse it back into memory to do so.
	f.SetActiveSheet(0)
	ix := plan.NewIndex(in.Project)
	h := headingsOf(in.Project, in.Result)
	steps := []func() error{
		func() error { return summarySheet(f, st, in, h) },
		func() error { return outputsSheet(f, st, in.Result, h) },
		func() error { return eventsSheet(f, st, in, ix, h) },
		func() error { return groupsSheet(f, st, in.Result, h) },
		func() error { return planSheet(f, st, in, h) },
		func() error { return internalSheet(f, st, in.Result, h) },
		func() error { return controlSheet(f, st, in) },
		func() error { return properties(f, in) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// properties sets the document properties from the data alone: the same
// data and arguments give the same workbook, whenever it is made.
func properties(f *excelize.File, in *Input) error {
	stamp := in.Result.AsOf.Time().Format(time.RFC3339)
	return f.SetDocProps(&excelize.DocProperties{
		Title:          "Monitorovací zpráva – " + in.Project.Name.Val,
		Subject:        periodText(in.Result),
		Creator:        in.Generator,
		LastModifiedBy: in.Generator,
		Description:    "Data: " + in.Data.String(),
		Identifier:     in.Project.ID.Val,
		Language:       "cs-CZ",
		Created:        stamp,
		Modified:       stamp,
	})
}

// periodText describes the reported period in Czech.
func periodText(r *fulfil.Result) string {
	if r.Period == nil {
		return "celá doba projektu"
	}
	s := czDate(r.Period.From) + " – " + czDate(r.Period.To)
	if r.Period.ID != "" {
		s = r.Period.ID + " (" + s + ")"
	}
	return s
}
