package project_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/cache"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/synth"
)

// Bench1M is the environment variable that adds a million records to
// BenchmarkValidate (make bench BENCH_1M=1): generating them takes minutes
// and some 300 MB of disk.
const Bench1M = "RRP_BENCH_1M"

type size struct{ records, perFile int }

// validateSizes are the projects BenchmarkValidate loads: 1k, 10k and 100k
// records one per file and 1000 per file, and with Bench1M set a million
// in files of 1000.
func validateSizes() []size {
	var sizes []size
	for _, n := range []int{1_000, 10_000, 100_000} {
		sizes = append(sizes, size{n, 1}, size{n, 1000})
	}
	if os.Getenv(Bench1M) != "" {
		sizes = append(sizes, size{1_000_000, 1000})
	}
	return sizes
}

// BenchmarkValidate is rrp validate on synthetic records: project.OpenDir
// and Check, cold (every file parsed: the first run, or --no-cache) and
// warm (the files unchanged since a run that filled the cache). Beside
// ns/op it reports
//   - ns/record, which stays flat while the time grows linearly;
//   - floor-ns, the time yaml.v3 takes to decode the same files into typed
//     structs on synth.FloorWorkers goroutines (the cost no loader built
//     on it can avoid), and x-floor, the median ratio of a run to the
//     floor decoded just before it (synth.Paired);
//   - peak-MB, the most memory the runtime held in one run.
func BenchmarkValidate(b *testing.B) {
	for _, s := range validateSizes() {
		for _, warm := range []bool{false, true} {
			name := fmt.Sprintf("records=%d/per-file=%d/cold", s.records, s.perFile)
			if warm {
				name = fmt.Sprintf("records=%d/per-file=%d/warm", s.records, s.perFile)
			}
			b.Run(name, func(b *testing.B) { benchValidate(b, s, warm) })
		}
	}
}

func benchValidate(b *testing.B, s size, warm bool) {
	dir := synthProject(b, s.records, s.perFile)
	var opts load.Options
	if warm {
		c, err := cache.New(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		opts.Cache = c
		// The synthetic files are new: past the window in which a
		// change could hide from their stat, as a project's files are.
		old := time.Now().Add(-time.Minute)
		if err := synth.Touch(dir, old); err != nil {
			b.Fatal(err)
		}
		validate(b, dir, s.records, opts) // fills the cache
	}
	pairs := synth.Paired(b, dir, func() { validate(b, dir, s.records, opts) })
	perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(perOp/float64(s.records), "ns/record")
	b.ReportMetric(float64(pairs.Floor.Nanoseconds()), "floor-ns")
	b.ReportMetric(pairs.Ratio, "x-floor")
	b.ReportMetric(float64(pairs.Peak)/(1<<20), "peak-MB")
}

func validate(b *testing.B, dir string, n int, opts load.Options) {
	snap, err := project.OpenDir(dir, project.Options{Today: date.New(2026, 1, 1), Load: opts})
	if err != nil {
		b.Fatal(err)
	}
	if c := snap.Check(0); len(c.Findings) != 0 || len(snap.Records) != n {
		b.Fatalf("%d records, %d findings: %v", len(snap.Records), len(c.Findings), c.Findings[:min(3, len(c.Findings))])
	}
}

// projects caches generated trees: writing 100k files takes seconds.
var projects = map[string]string{}

func synthProject(b *testing.B, n, perFile int) string {
	key := fmt.Sprint(n, "/", perFile)
	if dir, ok := projects[key]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", "rrp-bench-")
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(dir, n, perFile); err != nil {
		b.Fatal(err)
	}
	projects[key] = dir
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range projects {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
