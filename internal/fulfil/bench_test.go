package fulfil

import (
	"fmt"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// benchProject is shaped like RRP IV: 14 key activities of 3 activities
// with an event, an hour and a piece output each; every event output has
// two parts.
func benchProject() *plan.Project {
	p := newProject("2025-01-01", "2027-12-31",
		"ZoR1", "2025-01-01", "2025-06-30", "ZoR2", "2025-07-01", "2025-12-31",
		"ZoR3", "2026-01-01", "2026-06-30", "ZoR4", "2026-07-01", "2026-12-31")
	addGroup(p, "seniori", "Senioři")
	addGroup(p, "pecujici", "Neformální pečující")
	for k := range 14 {
		territory := fmt.Sprintf("orp-%d", k)
		addTerritory(p, territory, fmt.Sprintf("ORP %d", k))
		ka := addKA(p, fmt.Sprintf("KA%d", k+4), territory)
		for a := range 3 {
			act := addActivity(ka, fmt.Sprintf("%d.%d", k+4, a+1))
			addOutput(act, "akce", "event", 40, part("a", 30), part("b", 10))
			addOutput(act, "konzultace", "hour", 200)
			addOutput(act, "letak", "piece", 1000, perUnit(10))
		}
	}
	return p
}

// benchRecords spreads n records over the outputs and parts and over 2025
// and 2026, a few cancelled, some in another territory, with participants.
func benchRecords(p *plan.Project, n int) []record.Record {
	var refs []string
	for _, o := range p.AllOutputs() {
		refs = append(refs, o.Ref())
		for _, part := range o.Parts {
			refs = append(refs, part.Ref())
		}
	}
	start := day("2025-01-01")
	recs := make([]record.Record, n)
	for i := range recs {
		r := rec("2025-01-01", refs[i%len(refs)], hours(1.5), people(12, "seniori", 4, "pecujici", 3))
		r.Date = set(start + date.Date(i%730))
		if i%50 == 0 {
			cancelled(&r)
		}
		if i%7 == 0 {
			territory("orp-1")(&r)
		}
		recs[i] = r
	}
	return recs
}

// BenchmarkFulfil100k is the computation alone on 100k records held in
// memory, resolved against the plan once as a project snapshot does when
// it opens; loading them from files (make bench) costs far more.
// BenchmarkResolve100k is that resolution.
func BenchmarkFulfil100k(b *testing.B) {
	p := benchProject()
	entries := entry.Resolve(plan.NewIndex(p), benchRecords(p, 100_000))
	o := Options{AsOf: day("2026-03-31"), Period: PeriodAt(p, day("2026-03-31")), Thresholds: DefaultThresholds}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		res := Compute(p, entries, o)
		if res.Skipped != 0 || len(res.Outputs) != 126 {
			b.Fatalf("skipped %d, %d outputs", res.Skipped, len(res.Outputs))
		}
	}
}

func BenchmarkResolve100k(b *testing.B) {
	p := benchProject()
	recs := benchRecords(p, 100_000)
	ix := plan.NewIndex(p)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if entries := entry.Resolve(ix, recs); len(entries) != len(recs) {
			b.Fatal(len(entries))
		}
	}
}
