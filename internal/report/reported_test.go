package report

import (
	"slices"
	"testing"
)

// TestInternalOutputs: an output with reported: false is not one of the
// outputs listed for the funding body. It leaves the Výstupy sheet for a
// sheet of its own, in the same form, and the summary's figures leave it
// out: it is counted in the column of internal outputs alone.
func TestInternalOutputs(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	for _, row := range mustRows(t, f, sheetOutputs)[1:] {
		if row[2] == "letak" || row[len(row)-1] != "ano" {
			t.Errorf("%s lists an output not reported: %q", sheetOutputs, row)
		}
	}
	rows := mustRows(t, f, sheetInternal)
	if len(rows) != 2 {
		t.Fatalf("%s: %d rows, want a header and the leaflets: %q", sheetInternal, len(rows), rows)
	}
	if !slices.Equal(rows[0], outputColumns(defaultHeadings)) {
		t.Errorf("%s's header %q, want the outputs' columns", sheetInternal, rows[0])
	}
	expectCells(t, f, sheetInternal, map[string]string{
		"A2": "KA4", "B2": "4.2", "C2": "letak", "D2": "informační materiál", "E2": "kusy", "L2": "ne",
	})
	expectNumbers(t, f, sheetInternal, map[string]float64{"F2": 100, "H2": 50, "I2": 0.5})
	cf, err := f.GetConditionalFormats(sheetInternal)
	if err != nil || len(cf["K2:K2"]) != 5 || len(cf["I2:I2"]) != 1 {
		t.Errorf("%s's status colours and data bar: %+v %v", sheetInternal, cf, err)
	}
	// The summary: KA4 has 4 reported outputs (5 with the leaflets); its
	// index is the mean of theirs alone (the leaflets at 50 % would
	// raise it), and the leaflets are the one internal output.
	expectNumbers(t, f, sheetSummary, map[string]float64{
		"D14": 4, "J14": 117.5 / 4 / 100, "K14": 1,
		"D16": 5, "J16": 142.5 / 5 / 100, "K16": 1,
	})
}

// TestNoInternalSheet: a workbook whose outputs are all reported has no
// sheet of internal outputs (here KA5's alone).
func TestNoInternalSheet(t *testing.T) {
	snap, in := fixture(t, "KA5")
	in.Findings = snap.FindingsOf(in.Findings, "KA5")
	got := readBack(t, in).GetSheetList()
	want := []string{sheetSummary, sheetOutputs, sheetEvents, sheetGroups, sheetPlan, sheetControls}
	if !slices.Equal(got, want) {
		t.Errorf("sheets %q, want %q", got, want)
	}
}
