package source

import (
	"sync"
	"sync/atomic"
)

// FileID stands for a file's name in positions: 0 for none, n for the n-th
// name a position was made with in this process. Numbers are handed out
// once and never reused, so two positions in one file compare equal, and
// a name is found again from its number without a lock.
type FileID uint32

// files is the table of names; it only grows, by the names of the files
// a process reads (a project's few hundred, a test's few thousand).
var files struct {
	mu    sync.Mutex
	index map[string]FileID
	// names is published whole after each addition: a name once in it is
	// never changed, so readers take it without the lock.
	names atomic.Pointer[[]string]
}

// IDOf is the number of the file name; "" is 0, no file.
func IDOf(name string) FileID {
	if name == "" {
		return 0
	}
	files.mu.Lock()
	defer files.mu.Unlock()
	if f, ok := files.index[name]; ok {
		return f
	}
	if files.index == nil {
		files.index = map[string]FileID{}
	}
	var names []string
	if p := files.names.Load(); p != nil {
		names = *p
	}
	// Appending writes past the end every reader's copy ends at, or into
	// a new array: what readers see stays as it was.
	names = append(names, name)
	files.names.Store(&names)
	f := FileID(len(names))
	files.index[name] = f
	return f
}

// Name is the file's name; "" for 0.
func (f FileID) Name() string {
	if f == 0 {
		return ""
	}
	return (*files.names.Load())[f-1]
}

// At is a position in the file.
func (f FileID) At(line, col int) Pos {
	return Pos{file: f, Line: int32(line), Col: int32(col)}
}
