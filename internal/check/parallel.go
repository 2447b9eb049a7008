package check

import (
	"runtime"
	"sync"

	"github.com/kraj-hk/rrp/internal/finding"
)

// minPart is the fewest records worth a goroutine of their own.
const minPart = 2000

// eachRecord runs check for the records 0 … n-1, split in consecutive
// parts over the cores, each part with its own findings; they are added
// to fs in the records' order, so the outcome does not depend on
// scheduling.
func eachRecord(n int, fs *finding.List, check func(i int, fs *finding.List)) {
	parts := max(1, min(runtime.GOMAXPROCS(0), n/minPart))
	lists := make([]finding.List, parts)
	var wg sync.WaitGroup
	for k := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := k * n / parts; i < (k+1)*n/parts; i++ {
				check(i, &lists[k])
			}
		}()
	}
	wg.Wait()
	for k := range lists {
		fs.Merge(&lists[k])
	}
}
