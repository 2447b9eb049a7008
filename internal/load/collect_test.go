package load

import (
	"runtime/debug"
	"sync"
	"testing"
)

// TestPauseCollection: loads at once, each pausing the collector, leave it
// as it was when the last one ends.
func TestPauseCollection(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resume := pauseCollection()
			resume()
		}()
	}
	wg.Wait()
	resume := pauseCollection()
	if got := debug.SetGCPercent(-1); got != -1 {
		t.Errorf("collector at %d%% during a pause", got)
	}
	resume()
	if got := debug.SetGCPercent(150); got != 150 {
		t.Errorf("collector at %d%% after the pauses, want 150%%", got)
	}
}
