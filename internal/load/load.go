// Package load reads a project directory (plans/project.yaml, the other
// plan files and every records file) into the typed model, in parallel,
// collecting a finding for everything that is not well-formed. It never
// writes and never panics on any input.
package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"rrp/internal/finding"
	"rrp/internal/plan"
	"rrp/internal/record"
	"rrp/internal/source"
)

// Layout of a project directory.
const (
	PlansDir    = "plans"
	RecordsDir  = "records"
	ProjectFile = "plans/project.yaml"
)

// loadMemoryLimit is the soft memory limit while loading (see Dir).
const loadMemoryLimit = 256 << 20

// ErrNoProject means the directory is not an rrp project at all: a usage
// error, not a finding.
var ErrNoProject = errors.New("no plans/project.yaml")

// Result is a loaded project. Project is never nil (it may be empty when
// project.yaml did not parse); Findings hold every problem of form.
type Result struct {
	Project     *plan.Project
	Records     []record.Record
	Findings    finding.List
	PlanFiles   int
	RecordFiles int
}

// Dir loads the project in dir. Paths in positions are dir joined with the
// file's path inside the project, so they open from the caller's working
// directory.
func Dir(dir string) (*Result, error) {
	if _, err := os.Stat(filepath.Join(dir, ProjectFile)); err != nil {
		return nil, fmt.Errorf("%w in %s", ErrNoProject, dir)
	}
	var links finding.List
	planFiles, err := yamlFiles(dir, PlansDir, &links)
	if err != nil {
		return nil, err
	}
	recordFiles, err := yamlFiles(dir, RecordsDir, &links)
	if err != nil {
		return nil, err
	}
	// Loading builds a large heap that stays alive; collecting it every
	// time it doubles from a small start costs more than the memory saved.
	// The soft limit keeps that from growing the peak without bound: near
	// it the collector runs as often as it must.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// A lower limit set by the user (GOMEMLIMIT) stays.
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(min(debug.SetMemoryLimit(-1), loadMemoryLimit)))
	res := &Result{PlanFiles: len(planFiles), RecordFiles: len(recordFiles)}
	res.Findings.Merge(&links)
	res.Project = loadPlan(dir, planFiles, &res.Findings)
	res.Records = loadRecords(dir, recordFiles, &res.Findings)
	return res, nil
}

// yamlFiles lists the .yaml and .yml files below dir/sub, sorted, as
// slash-separated paths relative to dir. Hidden files and folders are
// skipped; a missing folder is an empty one. A symbolic link is read when
// it leads to a file inside the project that is not read anyway; any other
// link is a finding, never silently skipped: the data in it would count for
// nothing.
func yamlFiles(dir, sub string, fl *finding.List) ([]string, error) {
	var out []string
	root := filepath.Join(dir, sub)
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// The walk would see the link and nothing below it: every file
		// in the folder would count for nothing, without a word.
		fl.Errorf(source.Pos{File: display(dir, sub)}, "link", "make "+sub+"/ a plain folder: move the files into the project and delete the link",
			"%s/ is a symbolic link: rrp does not follow it, so nothing in it is read", sub)
		return nil, nil
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && path == root {
				return fs.SkipDir
			}
			return err
		}
		if strings.HasPrefix(d.Name(), ".") && path != root {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		switch {
		case d.Type()&fs.ModeSymlink != 0 && path != root:
			if link(dir, sub, rel, fl) {
				out = append(out, rel)
			}
		case d.Type().IsRegular() && isYAML(d.Name()):
			out = append(out, rel)
		}
		return nil
	})
	slices.Sort(out)
	return out, err
}

func isYAML(name string) bool {
	ext := filepath.Ext(name)
	return ext == ".yaml" || ext == ".yml"
}

// link decides about the symbolic link rel below dir/sub: true when it is
// to be read, otherwise a finding when it may hold data. A link to a file
// that the walk reads anyway is not read twice (its records would count
// twice); a link out of the project is not followed, so that what CI
// validates is what the repository holds.
func link(dir, sub, rel string, fl *finding.List) bool {
	pos := source.Pos{File: display(dir, rel)}
	info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		if isYAML(rel) {
			fl.Errorf(pos, "link", "point the link at an existing file, or replace it with the file itself",
				"a symbolic link that leads nowhere (%v)", unwrapPathError(err))
		}
		return false
	}
	if !info.IsDir() && !isYAML(rel) {
		return false // a linked PDF or note: nothing rrp reads
	}
	target, inside := resolveInside(dir, rel)
	switch {
	case info.IsDir():
		fl.Errorf(pos, "link", "move the files into "+sub+"/ instead of linking to their folder",
			"a symbolic link to a folder: rrp does not follow it, so nothing in it is read")
	case !inside:
		fl.Errorf(pos, "link", "copy the file into the project instead of linking to it",
			"a symbolic link out of the project: rrp does not follow it, so the file is not read")
	case !info.Mode().IsRegular():
		fl.Errorf(pos, "link", "replace the link with a plain file",
			"a symbolic link to something that is not a plain file: it is not read")
	case readAnyway(sub, target):
		fl.Warnf(pos, "link", "delete the link",
			"a symbolic link to %s, which is read already: the link is skipped so that nothing counts twice", target)
	default:
		return true
	}
	return false
}

// resolveInside returns the slash-separated path inside the project that
// the link rel leads to, and whether it does lead inside.
func resolveInside(dir, rel string) (string, bool) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return "", false
	}
	target, err := filepath.EvalSymlinks(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		return "", false
	}
	root, _ = filepath.Abs(root)
	target, _ = filepath.Abs(target)
	inRoot, err := filepath.Rel(root, target)
	if err != nil || inRoot == ".." || strings.HasPrefix(inRoot, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(inRoot), true
}

// readAnyway reports whether the walk of sub reads the file at target (a
// path inside the project) by itself: a YAML file below sub, in no hidden
// folder.
func readAnyway(sub, target string) bool {
	if !strings.HasPrefix(target, sub+"/") || !isYAML(target) {
		return false
	}
	for _, part := range strings.Split(target, "/") {
		if strings.HasPrefix(part, ".") {
			return false
		}
	}
	return true
}

// display is the name a file has in findings.
func display(dir, rel string) string {
	if dir == "" || dir == "." {
		return rel
	}
	return filepath.ToSlash(filepath.Join(dir, rel))
}

func loadPlan(dir string, files []string, fs *finding.List) *plan.Project {
	var p *plan.Project
	kas := parallel(files, func(rel string, out *finding.List) *plan.KeyActivity {
		name := display(dir, rel)
		data, ok := readFile(filepath.Join(dir, filepath.FromSlash(rel)), name, out)
		if rel == ProjectFile {
			p = decodeProject(name, data, ok, out)
			return nil
		}
		if !ok {
			return nil
		}
		return decodeKeyActivity(name, data, out)
	}, fs)
	if p == nil { // project.yaml is there but not a regular file
		p = &plan.Project{File: display(dir, ProjectFile)}
	}
	for _, ka := range kas {
		if ka != nil {
			p.KeyActivities = append(p.KeyActivities, ka)
		}
	}
	if len(p.Periods) == 0 && p.Start.IsSet() && p.End.IsSet() {
		p.Periods = plan.CutPeriods(p.Start.Val, p.End.Val)
		p.DefaultPeriods = true
	}
	return p
}

func loadRecords(dir string, files []string, fs *finding.List) []record.Record {
	groups := parallel(files, func(rel string, out *finding.List) []record.Record {
		name := display(dir, rel)
		data, ok := readFile(filepath.Join(dir, filepath.FromSlash(rel)), name, out)
		if !ok {
			return nil
		}
		return decodeRecords(name, data, out)
	}, fs)
	total := 0
	for _, g := range groups {
		total += len(g)
	}
	all := make([]record.Record, 0, total)
	for _, g := range groups {
		all = append(all, g...)
	}
	return all
}

// decodeProject decodes plans/project.yaml; it returns an empty project,
// marked unread, when the file could not be read or parsed, so checks can
// still run.
func decodeProject(name string, data []byte, readOK bool, fs *finding.List) *plan.Project {
	unread := &plan.Project{File: name, Unread: []string{plan.AllUnread}}
	if !readOK {
		return unread
	}
	r := &reader{file: name, fs: fs}
	n := parse(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Errorf(r.pos0(), "empty-file", "describe the project: id, name, start, end, target_groups, territories", "the project file is empty")
		}
		return unread
	}
	return r.project(n)
}

// decodeKeyActivity decodes one key-activity plan file.
func decodeKeyActivity(name string, data []byte, fs *finding.List) *plan.KeyActivity {
	r := &reader{file: name, fs: fs}
	n := parse(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Errorf(r.pos0(), "empty-file", "describe one key activity (id, title, territory, activities) or delete the file", "the plan file is empty")
		}
		return nil
	}
	return r.keyActivity(n)
}

// decodeRecords decodes one records file.
func decodeRecords(name string, data []byte, fs *finding.List) []record.Record {
	r := &reader{file: name, fs: fs}
	n := parse(data, name, fs)
	if n == nil {
		if fs.Len() == 0 {
			fs.Warnf(r.pos0(), "empty-file", "add a record or delete the file", "the records file is empty")
		}
		return nil
	}
	return r.records(n)
}

// parallel runs load on every file on all cores and returns the results in
// file order. It runs more workers than cores because small files spend
// much of their time in open and read, waiting on the file system. Each
// file's findings are merged into fs in file order too, so
// the outcome does not depend on scheduling.
func parallel[T any](files []string, load func(rel string, fs *finding.List) T, fs *finding.List) []T {
	results := make([]T, len(files))
	lists := make([]finding.List, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(4*runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = load(files[i], &lists[i])
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i := range lists {
		fs.Merge(&lists[i])
	}
	return results
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
