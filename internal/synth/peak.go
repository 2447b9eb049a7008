package synth

import (
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync"
	"testing"
	"time"
)

// Peak runs f and returns the most memory the Go runtime held from the
// operating system meanwhile, in bytes: what it mapped less what it gave
// back, close to the resident memory a command shows. It first collects
// the garbage and gives back the free memory, so that what earlier work
// left behind does not count.
func Peak(f func()) uint64 {
	debug.FreeOSMemory()
	stop := watchPeak()
	f()
	return stop()
}

// Pairs is what Paired measured.
type Pairs struct {
	// Ratio is the median, over the runs, of a run's time over the time of
	// the floor decoded just before it.
	Ratio float64
	// Floor is the median time of the floor.
	Floor time.Duration
	// Peak is the most memory one run held (see Peak).
	Peak uint64
}

// Paired runs f b.N times for a benchmark, timing f alone, each run right
// after a decoding of the floor of the project in dir (see DecodeFloor).
// Runs paired with their floor keep the ratio true on a machine whose
// speed drifts from minute to minute.
func Paired(b *testing.B, dir string, f func()) Pairs {
	files, err := yamlFiles(dir)
	if err != nil {
		b.Fatal(err)
	}
	var ratios, floors []float64
	var peak uint64
	b.ResetTimer()
	b.StopTimer()
	for range b.N {
		floor, err := timeFloor(files)
		if err != nil {
			b.Fatal(err)
		}
		var took time.Duration
		peak = max(peak, Peak(func() {
			start := time.Now()
			b.StartTimer()
			f()
			b.StopTimer()
			took = time.Since(start)
		}))
		ratios = append(ratios, float64(took)/float64(floor))
		floors = append(floors, float64(floor))
	}
	return Pairs{Ratio: median(ratios), Floor: time.Duration(median(floors)), Peak: peak}
}

func median(xs []float64) float64 {
	slices.Sort(xs)
	if n := len(xs); n%2 == 0 {
		return (xs[n/2-1] + xs[n/2]) / 2
	}
	return xs[len(xs)/2]
}

// watchPeak samples the memory held until the returned function is called,
// which gives the peak.
func watchPeak() func() uint64 {
	samples := []metrics.Sample{
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	var mu sync.Mutex
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(samples)
			mu.Lock()
			peak = max(peak, samples[0].Value.Uint64()-samples[1].Value.Uint64())
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
