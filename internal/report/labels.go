package report

import (
	"rrp/internal/finding"
	"rrp/internal/fulfil"
	"rrp/internal/plan"
)

// Sheet names, in workbook order.
const (
	sheetSummary  = "Souhrn"
	sheetOutputs  = "Výstupy"
	sheetEvents   = "Akce"
	sheetGroups   = "Cílové skupiny"
	sheetControls = "Kontrola"
)

// Sheets lists the sheet names in order.
var Sheets = []string{sheetSummary, sheetOutputs, sheetEvents, sheetGroups, sheetControls}

// statusLabels name the statuses in Czech; the order is the summary's
// column order.
var statusLabels = []struct {
	status fulfil.Status
	label  string
}{
	{fulfil.Done, "splněno"},
	{fulfil.OnTrack, "v plánu"},
	{fulfil.Behind, "zpoždění"},
	{fulfil.AtRisk, "ohroženo"},
	{fulfil.NotStarted, "nezahájeno"},
}

func statusLabel(s fulfil.Status) string {
	for _, l := range statusLabels {
		if l.status == s {
			return l.label
		}
	}
	return string(s)
}

var unitLabels = map[string]string{
	plan.UnitEvent:    "akce",
	plan.UnitHour:     "hodiny",
	plan.UnitPiece:    "kusy",
	plan.UnitPerson:   "osoby",
	plan.UnitDocument: "dokument",
}

func unitLabel(u string) string {
	if l, ok := unitLabels[u]; ok {
		return l
	}
	return u
}

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
