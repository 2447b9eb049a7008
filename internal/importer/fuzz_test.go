package importer

import (
	"testing"
	"unicode/utf8"

	"github.com/kraj-hk/rrp/internal/project"
)

// fuzzProject loads the test project once per fuzz target.
func fuzzProject(f *testing.F) (*project.Snapshot, string) {
	dir := testProject(f)
	return open(f, dir), dir
}

// FuzzReadCSV feeds any bytes through the CSV reader and the whole
// preparation of an import: it must never panic, and a row it calls new
// must have a record id.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte(goodCSV))
	f.Add([]byte(badCSV))
	f.Add([]byte("datum,výstup\n\"2025-03-12\",\"4.1/supervize\"\n"))
	proj, dir := fuzzProject(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ReadCSV("f.csv", data)
		if err != nil {
			return
		}
		res := Prepare(Input{Table: tb, Snapshot: proj, Dir: dir})
		for _, r := range res.Rows {
			if r.Outcome == New && res.OK() && r.ID == "" {
				t.Errorf("row %d is new without an id", r.Row)
			}
		}
		for _, p := range res.Findings {
			if !utf8.ValidString(p.Message) && utf8.Valid(data) {
				t.Errorf("message not UTF-8: %q", p.Message)
			}
		}
	})
}

// FuzzParseMapping feeds any bytes to the mapping parser and, when they
// make a mapping, imports a small sheet with it: it must never panic and
// never give a mapping together with problems.
func FuzzParseMapping(f *testing.F) {
	f.Add([]byte("columns:\n  Datum akce: date\n  Senioři: by_group.seniori\nfixed:\n  output: 4.1/supervize\nignore: [Jméno]\n"))
	f.Add([]byte("colums: {a: b}\n"))
	f.Add([]byte("columns: &a {x: date}\nfixed: *a\n"))
	proj, dir := fuzzProject(f)
	tb, err := ReadCSV("f.csv", []byte(goodCSV))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, ps := ParseMapping("m.yaml", data)
		if (m == nil) == (len(ps) == 0) {
			t.Fatalf("mapping %v with %d problems", m, len(ps))
		}
		if m != nil {
			Prepare(Input{Table: tb, Mapping: m, Snapshot: proj, Dir: dir})
		}
	})
}
