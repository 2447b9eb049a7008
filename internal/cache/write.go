package cache

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/kraj-hk/rrp/internal/safefile"
)

// staleTmp is how old a temporary file is when the run writing it has
// surely ended (it was stopped half-way).
const staleTmp = time.Hour

// evict removes the packs used least recently until the packs take no
// more than the limit, never keep (the pack just written), and the
// temporary files of runs stopped half-way. A pack another run is reading
// stays readable to it; one it is about to read is missing, which is a
// miss.
func (c *Cache) evict(keep string) error {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return err
	}
	type pack struct {
		path string
		size int64
		mod  time.Time
	}
	var packs []pack
	var total int64
	for _, d := range entries {
		info, err := d.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		path := filepath.Join(c.dir, d.Name())
		switch {
		case strings.HasSuffix(d.Name(), safefile.TempSuffix) && now().Sub(info.ModTime()) > staleTmp:
			os.Remove(path)
		case strings.HasSuffix(d.Name(), packExt):
			packs = append(packs, pack{path, info.Size(), info.ModTime()})
			total += info.Size()
		}
	}
	slices.SortFunc(packs, func(a, b pack) int { return a.mod.Compare(b.mod) })
	for _, p := range packs {
		if total <= c.Limit {
			break
		}
		if p.path == keep {
			continue
		}
		if os.Remove(p.path) == nil {
			total -= p.size
		}
	}
	return nil
}
