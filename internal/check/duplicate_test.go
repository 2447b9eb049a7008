package check

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// TestPossibleDuplicates: a held record of the same output, date and
// effective territory as an earlier one is a warning at the later record,
// related to the first; other places, persons, days, territories or a
// cancelled record are not.
func TestPossibleDuplicates(t *testing.T) {
	at := func(l int) func(*record.Record) { return func(r *record.Record) { r.Pos = line(l) } }
	on := func(d string) func(*record.Record) { return func(r *record.Record) { r.Date = dayAt(d, 2) } }
	place := func(s string) func(*record.Record) { return func(r *record.Record) { r.Place = strAt(s, 5) } }
	terr := func(s string) func(*record.Record) { return func(r *record.Record) { r.Territory = strAt(s, 6) } }
	cancelled := func(r *record.Record) { r.Status = strAt(record.StatusCancelled, 5) }
	const dup = "21 warning possible-duplicate: a possible duplicate: the record at t.yaml:20:1 has the same output, date and territory"
	tests := []struct {
		name   string
		second record.Record
		want   []string
	}{
		{"same output, date, territory", rec("4.1/o", at(21)), []string{dup}},
		{"territory named, same as the key activity's", rec("4.1/o", at(21), terr("broumov")), []string{dup}},
		{"same place", rec("4.1/o", at(21), place("Broumov")), []string{dup}},
		{"another day", rec("4.1/o", at(21), on("2025-03-13")), nil},
		{"another territory", rec("4.1/o", at(21), terr("jaromer")), nil},
		{"another output", rec("4.1/p", at(21), withPersons("K-1")), nil},
		{"cancelled", rec("4.1/o", at(21), cancelled), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := countingPlan("")
			ix := plan.NewIndex(p)
			recs := []record.Record{rec("4.1/o", at(20)), tt.second}
			var fs finding.List
			Records(p, ix, entry.Resolve(ix, recs), Options{Today: date.New(2026, 1, 1)}, &fs)
			var got []string
			for _, l := range lines(&fs) {
				if strings.Contains(l, string(finding.CodePossibleDuplicate)) {
					got = append(got, l)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for _, f := range fs.Sorted() {
				if f.Code == finding.CodePossibleDuplicate && !slices.Equal(f.Related, []source.Pos{line(20)}) {
					t.Errorf("related %v, want the first record's place", f.Related)
				}
			}
		})
	}
}

// TestDifferentPlacesOrPersons: two records of one output, day and
// territory that name different places or different persons are two events.
func TestDifferentPlacesOrPersons(t *testing.T) {
	place := func(s string) func(*record.Record) { return func(r *record.Record) { r.Place = strAt(s, 5) } }
	tests := []struct {
		name        string
		first, then record.Record
		want        int
	}{
		{"different places", rec("4.1/o", place("Broumov")), rec("4.1/o", place("Police")), 0},
		{"one place left out", rec("4.1/o", place("Broumov")), rec("4.1/o"), 1},
		{"different last days", rec("4.1/o", func(r *record.Record) { r.DateTo = dayAt("2025-03-13", 9) }), rec("4.1/o", func(r *record.Record) { r.DateTo = dayAt("2025-03-14", 9) }), 0},
		{"different persons", rec("4.1/p", withPersons("K-1")), rec("4.1/p", withPersons("K-2")), 0},
		{"same persons in another order", rec("4.1/p", withPersons("K-1", "K-2")), rec("4.1/p", withPersons("K-2", "K-1")), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs finding.List
			duplicates(entry.Resolve(plan.NewIndex(countingPlan("")), []record.Record{tt.first, tt.then}), &fs)
			if fs.Len() != tt.want {
				t.Errorf("%d findings, want %d: %v", fs.Len(), tt.want, fs.Sorted())
			}
		})
	}
}

// TestDuplicateNamesTheFirst: of the earlier records a later one may
// repeat, the warning names the first in the records' order, whether it
// named the same place or none.
func TestDuplicateNamesTheFirst(t *testing.T) {
	at := func(l int) func(*record.Record) { return func(r *record.Record) { r.Pos = line(l) } }
	place := func(s string) func(*record.Record) { return func(r *record.Record) { r.Place = strAt(s, 5) } }
	for _, tt := range []struct {
		name  string
		recs  []record.Record
		first int
	}{
		{"none, then the place", []record.Record{rec("4.1/o", at(10)), rec("4.1/o", at(11), place("A")), rec("4.1/o", at(12), place("A"))}, 10},
		{"the place, then none", []record.Record{rec("4.1/o", at(10), place("A")), rec("4.1/o", at(11)), rec("4.1/o", at(12), place("A"))}, 10},
		{"another place first", []record.Record{rec("4.1/o", at(10), place("B")), rec("4.1/o", at(11), place("A")), rec("4.1/o", at(12), place("A"))}, 11},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := countingPlan("")
			ix := plan.NewIndex(p)
			var fs finding.List
			Records(p, ix, entry.Resolve(ix, tt.recs), Options{Today: date.New(2026, 1, 1)}, &fs)
			var last *finding.Finding
			for _, f := range fs.Sorted() {
				if f.Code == finding.CodePossibleDuplicate && f.Pos == line(12) {
					last = &f
				}
			}
			if last == nil || !slices.Equal(last.Related, []source.Pos{line(tt.first)}) {
				t.Errorf("the third record's warning: %+v, want it related to line %d", last, tt.first)
			}
		})
	}
}

// TestBusyDay: on a day of many records, kept by place, each warning
// names what comparing every earlier record one by one names.
func TestBusyDay(t *testing.T) {
	places := []string{"", "A", "B", "C"}
	var recs []record.Record
	for i := range 40 {
		r := rec("4.1/o", func(r *record.Record) { r.Pos = line(i + 1) })
		if p := places[(i*7)%len(places)]; p != "" {
			r.Place = strAt(p, 5)
		}
		if i%5 == 0 {
			r.Persons = []source.Value[string]{strAt(places[i%3+1], 6)}
		}
		recs = append(recs, r)
	}
	entries := entry.Resolve(plan.NewIndex(countingPlan("")), recs)
	want := map[source.Pos]source.Pos{}
	for i := range entries {
		for j := range i {
			if mayBeSame(&entries[j], &entries[i]) {
				want[entries[i].Rec.Pos] = entries[j].Rec.Pos
				break
			}
		}
	}
	var fs finding.List
	duplicates(entries, &fs)
	got := map[source.Pos]source.Pos{}
	for _, f := range fs.Sorted() {
		got[f.Pos] = f.Related[0]
	}
	if len(want) < 20 || !maps.Equal(got, want) {
		t.Errorf("duplicates named\n got %v\nwant %v", got, want)
	}
}
