package load

import (
	"fmt"
	"testing"
	"testing/fstest"
	"time"
)

// TestDecodingWaitsForACore: a file is decoded only in a place of
// decoding, one per core. With every place taken the load reads its files
// but decodes none; given a place back, it ends with every record.
func TestDecodingWaitsForACore(t *testing.T) {
	fsys := fstest.MapFS{"plans/project.yaml": {Data: []byte("id: t\nname: T\nstart: 2025-01-01\nend: 2027-12-31\n")}}
	const files = 12
	for i := range files {
		name := fmt.Sprintf("records/r%02d.yaml", i)
		fsys[name] = &fstest.MapFile{Data: fmt.Appendf(nil, "- date: 2025-03-%02d\n  output: 4.1/a\n", i+1)}
	}
	held := cap(decoding)
	for range held {
		decoding <- struct{}{}
	}
	t.Cleanup(func() { // the places go back, whatever befell the test
		for ; held > 0; held-- {
			<-decoding
		}
	})
	done := make(chan *Result, 1)
	go func() {
		res, err := FS(fsys, ".")
		if err != nil {
			t.Error(err)
		}
		done <- res
	}()
	select {
	case <-done:
		t.Fatal("the load ended with every place of decoding taken")
	case <-time.After(200 * time.Millisecond):
	}
	<-decoding // one place is enough, as for a machine of one core
	held--
	res := <-done
	if res == nil || len(res.Records) != files {
		t.Fatalf("the load ended with %v", res)
	}
}
