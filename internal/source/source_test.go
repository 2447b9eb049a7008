package source

import (
	"fmt"
	"sync"
	"testing"
	"unsafe"
)

func TestPositionsNameTheirFile(t *testing.T) {
	a := At("records/b.yaml", 3, 5)
	b := At("records/b.yaml", 3, 5)
	if a != b {
		t.Errorf("two positions at one place differ: %v, %v", a, b)
	}
	if a.File() != "records/b.yaml" || a.String() != "records/b.yaml:3:5" {
		t.Errorf("At(records/b.yaml, 3, 5) = %q, %q", a.File(), a.String())
	}
	if got := InFile("plans/ka04.yaml").String(); got != "plans/ka04.yaml" {
		t.Errorf("InFile = %q", got)
	}
	var zero Pos
	if zero.IsValid() || zero.File() != "" || zero.String() != "-" || At("", 1, 1).IsValid() {
		t.Error("a position without a file is valid")
	}
	if unsafe.Sizeof(Pos{}) != 12 {
		t.Errorf("a position takes %d bytes; a record holds some fifteen", unsafe.Sizeof(Pos{}))
	}
}

// TestBeforeByName: positions sort by file name, not by the order in
// which their files were first seen.
func TestBeforeByName(t *testing.T) {
	late := At("zz-first-seen.yaml", 1, 1)
	early := At("aa-seen-second.yaml", 9, 9)
	if !early.Before(late) || late.Before(early) {
		t.Error("positions sort by the order their files were seen")
	}
	if !At("x.yaml", 2, 9).Before(At("x.yaml", 10, 1)) || !At("x.yaml", 2, 1).Before(At("x.yaml", 2, 3)) {
		t.Error("positions in one file sort by line, then column")
	}
}

// TestFilesAtOnce: files are numbered from many goroutines at once while
// others read names (run with -race).
func TestFilesAtOnce(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				name := fmt.Sprintf("f%d.yaml", (i*7+g)%300)
				if p := At(name, i+1, 1); p.File() != name {
					t.Errorf("At(%s).File() = %s", name, p.File())
					return
				}
			}
		}()
	}
	wg.Wait()
}
