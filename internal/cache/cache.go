// Package cache keeps what rrp decoded from a project's files between
// runs, so that a second run over unchanged files does not parse their
// YAML again. It stores opaque payloads (the loader's encoding of one
// file's records and findings), one pack per project and build of rrp:
// each payload is found by the file's contents (a SHA-256 of its bytes),
// or, faster, by its size, modification time and inode when those have not
// changed since the pack was written.
//
// A pack is written whole to a temporary file and renamed into place, so
// two runs at once each see a whole pack; it carries a checksum, so a
// damaged pack reads as none. Packs of other builds of rrp are never
// read: a change of the decoder cannot reuse what an older one decoded.
// The folder is kept below a size limit by removing the packs used least
// recently.
package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
)

// DefaultLimit is how large the cache folder may grow: a pack holds some
// 200 bytes per record, so a million records take a fifth of it.
const DefaultLimit = 1 << 30

// Sum is the SHA-256 of a file's bytes: the address of its payload.
type Sum [sha256.Size]byte

// SumOf returns the address of data.
func SumOf(data []byte) Sum { return sha256.Sum256(data) }

// Cache is a cache folder used by one build of rrp.
type Cache struct {
	dir   string
	build string
	// Limit is the most bytes the packs may take together.
	Limit int64
}

// New returns the cache in dir for the running build of rrp ("" for dir:
// the user's cache folder, e.g. ~/.cache/rrp). It fails when there is no
// such folder; the caller then runs without a cache.
func New(dir string) (*Cache, error) {
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, err
		}
		dir = filepath.Join(base, "rrp")
	}
	if !filepath.IsAbs(dir) {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		dir = abs
	}
	return &Cache{dir: dir, build: BuildKey(), Limit: DefaultLimit}, nil
}

// ForBuild is New with the build named: for tests of what a change of
// build does.
func ForBuild(dir, build string) *Cache {
	return &Cache{dir: dir, build: build, Limit: DefaultLimit}
}

// Dir is the cache's folder.
func (c *Cache) Dir() string { return c.dir }

// Project returns the pack of the project whose folder is root (an
// absolute path with links resolved), as the last run left it; a pack
// that is missing, of another build or damaged is an empty one.
func (c *Cache) Project(root string) *Pack {
	p := &Pack{cache: c, root: root, path: c.packPath(root), opened: now()}
	p.read()
	return p
}

// packPath names a project's pack after its folder and the build: a
// project opened by two builds has two packs, neither read by the other.
func (c *Cache) packPath(root string) string {
	h := sha256.New()
	h.Write([]byte(root))
	h.Write([]byte{0})
	h.Write([]byte(c.build))
	return filepath.Join(c.dir, hex.EncodeToString(h.Sum(nil)[:16])+packExt)
}

const packExt = ".pack"

// errDamaged means a pack could not be read as one: it is ignored.
var errDamaged = errors.New("damaged cache pack")
