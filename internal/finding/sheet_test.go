package finding

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/source"
)

func TestWhere(t *testing.T) {
	tests := []struct {
		f    Finding
		want string
	}{
		{InSheet(Error, "a.csv", 3, "hodiny", 2, CodeSheetValue, "", "x"), `a.csv:row 3: column "hodiny"`},
		{InSheet(Error, "a.csv", 3, "", 0, CodeSheetRowTooLong, "", "x"), "a.csv:row 3"},
		{InSheet(Error, "a.csv", 0, "", 0, CodeSheetNoHeader, "", "x"), "a.csv"},
		{Finding{Pos: source.At("m.yaml", 2, 3)}, "m.yaml:2:3"},
		{Finding{Pos: source.InFile("m.yaml")}, "m.yaml"},
	}
	for _, tt := range tests {
		if got := tt.f.Where(); got != tt.want {
			t.Errorf("Where = %q, want %q", got, tt.want)
		}
	}
}

// TestSheetOrder: in a sheet, a row's errors come before its warnings and
// the row's own findings before its cells'; a line-and-column file keeps
// its order.
func TestSheetOrder(t *testing.T) {
	fs := Sort([]Finding{
		InSheet(Warning, "a.csv", 2, "", 0, CodeNoEvidence, "", "w2"),
		InSheet(Error, "a.csv", 3, "výstup", 1, CodeUnknownOutput, "", "e3 output"),
		InSheet(Error, "a.csv", 2, "hodiny", 2, CodeSheetValue, "", "e2 hours"),
		InSheet(Error, "a.csv", 2, "", 0, CodeSheetRowTooLong, "", "e2 row"),
		InSheet(Error, "a.csv", 2, "datum", 0, CodeSheetValue, "", "e2 date"),
		InSheet(Error, "a.csv", 2, "datum", 0, CodeSheetValue, "", "e2 date"),
		New(Error, source.At("m.yaml", 1, 1), CodeUnknownKey, "", "mapping"),
	})
	var got []string
	for _, f := range fs {
		got = append(got, f.Message)
	}
	want := []string{"e2 row", "e2 date", "e2 hours", "w2", "e3 output", "mapping"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	if fs[0].Pos != source.At("a.csv", 2, 0) || fs[2].Pos != source.At("a.csv", 2, 3) {
		t.Errorf("positions %v, %v: a sheet's row is the line, a column's number the column", fs[0].Pos, fs[2].Pos)
	}
}

func TestCollapse(t *testing.T) {
	fs := Collapse([]Finding{
		InSheet(Error, "a.csv", 2, "", 0, CodeSheetRowTooLong, "", "error"),
		InSheet(Warning, "a.csv", 2, "", 0, CodeNoEvidence, "h", "no evidence"),
		InSheet(Warning, "a.csv", 3, "hodiny", 1, CodeHoursMissing, "h", "no hours"),
		InSheet(Warning, "a.csv", 4, "", 0, CodeNoEvidence, "h", "no evidence"),
		InSheet(Warning, "a.csv", 5, "", 0, CodeNoEvidence, "h", "no evidence"),
	})
	var got []string
	for _, f := range fs {
		got = append(got, f.Where()+": "+f.Message)
	}
	want := []string{"a.csv:row 2: error", "a.csv:rows 2, 4, 5: no evidence", `a.csv:row 3: column "hodiny": no hours`}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if errs, warns := Count(OnlyErrors(fs)); errs != 1 || warns != 0 {
		t.Errorf("OnlyErrors keeps %d errors, %d warnings", errs, warns)
	}
}

// TestArgs: a finding keeps its message's values as they were given.
func TestArgs(t *testing.T) {
	var l List
	d := date.New(2026, 3, 5)
	l.Warnf(source.At("a.yaml", 1, 1), CodeFutureDate, "", "the date %s is in the future, %g hours", d, 1.5)
	f := l.Sorted()[0]
	if got, ok := Arg[date.Date](f, 0); !ok || got != d {
		t.Errorf("Arg 0 = %v, %v", got, ok)
	}
	if got, ok := Arg[float64](f, 1); !ok || got != 1.5 {
		t.Errorf("Arg 1 = %v, %v", got, ok)
	}
	if _, ok := Arg[string](f, 0); ok {
		t.Error("a date taken for a string")
	}
	if _, ok := Arg[string](f, 2); ok {
		t.Error("an argument beyond the last")
	}
	if f.Message != "the date 2026-03-05 is in the future, 1.5 hours" || f.Format == "" {
		t.Errorf("message %q, format %q", f.Message, f.Format)
	}
	r := f.Relate(source.At("b.yaml", 2, 1))
	if len(r.Related) != 1 || len(f.Related) != 0 {
		t.Errorf("Relate: %v, original %v", r.Related, f.Related)
	}
}
