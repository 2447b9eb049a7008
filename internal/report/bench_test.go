package report

import (
	"fmt"
	"io"
	"runtime/debug"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/synth"
)

// BenchmarkReport is rrp report over 10k and 100k synthetic records (1000
// per file), all of them in the period so the Akce sheet has a row for
// each: load, validate, compute and write the workbook. 10k keeps the Akce
// sheet in memory, 100k spills it to disk. Beside ns/op it reports
//   - floor-ns, yaml.v3's typed decoding of the same files (see
//     synth.DecodeFloor), and x-floor, the median ratio of a run to the
//     floor decoded just before it (synth.Paired);
//   - peak-MB, the most memory the runtime held in one run, and
//     x-validate-peak, its ratio to the peak of validating alone
//     (validate-peak-MB).
func BenchmarkReport(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			if err := synth.Write(dir, n, 1000); err != nil {
				b.Fatal(err)
			}
			validatePeak := synth.Peak(func() { validate(b, dir) })
			pairs := synth.Paired(b, dir, func() { writeReport(b, dir) })
			b.ReportMetric(float64(pairs.Floor.Nanoseconds()), "floor-ns")
			b.ReportMetric(pairs.Ratio, "x-floor")
			b.ReportMetric(float64(pairs.Peak)/(1<<20), "peak-MB")
			b.ReportMetric(float64(validatePeak)/(1<<20), "validate-peak-MB")
			b.ReportMetric(float64(pairs.Peak)/float64(validatePeak), "x-validate-peak")
		})
	}
}

var benchTo = date.New(2025, 12, 31)

// validate is rrp validate on dir: loading and checking.
func validate(b *testing.B, dir string) {
	snap, err := project.OpenDir(dir, project.Options{Today: benchTo})
	if err != nil {
		b.Fatal(err)
	}
	snap.Check(benchTo)
}

// writeReport is rrp report on dir for 2025.
func writeReport(b *testing.B, dir string) {
	from := date.New(2025, 1, 1)
	snap, err := project.OpenDir(dir, project.Options{Today: benchTo})
	if err != nil {
		b.Fatal(err)
	}
	opts, err := snap.Options(fulfil.Request{Today: benchTo, From: &from, To: &benchTo, Thresholds: fulfil.DefaultThresholds})
	if err != nil {
		b.Fatal(err)
	}
	in := &Input{Project: snap.Project, Result: snap.Fulfil(opts), Findings: snap.Check(opts.AsOf).Findings}
	// As rrp report writes it.
	defer debug.SetGCPercent(debug.SetGCPercent(GCPercent))
	if err := Write(io.Discard, in); err != nil {
		b.Fatal(err)
	}
}
