// Package importer turns the rows of a coordinator's spreadsheet (CSV or
// xlsx) into records: it maps columns to record keys, converts Czech
// numbers and dates, checks the new records with the project's own rules,
// skips rows imported before, and plans the new record files. It never
// prints; Write writes the planned files all or none.
package importer

import (
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/record"
)

// Input is what an import needs.
type Input struct {
	Table   *Table
	Mapping *Mapping // nil: the default headers only
	// Snapshot is the project as it is: its records' ids tell which rows
	// were imported before, and the checks see them with the new ones.
	Snapshot *project.Snapshot
	// Dir is the project's root; the new files go below Dir/records.
	Dir string
	// Progress, when not nil, is told how many of the sheet's rows are
	// converted: what takes long in a sheet of many thousand rows.
	Progress func(done, total int)
}

// Outcome is what became of a row.
type Outcome string

// The outcomes of a row.
const (
	New      Outcome = "new"
	Already  Outcome = "already imported"
	Empty    Outcome = "empty"
	Rejected Outcome = "error"
	// Replaced is a row changed since it was imported: its record
	// replaces the one the earlier import wrote (Replaces), in its file.
	Replaced Outcome = "replaces"
)

// RowResult is one data row's outcome.
type RowResult struct {
	Row     int
	Outcome Outcome
	ID      string
	Path    string // the file a new record goes to, or the corrected file
	// Replaces is the id of the record a corrected row replaces.
	Replaces string
}

// Result is a prepared import. Nothing may be written when Findings hold
// an error.
type Result struct {
	Rows     []RowResult
	Findings []finding.Finding // sorted; in the sheet's terms (finding.SheetPos) or the mapping file's
	Files    []*File
	Ignored  []string // headers of columns not imported
}

// Count returns how many rows had the outcome.
func (r *Result) Count(o Outcome) int {
	n := 0
	for _, row := range r.Rows {
		if row.Outcome == o {
			n++
		}
	}
	return n
}

// OK reports whether the import may be written.
func (r *Result) OK() bool { return !hasErrors(r.Findings) }

// hasErrors reports whether any of fs is an error.
func hasErrors(fs []finding.Finding) bool {
	errs, _ := finding.Count(fs)
	return errs > 0
}

// Prepare converts and checks every row and plans the files, writing
// nothing.
func Prepare(in Input) *Result {
	m := in.Mapping
	if m == nil {
		m = &Mapping{}
	}
	res := &Result{}
	l, ps := findLayout(in.Table, m, in.Snapshot.Project)
	res.Findings = append(res.Findings, ps...)
	if l == nil {
		return res
	}
	res.Ignored = l.ignored
	if hasErrors(ps) {
		return finish(res)
	}
	fresh, rejected := convertRows(in, m, l, res)
	fresh, corrections := findCorrections(in, fresh, res)
	markCorrections(corrections, res)
	checked := in
	checked.Snapshot = withoutReplaced(in.Snapshot, corrections)
	checkRecords(checked, m, l, append(fresh, correctedRows(corrections)...), rejected, res)
	if res.OK() {
		res.Files = append(planFiles(in, fresh, res), planCorrections(corrections)...)
	}
	return finish(res)
}

// pending is a new record and the row it came from.
type pending struct {
	row int
	rec record.Record
	// hashed: the id is the hash of the row's content, not the sheet's.
	hashed bool
}

// convertRows converts the rows below the header, gives each record its
// id and sets apart the rows imported before. It returns the new records
// and, apart, what could be read of the rows with errors.
func convertRows(in Input, m *Mapping, l *layout, res *Result) (fresh, rejected []pending) {
	c := newConverter(in.Table, m, l, in.Snapshot.Project)
	existing := map[string]bool{}
	for _, r := range in.Snapshot.Records {
		if r.ID.IsSet() {
			existing[r.ID.Val] = true
		}
	}
	seen := map[string]int{}
	rows := in.Table.Rows[l.header+1:]
	for i, row := range rows {
		if in.Progress != nil {
			in.Progress(i, len(rows))
		}
		if row.IsEmpty() {
			res.Rows = append(res.Rows, RowResult{Row: row.N, Outcome: Empty})
			continue
		}
		rec, ps := c.row(row)
		res.Findings = append(res.Findings, ps...)
		if hasErrors(ps) {
			res.Rows = append(res.Rows, RowResult{Row: row.N, Outcome: Rejected})
			rejected = append(rejected, pending{row: row.N, rec: rec})
			continue
		}
		hashed := !rec.ID.IsSet()
		if hashed {
			canon := Canonical(&rec)
			seen[canon]++
			rec.ID.Val = HashID(canon, seen[canon])
			rec.ID.Pos = rec.Pos
			// A row imported before with the id of hexadecimal digits
			// is imported already.
			if legacy := LegacyHashID(canon, seen[canon]); existing[legacy] {
				rec.ID.Val = legacy
			}
		}
		if existing[rec.ID.Val] {
			res.Rows = append(res.Rows, RowResult{Row: row.N, Outcome: Already, ID: rec.ID.Val})
			continue
		}
		res.Rows = append(res.Rows, RowResult{Row: row.N, Outcome: New, ID: rec.ID.Val})
		fresh = append(fresh, pending{row: row.N, rec: rec, hashed: hashed})
	}
	if in.Progress != nil {
		in.Progress(len(rows), len(rows))
	}
	return fresh, rejected
}

// checkRecords runs the project's checks (those of rrp validate) on the
// existing and the new records together, and keeps what they find in the
// sheet or the mapping file; the existing files' own findings are
// rrp validate's business. What could be read of a row with errors is
// checked too, so that one run lists all of a row's mistakes.
func checkRecords(in Input, m *Mapping, l *layout, fresh, rejected []pending, res *Result) {
	extra := make([]record.Record, 0, len(fresh)+len(rejected))
	for _, p := range fresh {
		extra = append(extra, p.rec)
	}
	for _, p := range rejected {
		extra = append(extra, p.rec)
	}
	bad := map[int]bool{}
	for _, f := range in.Snapshot.With(extra, &finding.List{}).Check(0).Findings {
		p, ok := fromFinding(f, in.Table, m, l)
		if !ok {
			continue
		}
		res.Findings = append(res.Findings, inSheetTerms(p, l))
		if p.Severity == finding.Error && p.Sheet != nil && p.Sheet.Row > 0 {
			bad[p.Sheet.Row] = true
		}
	}
	for i := range res.Rows {
		if o := res.Rows[i].Outcome; bad[res.Rows[i].Row] && (o == New || o == Replaced) {
			res.Rows[i].Outcome = Rejected
		}
	}
}

// fromFinding says a finding of the checks in the sheet's terms: the
// converted records' positions are the sheet's rows and column numbers.
// A finding in the mapping file stays at its line and column.
func fromFinding(f finding.Finding, t *Table, m *Mapping, l *layout) (finding.Finding, bool) {
	switch f.Pos.File() {
	case t.File:
		s := &finding.SheetPos{Row: int(f.Pos.Line)}
		if f.Pos.Col > 0 {
			s.Index = int(f.Pos.Col) - 1
			s.Column = l.headerOf(s.Index)
		}
		f.Sheet = s
		return f, true
	case m.File:
		return f, m.File != ""
	}
	return f, false
}

// inSheetTerms rewords the hints of the checks that speak of YAML keys
// and file positions where the sheet has columns and rows.
func inSheetTerms(p finding.Finding, l *layout) finding.Finding {
	if p.Sheet == nil || p.Sheet.Row == 0 {
		return p
	}
	header := func(key string) (string, bool) {
		for _, c := range l.cols {
			if c.key == key {
				return c.header, true
			}
		}
		return "", false
	}
	switch p.Code {
	case finding.CodeHoursMissing:
		if h, ok := header(KeyHours); ok {
			return p.WithHint("fill in column %q with the duration, e.g. 1,5", h)
		}
		return p.WithHintText(i18n.T("add a column hodiny (hours) with the duration, e.g. 1,5"))
	case finding.CodeNoEvidence:
		if h, ok := header(KeyEvidence); ok {
			return p.WithHint("fill in column %q with the attendance sheet or other proof", h)
		}
		return p.WithHintText(i18n.T("add a column doklad (evidence) with the attendance sheet or other proof"))
	case finding.CodeDuplicateID:
		return p.WithHintText(i18n.T("give the row another id"))
	}
	return p
}

// finish sorts the findings and drops repeats: a wrong fixed value is
// found once per row but is one mistake.
func finish(res *Result) *Result {
	res.Findings = finding.Sort(res.Findings)
	return res
}
