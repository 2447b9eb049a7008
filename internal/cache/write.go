package cache

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// writeAtomic writes what write makes to path through a temporary file in
// dir renamed over it, so that a run reading the pack meanwhile sees the
// old one or the new one whole. It does not sync: a pack cut short by a
// crash fails its checksum and is ignored.
func writeAtomic(dir, path string, write func(io.Writer) error) (err error) {
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*"+tmpExt)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

const tmpExt = ".tmp"

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
		case strings.HasSuffix(d.Name(), tmpExt) && now().Sub(info.ModTime()) > staleTmp:
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
