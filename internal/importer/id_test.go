package importer

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

func set[T any](v T) source.Value[T] {
	return source.Value[T]{Val: v, Pos: source.At("x.csv", 2, 0)}
}

func sample() record.Record {
	return record.Record{
		Date:     set(date.New(2025, 3, 12)),
		Output:   set("4.1/supervize"),
		Hours:    set(1.5),
		Place:    set("Broumov"),
		Evidence: []source.Value[string]{set("a.pdf")},
		Participants: record.Participants{Total: set(12.0), ByGroup: []record.GroupCount{
			{Group: set("seniori"), Count: set(4.0)}, {Group: set("neformalni-pecujici"), Count: set(3.0)}}},
	}
}

// TestHashIDStable pins the id of a record: a change to the canonical form
// or the hash would make every sheet imported before import again. The
// legacy id is the one rows were given before ids were letters only.
func TestHashIDStable(t *testing.T) {
	r := sample()
	if got, want := HashID(Canonical(&r), 1), "imp-vcnxckxmwd"; got != want {
		t.Errorf("HashID = %s, want %s", got, want)
	}
	if got, want := LegacyHashID(Canonical(&r), 1), "imp-21417d5a2d"; got != want {
		t.Errorf("LegacyHashID = %s, want %s", got, want)
	}
}

// TestHashIDHasNoDigits: an id holds no digit, so no check can take a
// run of them for a phone or birth number.
func TestHashIDHasNoDigits(t *testing.T) {
	r := sample()
	for n := 1; n <= 2000; n++ {
		id := HashID(Canonical(&r), n)
		if strings.ContainsAny(id, "0123456789") || len(id) != len(IDPrefix)+idLetters {
			t.Fatalf("HashID(…, %d) = %s: digits, or not %d letters", n, id, idLetters)
		}
	}
}

func TestHashIDIgnoresFormAndOrder(t *testing.T) {
	a, b := sample(), sample()
	// Where a value came from and the order of the groups do not matter.
	b.Hours.Pos = source.At("other.xlsx", 9, 3)
	b.Participants.ByGroup[0], b.Participants.ByGroup[1] = b.Participants.ByGroup[1], b.Participants.ByGroup[0]
	// Nor the order of the persons' codes.
	a.Persons = []source.Value[string]{set("K-017"), set("K-023")}
	b.Persons = []source.Value[string]{set("K-023"), set("K-017")}
	if Canonical(&a) != Canonical(&b) {
		t.Errorf("canonical forms differ:\n%q\n%q", Canonical(&a), Canonical(&b))
	}
}

func TestHashIDTellsRecordsApart(t *testing.T) {
	base := sample()
	seen := map[string]string{HashID(Canonical(&base), 1): "base"}
	for name, change := range map[string]func(r *record.Record){
		"date":      func(r *record.Record) { r.Date.Val++ },
		"output":    func(r *record.Record) { r.Output.Val = "4.1/letak" },
		"hours":     func(r *record.Record) { r.Hours.Val = 2 },
		"no hours":  func(r *record.Record) { r.Hours = source.Value[float64]{} },
		"quantity":  func(r *record.Record) { r.Quantity = set(1.0) },
		"total":     func(r *record.Record) { r.Participants.Total.Val = 13 },
		"group":     func(r *record.Record) { r.Participants.ByGroup[0].Count.Val = 5 },
		"place":     func(r *record.Record) { r.Place.Val = "Police" },
		"territory": func(r *record.Record) { r.Territory = set("broumov") },
		"evidence":  func(r *record.Record) { r.Evidence = nil },
		"status":    func(r *record.Record) { r.Status = set("cancelled") },
		"note":      func(r *record.Record) { r.Note = set("x") },
		"date_to":   func(r *record.Record) { r.DateTo = set(date.New(2025, 3, 13)) },
		"persons":   func(r *record.Record) { r.Persons = []source.Value[string]{set("K-017")} },
	} {
		r := sample()
		change(&r)
		id := HashID(Canonical(&r), 1)
		if other, dup := seen[id]; dup {
			t.Errorf("%s: same id %s as %s", name, id, other)
		}
		seen[id] = name
	}
	// The second of two identical rows is a record of its own.
	if HashID(Canonical(&base), 2) == HashID(Canonical(&base), 1) {
		t.Error("the second identical row has the first one's id")
	}
}
