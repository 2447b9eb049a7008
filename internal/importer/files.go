package importer

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"rrp/internal/plan"
	"rrp/internal/record"
)

// File is a records file an import writes.
type File struct {
	Path    string
	Source  string // the sheet's file name (and sheet), for the header comment
	Records []record.Record
	Rows    []int // the rows the records came from
	base    string
}

// planFiles groups the new records by year and key activity into files
// records/<year>/<KA>/import-<sheet file>.yaml, the folders coordinators
// keep their records in; a name already taken gets -2, -3, … so no file is
// ever replaced.
func planFiles(in Input, fresh []pending, res *Result) []*File {
	ix := plan.NewIndex(in.Project)
	byPath := map[string]*File{}
	var files []*File
	stem := "import-" + slug(strings.TrimSuffix(filepath.Base(in.Table.File), filepath.Ext(in.Table.File)))
	for _, p := range fresh {
		dir := filepath.Join(in.Dir, "records", strconv.Itoa(p.rec.Date.Val.Time().Year()), kaFolder(ix, p.rec.Output.Val))
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
	for i := range res.Rows {
		for _, f := range files {
			if slices.Contains(f.Rows, res.Rows[i].Row) && res.Rows[i].Outcome == New {
				res.Rows[i].Path = f.Path
			}
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

var kaNumber = regexp.MustCompile(`^([A-Za-z]+)\s*0*([0-9]+)$`)

// kaFolder is the folder of the key activity the output belongs to, its
// number written with two digits (KA4 -> KA04) so folders sort in order.
func kaFolder(ix *plan.Index, ref string) string {
	t, ok := ix.Resolve(ref)
	if !ok || t.Output.Activity == nil || t.Output.Activity.KA == nil {
		return "other"
	}
	id := t.Output.Activity.KA.ID.Val
	if m := kaNumber.FindStringSubmatch(id); m != nil {
		n, _ := strconv.Atoi(m[2])
		return fmt.Sprintf("%s%02d", strings.ToUpper(m[1]), n)
	}
	return slug(id)
}

// slug makes a name safe and plain for a file name: lower case, no
// diacritics, a dash for anything but letters and digits.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Normalize(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "sheet"
	}
	return b.String()
}
