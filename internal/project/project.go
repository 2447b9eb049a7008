// Package project is the one way into a project's data: Open loads the
// plan and the records, indexes the plan, resolves every record once into
// an entry (package entry) and runs the checks. Every command renders what
// a Snapshot holds; none loads, checks or counts by itself, so validate,
// status, report and diff cannot disagree.
package project

import (
	"io/fs"

	"github.com/kraj-hk/rrp/internal/check"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// ErrNoProject means the folder holds no plans/project.yaml: a usage error,
// not a finding.
var ErrNoProject = load.ErrNoProject

// ErrProjectNotFile means plans/project.yaml is a folder or a special
// file: a usage error too.
var ErrProjectNotFile = load.ErrProjectNotFile

// Options are what the checks need from outside the project's files.
type Options struct {
	// Today is the date records may not be later than without a warning.
	Today date.Date
	// Load is how OpenDir reads the files: with a cache of earlier runs,
	// with a progress report. It changes no finding and no figure.
	Load load.Options
}

// Snapshot is a project as it was read: its plan, its records resolved
// against the plan, and what the checks found.
type Snapshot struct {
	Project *plan.Project
	Index   *plan.Index
	Records []record.Record
	// Entries are the records resolved against the plan, one per record
	// in the same order.
	Entries []entry.Entry
	// PlanFiles and RecordFiles count the files read.
	PlanFiles, RecordFiles int
	// Private holds the places of the records' texts that hold personal
	// data: every output shows personal.Withheld instead (Private.Text).
	Private personal.Set
	opts    Options
	// comments are the files' comment lines, checked as values are.
	comments []source.Value[string]
	// read holds the findings of reading the files (form); found adds
	// those of the checks that do not depend on an as-of date. Check
	// adds the others.
	read    finding.List
	found   finding.List
	checked map[date.Date]*Checked
}

// Checked is what the checks found, sorted by place and de-duplicated,
// with its counts.
type Checked struct {
	Findings         []finding.Finding
	Errors, Warnings int
}

// Open reads the project in fsys; root is how file names begin in
// positions ("." or the folder the user named), so that they open from
// the user's working directory.
func Open(fsys fs.FS, root string, opts Options) (*Snapshot, error) {
	res, err := load.FSWith(fsys, root, opts.Load)
	if err != nil {
		return nil, err
	}
	return fromLoad(res, opts), nil
}

// OpenDir reads the project in the folder dir.
func OpenDir(dir string, opts Options) (*Snapshot, error) {
	res, err := load.DirWith(dir, opts.Load)
	if err != nil {
		return nil, err
	}
	return fromLoad(res, opts), nil
}

func fromLoad(res *load.Result, opts Options) *Snapshot {
	s := &Snapshot{
		Project:     res.Project,
		Index:       plan.NewIndex(res.Project),
		Records:     res.Records,
		PlanFiles:   res.PlanFiles,
		RecordFiles: res.RecordFiles,
		opts:        opts,
		read:        res.Findings,
		comments:    res.Comments,
	}
	s.resolve()
	return s
}

// ReadFindings are the findings of reading the files alone (syntax, keys,
// values of the wrong kind), sorted: what makes a file not read whole.
func (s *Snapshot) ReadFindings() []finding.Finding { return s.read.Sorted() }

// resolve makes the entries and runs the checks that need no as-of date.
func (s *Snapshot) resolve() {
	s.Entries = entry.Resolve(s.Index, s.Records)
	var found finding.List
	found.Merge(&s.read)
	check.All(s.Project, s.Index, s.Entries, check.Options{Today: s.opts.Today}, &found)
	check.Comments(s.Project, s.comments, &found)
	s.Private = check.Flagged(s.Records, &found)
	s.found.Merge(check.Withhold(s.Project, &found, s.Records, s.Private))
}

// With is the snapshot with more records, read from text that is not (yet)
// a file of the project: a record rrp new or rrp import is about to write,
// checked as rrp validate will check it once written. decoded holds the
// findings of reading them. The extra records come last, as files written
// later: a clash of ids is reported on them.
func (s *Snapshot) With(extra []record.Record, decoded *finding.List) *Snapshot {
	return s.with(extra, nil, decoded)
}

// with is With where the new records' file has comment lines too.
func (s *Snapshot) with(extra []record.Record, comments []source.Value[string], decoded *finding.List) *Snapshot {
	w := &Snapshot{
		Project:     s.Project,
		Index:       s.Index,
		Records:     append(s.Records[:len(s.Records):len(s.Records)], extra...),
		PlanFiles:   s.PlanFiles,
		RecordFiles: s.RecordFiles,
		opts:        s.opts,
		comments:    append(s.comments[:len(s.comments):len(s.comments)], comments...),
	}
	w.read.Merge(&s.read)
	w.read.Merge(decoded)
	w.resolve()
	return w
}

// WithFile is the snapshot with a records file that is not written yet:
// name and the text it will hold, its comments checked as validate will
// check them once it is written.
func (s *Snapshot) WithFile(name string, data []byte) *Snapshot {
	var decoded finding.List
	recs, comments := load.RecordsFile(name, data, &decoded)
	return s.with(recs, comments, &decoded)
}

// Check returns every finding: those of form and of the checks, and the
// over-target warnings counted as of asOf (zero: every dated record), so
// that a report as of a past day warns of what it shows.
func (s *Snapshot) Check(asOf date.Date) *Checked {
	if c, ok := s.checked[asOf]; ok {
		return c
	}
	var all finding.List
	all.Merge(&s.found)
	check.OverTarget(s.Project, s.figures(asOf), &all)
	c := &Checked{Findings: all.Sorted()}
	c.Errors, c.Warnings = finding.Count(c.Findings)
	if s.checked == nil {
		s.checked = map[date.Date]*Checked{}
	}
	s.checked[asOf] = c
	return c
}

// figures are what the records achieved as of asOf (zero: every dated
// record) by the fulfilment's count, for the warnings of outputs over
// their target; an opening figure over the target has a warning of its
// own.
func (s *Snapshot) figures(asOf date.Date) check.Figures {
	if asOf == 0 {
		asOf = date.Max
	}
	res := s.Fulfil(fulfil.Options{AsOf: asOf, Thresholds: fulfil.DefaultThresholds})
	var f check.Figures
	f.Outputs, f.Parts = res.Recorded()
	return f
}

// Options resolves what a user asked for against the project: the period,
// the key activity and the as-of date.
func (s *Snapshot) Options(req fulfil.Request) (fulfil.Options, error) {
	return req.Options(s.Project)
}

// Fulfil computes the fulfilment of the outputs as the options say.
func (s *Snapshot) Fulfil(opts fulfil.Options) *fulfil.Result {
	return fulfil.Compute(s.Project, s.Entries, opts)
}

// FindingsOf keeps the findings that concern one key activity: those in
// its plan file, in files holding its records, and in the project file,
// which concerns everyone. Findings in files no key activity can be told
// from are left to the whole-project report.
func (s *Snapshot) FindingsOf(fs []finding.Finding, ka string) []finding.Finding {
	files := map[string]bool{s.Project.File: true}
	for _, k := range s.Project.KeyActivities {
		if k.ID.Val == ka {
			files[k.File] = true
		}
	}
	for i := range s.Entries {
		if e := &s.Entries[i]; e.InKA(ka) {
			files[e.Rec.Pos.File()] = true
		}
	}
	var out []finding.Finding
	for _, f := range fs {
		if files[f.Pos.File()] {
			out = append(out, f)
		}
	}
	return out
}
