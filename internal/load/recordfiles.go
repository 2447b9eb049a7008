package load

import (
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/kraj-hk/rrp/internal/cache"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// Options are what a load may use besides the project's files.
type Options struct {
	// Cache, when not nil, keeps what each records file decoded to
	// between runs: a file unchanged since an earlier run is not parsed
	// again. Findings about the project as a whole are never cached.
	Cache *cache.Cache
	// Progress, when not nil, is told after each records file is read
	// how many of how many are. It is called from one goroutine at a time.
	Progress func(done, total int)
	// Lender, with Cache, is the folder of a project whose pack a load
	// from an fs.FS (a git revision of that project) may take payloads
	// from, by the files' contents: most files of a revision are as they
	// are in the folder. The pack is only read, never saved.
	Lender string
}

// recordsFile is what reading one records file gave: the payload of what
// it holds, or (rarely: a finding argument the payload has no form for)
// what it holds as decoded; neither when it could not be read.
type recordsFile struct {
	payload []byte
	decoded *decodedFile
	// entry is the file's entry for the cache; Rel "" when none.
	entry cache.Entry
}

type decodedFile struct {
	records  []record.Record
	comments []source.Value[string]
	found    finding.List
}

// loadRecords reads the records files into res in two steps. The first
// reads each file (or takes it from the cache) into its payload, in
// parallel; the second, knowing how many records every file holds,
// decodes every payload straight into its place in the one slice of the
// project's records. No second copy of the records is made, and a run with
// the cache and one without decode the same way.
func loadRecords(t *tree, files []string, res *Result, opts Options) {
	pack, own := t.pack(opts)
	read, ok := readRecords(t, files, res, pack, opts.Progress, false)
	if !ok {
		// A payload did not decode: its checksum passed, yet it is not
		// what this build wrote. Every file is read again and kept as
		// decoded, which cannot fail so, and the pack is emptied.
		pack.Forget()
		read, _ = readRecords(t, files, res, nil, opts.Progress, true)
	}
	if own {
		entries := make([]cache.Entry, 0, len(read))
		for _, f := range read {
			if f.entry.Rel != "" {
				entries = append(entries, f.entry)
			}
		}
		_ = pack.Save(entries) // the cache only saves time: a run without it is as right
	}
}

// pack is the cache pack a load reads files through: the project's own,
// which it saves, or for a tree not on disk the lender's, only read.
func (t *tree) pack(opts Options) (pack *cache.Pack, own bool) {
	switch {
	case opts.Cache == nil:
		return nil, false
	case t.real != "":
		return opts.Cache.Project(t.real), true
	case opts.Lender != "":
		return opts.Cache.Project(realPath(opts.Lender)), false
	}
	return nil, false
}

// readRecords does the two steps of loadRecords; false when a payload
// does not decode, res then unchanged. With decoded, no file is made a
// payload.
func readRecords(t *tree, files []string, res *Result, pack *cache.Pack, progress func(done, total int), decoded bool) ([]recordsFile, bool) {
	var found finding.List
	read := readRecordFiles(t, files, pack, progress, decoded, &found)
	if !placeRecords(t, files, read, res, &found) {
		return nil, false
	}
	res.Findings.Merge(&found)
	return read, true
}

// readRecordFiles is the first step of loadRecords.
func readRecordFiles(t *tree, files []string, pack *cache.Pack, progress func(done, total int), decoded bool, fl *finding.List) []recordsFile {
	tell := progressOf(progress, len(files))
	return parallel(files, func(rel string, out *finding.List) recordsFile {
		defer tell()
		return readRecordFile(t, rel, pack, decoded, out)
	}, fl)
}

// decoding holds a place for each file being decoded, one for each core.
// Files are read by more workers than cores, since a small file waits on
// the file system more than on a core; but a file being decoded holds its
// YAML tree, some ten times the file, so more of them at once than cores
// only hold more memory (100k records in files of 1000: 172 MB with eight
// at once, 140 MB with two, and 6 % faster for it).
var decoding = make(chan struct{}, runtime.GOMAXPROCS(0))

// readRecordFile reads one records file: from the pack when the file
// stands on disk as it did, else from the tree, then from the pack when
// its bytes are known, else by decoding them. A file not on disk (of a
// git revision) has no stat to go by.
func readRecordFile(t *tree, rel string, pack *cache.Pack, decoded bool, out *finding.List) recordsFile {
	name, path := display(t.root, rel), t.source(rel)
	var st cache.Stat
	if pack != nil && t.real != "" {
		// The stat is taken before the read: a change during the read
		// then shows as a changed stat next time.
		if info, err := fs.Stat(t.fsys, path); err == nil {
			st = cache.StatOf(info)
			if e, ok := pack.Fast(rel, st); ok {
				return recordsFile{payload: e.Payload, entry: e}
			}
		}
	}
	data, ok := readFile(t.fsys, path, name, out)
	if !ok {
		return recordsFile{}
	}
	var sum cache.Sum
	if pack != nil {
		sum = cache.SumOf(data)
		if payload, ok := pack.ByContent(sum); ok {
			return recordsFile{payload: payload, entry: cache.Entry{Rel: rel, Stat: st, Sum: sum, Payload: payload}}
		}
	}
	decoding <- struct{}{}
	defer func() { <-decoding }()
	d := &decodedFile{}
	d.records, d.comments = decodeRecordsFile(name, data, &d.found)
	if decoded {
		return recordsFile{decoded: d}
	}
	payload, err := encodeRecordsFile(name, d.records, d.comments, d.found.Sorted())
	if err != nil {
		return recordsFile{decoded: d}
	}
	f := recordsFile{payload: payload}
	if pack != nil {
		f.entry = cache.Entry{Rel: rel, Stat: st, Sum: sum, Payload: payload}
	}
	return f
}

// progressOf counts the files read for progress; nil tells nothing.
func progressOf(progress func(done, total int), total int) func() {
	if progress == nil {
		return func() {}
	}
	var mu sync.Mutex
	done := 0
	return func() {
		mu.Lock()
		defer mu.Unlock()
		done++
		progress(done, total)
	}
}

// placeRecords is the second step of loadRecords: every file's records
// and comment lines decoded into their place, its findings added. It
// reports false when a payload does not decode.
func placeRecords(t *tree, files []string, read []recordsFile, res *Result, found *finding.List) bool {
	type span struct{ rec, com, recs, coms int }
	spans := make([]span, len(read))
	var recs, coms int
	for i, f := range read {
		n, c := 0, 0
		switch {
		case f.decoded != nil:
			n, c = len(f.decoded.records), len(f.decoded.comments)
		case f.payload != nil:
			var err error
			if n, c, _, err = payloadCounts(f.payload); err != nil {
				return false
			}
		}
		spans[i] = span{recs, len(res.Comments) + coms, n, c}
		recs, coms = recs+n, coms+c
	}
	defer pauseCollection()()
	records := make([]record.Record, recs)
	comments := make([]source.Value[string], len(res.Comments)+coms)
	copy(comments, res.Comments)
	var failed atomic.Bool
	each(len(read), func(i int, out *finding.List) {
		f, s := &read[i], spans[i]
		into, comm := records[s.rec:s.rec+s.recs], comments[s.com:s.com+s.coms]
		switch {
		case f.decoded != nil:
			copy(into, f.decoded.records)
			copy(comm, f.decoded.comments)
			out.Merge(&f.decoded.found)
		case f.payload != nil:
			if decodePayload(display(t.root, files[i]), f.payload, into, comm, out) != nil {
				failed.Store(true)
			}
		}
	}, found)
	if failed.Load() {
		return false
	}
	res.Records, res.Comments = records, comments
	return true
}
