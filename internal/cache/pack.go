package cache

import (
	"bufio"
	"encoding/binary"
	"hash/crc32"
	"io"
	"os"
	"time"

	"github.com/kraj-hk/rrp/internal/safefile"
	"github.com/kraj-hk/rrp/internal/wire"
)

// Pack is the cache of one project: the payload of every file the last
// run read, by the file's path in the project and by its contents. Its
// lookups are safe from several goroutines at once.
type Pack struct {
	cache  *Cache
	root   string
	path   string
	opened time.Time
	// byPath and bySum index the pack read from disk.
	byPath map[string]Entry
	bySum  map[Sum][]byte
}

// Entry is what a pack holds of one file: where it is in the project, how
// it stood on disk and what it held when it was decoded, and the payload.
type Entry struct {
	Rel     string
	Stat    Stat
	Sum     Sum
	Payload []byte
}

// now is the clock; tests of the window of racy files stop it.
var now = time.Now

// Fast returns the entry of the file rel when the file stands on disk as
// it did when the pack was written (st: taken before the file is read, so
// a change during the read shows next time).
func (p *Pack) Fast(rel string, st Stat) (Entry, bool) {
	e, ok := p.byPath[rel]
	if !ok || !st.usable() || e.Stat != st {
		return Entry{}, false
	}
	return e, true
}

// Forget empties the pack as read: what it held is decoded again and the
// pack replaced. A nil pack forgets nothing.
func (p *Pack) Forget() {
	if p != nil {
		p.byPath, p.bySum = nil, nil
	}
}

// ByContent returns the payload of a file that held exactly the bytes
// whose sum is sum.
func (p *Pack) ByContent(sum Sum) ([]byte, bool) {
	payload, ok := p.bySum[sum]
	return payload, ok
}

// Save makes entries the project's pack, the files in them being all the
// files the project has now. It writes nothing when the pack on disk
// holds exactly those, and removes the packs used least recently when the
// cache has grown past its limit. A file changed shortly before this run
// began is kept without its stat: a second change within the file
// system's clock tick would not show in it, so such a file is found by its
// contents only.
func (p *Pack) Save(entries []Entry) error {
	racy := p.opened.Add(-racyWindow).UnixNano()
	for i := range entries {
		if entries[i].Stat.ModNano >= racy {
			entries[i].Stat = Stat{}
		}
	}
	if p.same(entries) {
		// Used again: the eviction goes by modification time.
		t := now()
		_ = os.Chtimes(p.path, t, t)
		return nil
	}
	if err := os.MkdirAll(p.cache.dir, 0o755); err != nil {
		return err
	}
	// Written aside and renamed, so that a run reading the pack meanwhile
	// sees the old one or the new one whole; not synced, since a pack cut
	// short by a crash fails its checksum and is ignored; private, since
	// it holds what the records say.
	o := safefile.Options{NoSync: true, Mode: 0o600}
	if err := safefile.WriteWith(p.path, o, func(w io.Writer) error { return p.encode(w, entries) }); err != nil {
		return err
	}
	return p.cache.evict(p.path)
}

// racyWindow is how long before a run a file's change may go unseen by
// its stat: the coarsest clock tick of common file systems (FAT's 2 s).
const racyWindow = 2 * time.Second

// same reports whether the pack read holds exactly entries.
func (p *Pack) same(entries []Entry) bool {
	if len(entries) != len(p.byPath) {
		return false
	}
	for _, e := range entries {
		old, ok := p.byPath[e.Rel]
		if !ok || old.Stat != e.Stat || old.Sum != e.Sum {
			return false
		}
	}
	return true
}

// A pack on disk:
//
//	magic, format version, build, project folder,
//	the number of entries, then each entry: path, stat (4 varints),
//	sum (32 bytes), payload (length and bytes),
//	and last a CRC-32C of all that comes before it.
const (
	magic         = "rrp-cache\n"
	formatVersion = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// encode writes the pack to w as it goes, the checksum last: the pack
// is never a second copy of the payloads in memory.
func (p *Pack) encode(w io.Writer, entries []Entry) error {
	sum := crc32.New(castagnoli)
	bw := bufio.NewWriterSize(io.MultiWriter(w, sum), 1<<16)
	b := make([]byte, 0, 256)
	b = append(b, magic...)
	b = binary.AppendUvarint(b, formatVersion)
	b = appendString(b, p.cache.build)
	b = appendString(b, p.root)
	b = binary.AppendUvarint(b, uint64(len(entries)))
	bw.Write(b)
	for _, e := range entries {
		b = appendString(b[:0], e.Rel)
		for _, v := range e.Stat.fields() {
			b = binary.AppendVarint(b, v)
		}
		b = append(b, e.Sum[:]...)
		b = binary.AppendUvarint(b, uint64(len(e.Payload)))
		bw.Write(b)
		bw.Write(e.Payload)
	}
	if err := bw.Flush(); err != nil { // a bufio.Writer keeps its first error
		return err
	}
	_, err := w.Write(binary.LittleEndian.AppendUint32(nil, sum.Sum32()))
	return err
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// read loads the pack from disk; any failure leaves it empty.
func (p *Pack) read() {
	data, err := readPackFile(p.path)
	if err == nil {
		err = p.decode(data)
	}
	if err != nil {
		p.byPath, p.bySum = nil, nil
	}
}

func (p *Pack) decode(data []byte) error {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return errDamaged
	}
	body := data[:len(data)-4]
	if crc32.Checksum(body, castagnoli) != binary.LittleEndian.Uint32(data[len(body):]) {
		return errDamaged
	}
	r := reader{wire.Reader{B: body[len(magic):], Damage: errDamaged}}
	if r.Uvarint() != formatVersion || r.string() != p.cache.build || r.string() != p.root {
		return errDamaged
	}
	n := r.Uvarint()
	if n > uint64(len(body)) {
		return errDamaged
	}
	p.byPath = make(map[string]Entry, n)
	p.bySum = make(map[Sum][]byte, n)
	for range n {
		var e Entry
		e.Rel = r.string()
		e.Stat = Stat{Size: r.Varint(), ModNano: r.Varint(), Inode: r.Varint(), ChangeNano: r.Varint()}
		copy(e.Sum[:], r.Bytes(len(e.Sum)))
		e.Payload = r.Bytes(int(min(r.Uvarint(), uint64(len(body)))))
		if r.Err != nil {
			return r.Err
		}
		p.byPath[e.Rel] = e
		p.bySum[e.Sum] = e.Payload
	}
	if len(r.B) != 0 {
		return errDamaged
	}
	return nil
}

// reader takes a pack apart; the first shortfall makes every later value
// zero and Err errDamaged.
type reader struct{ wire.Reader }

func (r *reader) string() string { return string(r.Bytes(int(min(r.Uvarint(), uint64(len(r.B)+1))))) }
