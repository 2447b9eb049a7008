// Package load reads a project directory (plans/project.yaml, the other
// plan files and every records file) into the typed model, in parallel,
// collecting a finding for everything that is not well-formed. It never
// writes and never panics on any input.
package load

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// Layout of a project directory.
const (
	PlansDir    = "plans"
	RecordsDir  = "records"
	ProjectFile = "plans/project.yaml"
	// ImportJournal is where rrp import lists the files of an import it
	// is moving into place; left behind, the import is unfinished.
	ImportJournal = "records/.rrp-import.journal"
)

// ErrNoProject means the directory is not an rrp project at all: a usage
// error, not a finding.
var ErrNoProject = i18n.Errorf("no plans/project.yaml")

// ErrProjectNotFile means plans/project.yaml is there but is a folder or
// another thing that is not a file: a usage error too, since nothing of
// the project can be read.
var ErrProjectNotFile = i18n.Errorf("plans/project.yaml is not a file")

// Result is a loaded project. Project is never nil (it may be empty when
// project.yaml did not parse); Findings hold every problem of form.
type Result struct {
	Project     *plan.Project
	Records     []record.Record
	Findings    finding.List
	PlanFiles   int
	RecordFiles int
	// Comments are the comment lines of every file read, each at its
	// '#': for the personal-data check, which reads them as values.
	Comments []source.Value[string]
}

// Dir loads the project in dir. Paths in positions are dir joined with the
// file's path inside the project, so they open from the caller's working
// directory.
func Dir(dir string) (*Result, error) { return DirWith(dir, Options{}) }

// DirWith is Dir with options: a cache of earlier runs, a progress report.
func DirWith(dir string, opts Options) (*Result, error) {
	folder := dir
	if folder == "" {
		folder = "." // os.DirFS takes no empty root
	}
	return loadTree(&tree{fsys: os.DirFS(folder), root: dir, real: realPath(dir)}, opts)
}

// FS loads the project at the top of fsys (a git revision, a test's map).
// Paths in positions are root joined with the file's path inside the
// project, as Dir joins dir. Symbolic links are followed within fsys only:
// one that leaves it leads out of the project.
func FS(fsys fs.FS, root string) (*Result, error) { return FSWith(fsys, root, Options{}) }

// FSWith is FS with options: the pack of a project folder to take
// payloads from (Options.Lender), a progress report.
func FSWith(fsys fs.FS, root string, opts Options) (*Result, error) {
	return loadTree(&tree{fsys: fsys, root: root}, opts)
}

// loadTree reads the project t: the work of Dir and FS.
func loadTree(t *tree, opts Options) (*Result, error) {
	info, err := fs.Stat(t.fsys, ProjectFile)
	if err != nil {
		return nil, i18n.Errorf("%w in %s", ErrNoProject, t.root)
	}
	if !info.Mode().IsRegular() {
		return nil, projectNotFile(t.root, info)
	}
	var links finding.List
	planFiles, err := t.yamlFiles(PlansDir, &links)
	if err != nil {
		return nil, err
	}
	recordFiles, err := t.yamlFiles(RecordsDir, &links)
	if err != nil {
		return nil, err
	}
	res := &Result{PlanFiles: len(planFiles), RecordFiles: len(recordFiles)}
	res.Findings.Merge(&links)
	t.unfinishedImport(&res.Findings)
	res.Project = loadPlan(t, planFiles, res)
	loadRecords(t, recordFiles, res, opts)
	return res, nil
}

// isYAML reports whether rrp reads the file: its name ends in .yaml or
// .yml in any case, since Windows programs save A.YAML as readily as a.yaml
// and the coordinator meant the data to count either way.
func isYAML(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// display is the name a file has in findings.
func display(dir, rel string) string {
	if dir == "" || dir == "." {
		return rel
	}
	return filepath.ToSlash(filepath.Join(dir, rel))
}

// planFile is what one plan file holds.
type planFile struct {
	ka       *plan.KeyActivity
	comments []source.Value[string]
}

func loadPlan(t *tree, files []string, res *Result) *plan.Project {
	fs := &res.Findings
	var p *plan.Project
	read := parallel(files, func(rel string, out *finding.List) (f planFile) {
		name := display(t.root, rel)
		data, ok := readFile(t.fsys, t.source(rel), name, out)
		if rel == ProjectFile {
			p, f.comments = decodeProjectFile(name, data, ok, out)
			return f
		}
		if !ok {
			return f
		}
		f.ka, f.comments = decodeKeyActivityFile(name, data, out)
		return f
	}, fs)
	if p == nil { // project.yaml is there but not a regular file
		p = &plan.Project{File: display(t.root, ProjectFile)}
	}
	for _, f := range read {
		if f.ka != nil {
			p.KeyActivities = append(p.KeyActivities, f.ka)
		}
		res.Comments = append(res.Comments, f.comments...)
	}
	if len(p.Periods) == 0 && p.Start.IsSet() && p.End.IsSet() {
		p.Periods = plan.CutPeriods(p.Start.Val, p.End.Val)
		p.DefaultPeriods = true
	}
	for _, ka := range p.KeyActivities {
		territoryOfKA(p, ka, fs)
	}
	return p
}

// territoryOfKA gives a key activity that names no territory the
// project's only one; in a project of several, it must name its own.
func territoryOfKA(p *plan.Project, ka *plan.KeyActivity, fs *finding.List) {
	if ka.Territory.IsSet() || slices.Contains(ka.Unread, "territory") || slices.Contains(ka.Unread, plan.AllUnread) {
		return
	}
	if len(p.Territories) == 1 {
		ka.Territory.Val = p.Territories[0].ID.Val
		return
	}
	if p.IsUnread("territories") {
		return
	}
	fs.Errorf(ka.Pos, finding.CodeMissingKey, "add a line territory: …", "key activity: missing key %q", "territory")
}

// decodeProject decodes plans/project.yaml; it returns an empty project,
// marked unread, when the file could not be read or parsed, so checks can
// still run.
func decodeProject(name string, data []byte, readOK bool, fs *finding.List) *plan.Project {
	p, _ := decodeProjectFile(name, data, readOK, fs)
	return p
}

// decodeProjectFile is decodeProject with the file's comment lines.
func decodeProjectFile(name string, data []byte, readOK bool, fs *finding.List) (*plan.Project, []source.Value[string]) {
	unread := &plan.Project{File: name, Unread: []string{plan.AllUnread}}
	if !readOK {
		return unread, nil
	}
	r := &reader{file: name, at: source.IDOf(name), fs: fs}
	n, comments := parseCommented(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Errorf(r.pos0(), finding.CodeEmptyFile, "describe the project: id, name, start, end, target_groups, territories", "the project file is empty")
		}
		return unread, comments
	}
	return r.project(n), comments
}

// decodeKeyActivity decodes one key-activity plan file.
func decodeKeyActivity(name string, data []byte, fs *finding.List) *plan.KeyActivity {
	ka, _ := decodeKeyActivityFile(name, data, fs)
	return ka
}

// decodeKeyActivityFile is decodeKeyActivity with the file's comment lines.
func decodeKeyActivityFile(name string, data []byte, fs *finding.List) (*plan.KeyActivity, []source.Value[string]) {
	r := &reader{file: name, at: source.IDOf(name), fs: fs}
	n, comments := parseCommented(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Errorf(r.pos0(), finding.CodeEmptyFile, "describe one key activity (id, title, territory, activities) or delete the file", "the plan file is empty")
		}
		return nil, comments
	}
	return r.keyActivity(n), comments
}

// decodeRecords decodes one records file.
func decodeRecords(name string, data []byte, fs *finding.List) []record.Record {
	recs, _ := decodeRecordsFile(name, data, fs)
	return recs
}

// decodeRecordsFile is decodeRecords with the file's comment lines.
func decodeRecordsFile(name string, data []byte, fs *finding.List) ([]record.Record, []source.Value[string]) {
	r := &reader{file: name, at: source.IDOf(name), fs: fs}
	n, comments := parseCommented(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Warnf(r.pos0(), finding.CodeEmptyFile, "add a record or delete the file", "the records file is empty")
		}
		return nil, comments
	}
	return r.records(n), comments
}

// parallel runs load on every file on all cores and returns the results in
// file order. It runs more workers than cores because small files spend
// much of their time in open and read, waiting on the file system (records
// files are decoded no more at once than there are cores: decoding). Each
// file's findings are merged into fs in file order too, so
// the outcome does not depend on scheduling.
func parallel[T any](files []string, load func(rel string, fs *finding.List) T, fs *finding.List) []T {
	results := make([]T, len(files))
	each(len(files), func(i int, out *finding.List) { results[i] = load(files[i], out) }, fs)
	return results
}

// each runs work for 0 … n-1 on all cores, as parallel does, merging the
// findings of each into fs in that order.
func each(n int, work func(i int, fs *finding.List), fs *finding.List) {
	lists := make([]finding.List, n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(4*runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				work(i, &lists[i])
			}
		}()
	}
	wg.Wait()
	for i := range lists {
		fs.Merge(&lists[i])
	}
}

// FindRoot returns the project root for dir: dir itself when it holds
// plans/project.yaml, otherwise the nearest folder above it that does (so
// rrp works from inside records/2025/ as git does from a subfolder). The
// result is relative when dir is, so paths in findings stay short and open
// from the working directory. Without a project anywhere above, it returns
// dir unchanged.
func FindRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	if info, err := os.Stat(abs); err != nil || !info.IsDir() {
		return dir // let loading say the folder is missing
	}
	up := dir
	for {
		if _, err := os.Stat(filepath.Join(abs, ProjectFile)); err == nil {
			return filepath.Clean(up)
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return dir
		}
		abs, up = parent, filepath.Join(up, "..")
	}
}

// Records decodes the text of one records file named name, as Dir would
// read it from disk: for a record checked before it is written.
func Records(name string, data []byte, fs *finding.List) []record.Record {
	return decodeRecords(name, data, fs)
}

// RecordsFile is Records with the file's comment lines, which the
// personal-data check reads as it reads values.
func RecordsFile(name string, data []byte, fs *finding.List) ([]record.Record, []source.Value[string]) {
	return decodeRecordsFile(name, data, fs)
}
