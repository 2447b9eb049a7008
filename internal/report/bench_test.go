package report

import (
	"io"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"rrp/internal/date"
	"rrp/internal/fulfil"
	"rrp/internal/project"
	"rrp/internal/synth"
)

// BenchmarkReport100k is rrp report over 100k synthetic records (1000 per
// file), all of them in the period so the Akce sheet has 100k rows: load,
// validate, compute and write the workbook. Beside ns/op it reports
// peak-MB, the most memory the Go runtime held from the system meanwhile.
func BenchmarkReport100k(b *testing.B) {
	dir := b.TempDir()
	if err := synth.Write(dir, 100_000, 1000); err != nil {
		b.Fatal(err)
	}
	from, to := date.New(2025, 1, 1), date.New(2025, 12, 31)
	runtime.GC()
	peak := watchPeak()
	b.ResetTimer()
	for range b.N {
		snap, err := project.OpenDir(dir, project.Options{Today: to})
		if err != nil {
			b.Fatal(err)
		}
		opts, err := snap.Options(fulfil.Request{Today: to, From: &from, To: &to, Thresholds: fulfil.DefaultThresholds})
		if err != nil {
			b.Fatal(err)
		}
		in := &Input{Project: snap.Project, Result: snap.Fulfil(opts), Findings: snap.Check(opts.AsOf).Findings}
		if err := Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(peak())/(1<<20), "peak-MB")
}

// watchPeak samples the memory the runtime holds from the operating system
// until the returned function is called, which gives the peak in bytes.
func watchPeak() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	var mu sync.Mutex
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			mu.Lock()
			peak = max(peak, sample[0].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}
