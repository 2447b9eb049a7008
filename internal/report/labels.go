package report

import (
	"sync"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
)

// Sheet names, in workbook order.
const (
	sheetSummary  = "Souhrn"
	sheetOutputs  = "Výstupy"
	sheetEvents   = "Akce"
	sheetGroups   = "Cílové skupiny"
	sheetPlan     = "Plán"
	sheetInternal = "Interní výstupy"
	sheetControls = "Kontrola"
)

// Sheets lists the sheet names in order. The internal outputs' sheet is
// in a workbook only when its selection has outputs with reported: false
// (sheetsOf).
var Sheets = []string{sheetSummary, sheetOutputs, sheetEvents, sheetGroups, sheetPlan, sheetInternal, sheetControls}

// sheetsOf lists the sheets of the workbook of r, in order.
func sheetsOf(r *fulfil.Result) []string {
	if hasInternal(r) {
		return Sheets
	}
	var names []string
	for _, name := range Sheets {
		if name != sheetInternal {
			names = append(names, name)
		}
	}
	return names
}

// hasInternal reports whether the result has an output with
// reported: false, which the funding body's outputs sheet leaves out.
func hasInternal(r *fulfil.Result) bool {
	for i := range r.Outputs {
		if !r.Outputs[i].Reported {
			return true
		}
	}
	return false
}

// noRecordsLabel is the status every output shows while the project has
// no records at all (fulfil.Result.NoRecords): nothing is counted because
// nothing is recorded yet, so no output is at risk, late or done.
const noRecordsLabel = "bez záznamů"

// shownStatus is the status a row of the outputs' sheets shows: label,
// the output's own status in Czech, or noRecordsLabel while the project
// has no records.
func shownStatus(r *fulfil.Result, label string) string {
	if r.NoRecords {
		return noRecordsLabel
	}
	return label
}

// statusLabel is a status in the workbook's Czech; the summary's columns
// of statuses follow fulfil.Statuses, a milestone's fulfil.MilestoneStatuses.
func statusLabel(s fulfil.Status) string { return s.Say(czechPrinter()) }

// targetPrefix is how a target reads for its kind: "min. 33", "max. 20";
// an exact target is the number alone.
func targetPrefix(kind plan.TargetKind) string {
	switch kind {
	case plan.AtLeast:
		return "min."
	case plan.AtMost:
		return "max."
	}
	return ""
}

// unitLabel is the unit in Czech, from the catalogue.
func unitLabel(u string) string { return czechPrinter().Text(plan.UnitName(u)) }

// czechPrinter says the workbook's words: the workbook is Czech, whoever
// writes it.
var czechPrinter = sync.OnceValue(func() *i18n.Printer { return i18n.New(i18n.Czech) })

func severityLabel(s finding.Severity) string {
	if s == finding.Error {
		return "chyba"
	}
	return "varování"
}

func yesNo(b bool) string {
	if b {
		return "ano"
	}
	return "ne"
}
