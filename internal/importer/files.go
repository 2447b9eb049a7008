package importer

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// File is a records file an import writes.
type File struct {
	Path    string
	Source  string // the sheet's file name (and sheet), for the header comment
	Records []record.Record
	Rows    []int // the rows the records came from
	base    string
	// replaces maps the id of each record a corrected file replaces to
	// the index of its replacement in Records; nil for a new file.
	replaces map[string]int
}

// Replaces reports whether the file is an existing one whose records
// corrected rows replace.
func (f *File) Replaces() bool { return f.replaces != nil }

// planFiles groups the new records by year and key activity into files
// records/<year>/<KA>/import-<sheet file>.yaml, the folders coordinators
// keep their records in; a name already taken gets -2, -3, … so no file is
// ever replaced.
func planFiles(in Input, fresh []pending, res *Result) []*File {
	ix := in.Snapshot.Index
	byPath := map[string]*File{}
	var files []*File
	stem := "import-" + cmp.Or(recordfile.Slug(strings.TrimSuffix(filepath.Base(in.Table.File), filepath.Ext(in.Table.File))), "sheet")
	for _, p := range fresh {
		dir := filepath.Join(in.Dir, filepath.FromSlash(recordfile.Folder(p.rec.Date.Val, kaOf(ix, p.rec.Output.Val))))
		base := filepath.Join(dir, stem)
		f := byPath[base]
		if f == nil {
			f = &File{Source: sourceName(in.Table), base: base}
			byPath[base] = f
			files = append(files, f)
		}
		f.Records = append(f.Records, p.rec)
		f.Rows = append(f.Rows, p.row)
	}
	slices.SortFunc(files, func(a, b *File) int { return cmp.Compare(a.base, b.base) })
	for _, f := range files {
		f.Path = freeName(f.base, 1)
	}
	// Each new row is told its file through a map: a search of every
	// file's rows for every row took seconds for a sheet of 50k rows.
	pathOf := make(map[int]string, len(fresh))
	for _, f := range files {
		for _, row := range f.Rows {
			pathOf[row] = f.Path
		}
	}
	for i := range res.Rows {
		if path, ok := pathOf[res.Rows[i].Row]; ok && res.Rows[i].Outcome == New {
			res.Rows[i].Path = path
		}
	}
	return files
}

// sourceName is the sheet's file name without its folder (the header
// comment must not depend on where rrp ran) and the sheet of a workbook.
func sourceName(t *Table) string {
	if t.Sheet != "" {
		return fmt.Sprintf("%s, sheet %q", filepath.Base(t.File), t.Sheet)
	}
	return filepath.Base(t.File)
}

// freeName returns base.yaml, else the first of base-2.yaml, base-3.yaml, …
// that does not exist yet, starting at n.
func freeName(base string, n int) string {
	for ; ; n++ {
		p := base + ".yaml"
		if n > 1 {
			p = fmt.Sprintf("%s-%d.yaml", base, n)
		}
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			return p
		}
	}
}

// kaOf is the id of the key activity the output belongs to, "" when the
// reference resolves to none.
func kaOf(ix *plan.Index, ref string) string {
	t, ok := ix.Resolve(ref)
	if !ok || t.Output.Activity == nil || t.Output.Activity.KA == nil {
		return ""
	}
	return t.Output.Activity.KA.ID.Val
}
