package importer

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// A row corrected in the sheet since the last import has another id (the
// id hashes the row's content), so without more it would be imported a
// second time beside its old record. rrp's files must stay as they are
// (their format is a contract), so the row's identity comes from what
// they already hold: the file's header names the sheet, and the records
// of one file are in the order of the sheet's rows.
//
// A record an earlier import of this sheet wrote that no row of the sheet
// matches any more is an orphan. Its neighbours in its file that still
// match a row pin where its row now is: between their rows. A new row is
// the orphan's correction when it lies in that gap and goes to the same
// folder (the same year and key activity), it is the only such row for
// the orphan, and the orphan the only one for it. So
//   - an unchanged sheet has no orphans and imports nothing;
//   - rows inserted anywhere leave no orphan and are imported as new;
//   - a corrected row replaces its record in its file;
//   - a row deleted from the sheet leaves its record as it is;
//   - a gap with more new rows than one (a row inserted beside the
//     corrected one) is ambiguous: every such row is imported as new and
//     the old record stays, rather than replace the wrong one.

// orphan is a record of an earlier import of the sheet that no row
// matches now, and where its row must be.
type orphan struct {
	rec          *record.Record
	file, folder string
	after        int // the row of the nearest earlier record in its file that a row matches (0: none)
	before       int // the row of the nearest later one (math.MaxInt: none)
}

// correction is a new row that replaces an orphan.
type correction struct {
	p   pending
	old *record.Record
}

// findCorrections takes from fresh the rows that correct a record of an
// earlier import of the sheet and returns them apart.
func findCorrections(in Input, fresh []pending, res *Result) ([]pending, []correction) {
	matched := map[string]int{}
	for _, r := range res.Rows {
		if r.Outcome == Already {
			matched[r.ID] = r.Row
		}
	}
	orphans := findOrphans(in, matched)
	if len(orphans) == 0 {
		return fresh, nil
	}
	candidates := make([][]int, len(orphans)) // indexes into fresh
	claims := make([]int, len(fresh))
	for i, o := range orphans {
		for k, p := range fresh {
			if p.hashed && o.after < p.row && p.row < o.before && plannedFolder(in, &p.rec) == o.folder {
				candidates[i] = append(candidates[i], k)
				claims[k]++
			}
		}
	}
	var corrections []correction
	taken := map[int]bool{}
	for i, o := range orphans {
		if len(candidates[i]) == 1 && claims[candidates[i][0]] == 1 {
			k := candidates[i][0]
			taken[k] = true
			corrections = append(corrections, correction{p: fresh[k], old: o.rec})
		}
	}
	var rest []pending
	for k, p := range fresh {
		if !taken[k] {
			rest = append(rest, p)
		}
	}
	return rest, corrections
}

// findOrphans lists the records of files an earlier import of this sheet
// wrote that no row matches now, with the gaps their rows must be in.
func findOrphans(in Input, matched map[string]int) []orphan {
	byFile := map[string][]*record.Record{}
	var files []string
	for i := range in.Snapshot.Records {
		r := &in.Snapshot.Records[i]
		if !strings.HasPrefix(r.ID.Val, IDPrefix) {
			continue
		}
		if byFile[r.Pos.File()] == nil {
			files = append(files, r.Pos.File())
		}
		byFile[r.Pos.File()] = append(byFile[r.Pos.File()], r)
	}
	header := headerLine(sourceName(in.Table))
	var out []orphan
	for _, file := range files {
		if firstLine(file) != header {
			continue
		}
		recs := byFile[file]
		slices.SortStableFunc(recs, func(a, b *record.Record) int { return int(a.Pos.Line) - int(b.Pos.Line) })
		out = append(out, orphansIn(file, recs, matched)...)
	}
	return out
}

// orphansIn returns the records of one file no row matches, each with the
// rows of its nearest matched neighbours.
func orphansIn(file string, recs []*record.Record, matched map[string]int) []orphan {
	var out []orphan
	for i, r := range recs {
		if _, ok := matched[r.ID.Val]; ok {
			continue
		}
		o := orphan{rec: r, file: file, folder: filepath.Clean(filepath.Dir(file)), before: math.MaxInt}
		for j := i - 1; j >= 0; j-- {
			if row, ok := matched[recs[j].ID.Val]; ok {
				o.after = row
				break
			}
		}
		for j := i + 1; j < len(recs); j++ {
			if row, ok := matched[recs[j].ID.Val]; ok {
				o.before = row
				break
			}
		}
		out = append(out, o)
	}
	return out
}

// plannedFolder is the folder a new record of the import goes to.
func plannedFolder(in Input, r *record.Record) string {
	return filepath.Clean(filepath.Join(in.Dir, filepath.FromSlash(recordfile.Folder(r.Date.Val, kaOf(in.Snapshot.Index, r.Output.Val)))))
}

// headerLine is the first line of a file imported from source.
func headerLine(source string) string { return "# Imported by rrp import from " + source + "." }

// firstLine is the first line of the file at path, "" when unreadable.
func firstLine(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	if s.Scan() {
		return strings.TrimPrefix(s.Text(), "\ufeff")
	}
	return ""
}

// withoutReplaced is the project without the records the corrections
// replace, so that the checks see each event once.
func withoutReplaced(s *project.Snapshot, cs []correction) *project.Snapshot {
	if len(cs) == 0 {
		return s
	}
	old := map[*record.Record]bool{}
	for _, c := range cs {
		old[c.old] = true
	}
	base := *s
	base.Records = nil
	for i := range s.Records {
		if !old[&s.Records[i]] {
			base.Records = append(base.Records, s.Records[i])
		}
	}
	return &base
}

// markCorrections gives the corrected rows their outcome.
func markCorrections(cs []correction, res *Result) {
	for _, c := range cs {
		for i := range res.Rows {
			if res.Rows[i].Row == c.p.row {
				res.Rows[i].Outcome = Replaced
				res.Rows[i].Replaces = c.old.ID.Val
				res.Rows[i].Path = c.old.Pos.File()
			}
		}
	}
}

func correctedRows(cs []correction) []pending {
	out := make([]pending, len(cs))
	for i, c := range cs {
		out[i] = c.p
	}
	return out
}

// planCorrections plans one file per corrected file: its old text with
// the replaced records swapped for the new.
func planCorrections(cs []correction) []*File {
	byPath := map[string]*File{}
	var files []*File
	for _, c := range cs {
		f := byPath[c.old.Pos.File()]
		if f == nil {
			f = &File{Path: c.old.Pos.File(), replaces: map[string]int{}}
			byPath[f.Path] = f
			files = append(files, f)
		}
		f.replaces[c.old.ID.Val] = len(f.Records)
		f.Records = append(f.Records, c.p.rec)
		f.Rows = append(f.Rows, c.p.row)
	}
	slices.SortFunc(files, func(a, b *File) int { return strings.Compare(a.Path, b.Path) })
	return files
}
