//go:build unix

package cache

import (
	"math"
	"os"
	"syscall"
)

// readPackFile maps the pack into memory, read-only, rather than reading
// it. A warm run's records keep their texts in the pack, so the pack is
// the largest thing the run holds after the records themselves; a mapping
// uses the pages the system already caches for the file, where reading
// copies them into fresh memory, which some machines give out slowly (a
// 25 MB pack: some 130 ms read and checksummed, 12 ms mapped).
//
// The mapping is never undone: the strings of the records decoded from it
// point into it for as long as the process runs, and a process opens a
// project's pack once (rrp diff twice: once more for a revision). Packs
// are only ever replaced (written aside, then renamed) or removed, never
// changed in place, so the mapped bytes stay those whose checksum was
// verified.
func readPackFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := info.Size()
	if size <= 0 || size > math.MaxInt32 || !info.Mode().IsRegular() {
		return os.ReadFile(path)
	}
	data, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE|mapPopulate)
	if err != nil {
		return os.ReadFile(path)
	}
	return data, nil
}
