package load

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// pauses counts the loads placing their records at once.
var pauses struct {
	sync.Mutex
	n       int
	percent int
}

// pauseCollection stops the garbage collector while records are decoded
// into their place, and returns what starts it again. All that is
// allocated then (the records and their slices) stays live: a collection
// could free nothing, and while one runs every pointer stored costs a
// write barrier. What the reading left behind is collected first, cheaply:
// the payloads it keeps hold no pointers. Loads at once (tests) share one
// pause.
func pauseCollection() (resume func()) {
	pauses.Lock()
	defer pauses.Unlock()
	if pauses.n == 0 {
		runtime.GC()
		pauses.percent = debug.SetGCPercent(-1)
	}
	pauses.n++
	return func() {
		pauses.Lock()
		defer pauses.Unlock()
		if pauses.n--; pauses.n == 0 {
			debug.SetGCPercent(pauses.percent)
		}
	}
}
