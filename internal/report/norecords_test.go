package report

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/xuri/excelize/v2"
)

// noRecordsInput is the fixture's project as it is before its first
// record: the same plan, the same as-of date, no records.
func noRecordsInput(t *testing.T) *Input {
	t.Helper()
	snap, in := fixture(t, "")
	snap.Entries = nil
	in.Result = snap.Fulfil(fixtureOptions(t, snap, ""))
	if !in.Result.NoRecords {
		t.Fatal("the fulfilment of no records does not say so")
	}
	in.Findings = nil
	return in
}

// TestNoRecordsOutputs: before the first record no output is at risk, late
// or done: every row's status says there are no records, in grey.
func TestNoRecordsOutputs(t *testing.T) {
	f := readBack(t, noRecordsInput(t))
	for _, sheet := range []string{sheetOutputs, sheetInternal} {
		rows := mustRows(t, f, sheet)
		if len(rows) < 2 {
			t.Fatalf("%s: no outputs: %q", sheet, rows)
		}
		for i := range rows[1:] {
			expectCells(t, f, sheet, map[string]string{ref(outStatusCol, i+2): noRecordsLabel})
		}
		cf, err := f.GetConditionalFormats(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if !hasRule(cf[ref(outStatusCol, 2)+":"+ref(outStatusCol, len(rows))], noRecordsLabel) {
			t.Errorf("%s: %q is not coloured: %+v", sheet, noRecordsLabel, cf)
		}
	}
}

// TestNoRecordsSummary: the summary says there are no records yet and how
// to begin; its columns of outputs per status stay empty, where every
// output would otherwise count as at risk.
func TestNoRecordsSummary(t *testing.T) {
	f := readBack(t, noRecordsInput(t))
	rows := mustRows(t, f, sheetSummary)
	note, header := rowOf(rows, "Záznamy"), rowOf(rows, "KA")
	if note < 0 || !strings.HasPrefix(rows[note][1], "zatím žádné") ||
		!strings.Contains(rows[note][1], "rrp new") || !strings.Contains(rows[note][1], "rrp import") {
		t.Fatalf("the summary does not say how to begin: %q", rows)
	}
	if header < 0 {
		t.Fatalf("no key activities' table: %q", rows)
	}
	for _, r := range []int{header + 2, header + 3, header + 4} { // KA4, KA5, Celkem
		for col := len(summaryColumns(defaultHeadings)) + 1; col <= len(summaryColumns(defaultHeadings))+len(fulfil.Statuses); col++ {
			expectCells(t, f, sheetSummary, map[string]string{ref(col, r): ""})
		}
	}
	expectNumbers(t, f, sheetSummary, map[string]float64{
		ref(4, header+2): 4, ref(4, header+4): 5, // outputs
		ref(10, header+4): 0, // index: nothing achieved
		ref(11, header+4): 1, // internal outputs
	})
}

// TestNoRecordsMilestones: a milestone before the first record is neither
// late nor not yet done, and the milestones' columns stay empty.
func TestNoRecordsMilestones(t *testing.T) {
	in := realInput(t)
	in.Result.NoRecords = true
	f := readBack(t, in)
	expectCells(t, f, sheetOutputs, map[string]string{"K9": noRecordsLabel, "K10": noRecordsLabel, "K11": noRecordsLabel})
	// The note of no records moves the table a row lower than in
	// TestRealSummary.
	expectCells(t, f, sheetSummary, map[string]string{"A16": "Priorita", "L16": "Milníky – splněno", "L17": "", "M17": "", "N17": "", "L18": "", "N18": ""})
}

// TestRecordsNoNote: a project with records says nothing of their absence.
func TestRecordsNoNote(t *testing.T) {
	f := readBack(t, fixtureInput(t, ""))
	if rowOf(mustRows(t, f, sheetSummary), "Záznamy") >= 0 {
		t.Error("the summary of a project with records says it has none")
	}
	cf, _ := f.GetConditionalFormats(sheetOutputs)
	for _, rules := range cf {
		if hasRule(rules, noRecordsLabel) {
			t.Errorf("a colour for %q on a sheet that cannot show it", noRecordsLabel)
		}
	}
}

func hasRule(rules []excelize.ConditionalFormatOptions, label string) bool {
	for _, r := range rules {
		if r.Value == `"`+label+`"` {
			return true
		}
	}
	return false
}

// rowOf is the index of the first row whose first cell is first, or -1.
func rowOf(rows [][]string, first string) int {
	for i, row := range rows {
		if len(row) > 0 && row[0] == first {
			return i
		}
	}
	return -1
}

func mustRows(t *testing.T, f *excelize.File, sheet string) [][]string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}
