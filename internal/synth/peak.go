package synth

import (
	"runtime/debug"
	"runtime/metrics"
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

// Runs runs f b.N times for a benchmark, timing f alone, and returns the
// most memory one run held (see Peak).
func Runs(b *testing.B, f func()) uint64 {
	var peak uint64
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		peak = max(peak, Peak(func() {
			b.StartTimer()
			f()
			b.StopTimer()
		}))
	}
	return peak
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
