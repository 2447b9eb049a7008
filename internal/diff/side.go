package diff

import (
	"errors"
	"path/filepath"
	"strings"

	"rrp/internal/check"
	"rrp/internal/date"
	"rrp/internal/finding"
	"rrp/internal/gitrev"
	"rrp/internal/load"
	"rrp/internal/plan"
	"rrp/internal/record"
)

// Side is one side of a comparison: the project as it is at a revision
// or in the work tree.
type Side struct {
	Rev gitrev.Rev
	// Project is nil when the side has no project (plans/project.yaml).
	Project *plan.Project
	Records []record.Record
	// Root is the folder the side was loaded from ("" for a revision,
	// read from git): file names in positions start with it, and Recs
	// cuts it off so that both sides name a file the same way.
	Root string
	// Errors and Warnings count the side's validation findings.
	Errors, Warnings int
}

// LoadWorkTree loads the project in dir as it is on disk, uncommitted and
// untracked files included. A folder without a project is load's
// ErrNoProject.
func LoadWorkTree(dir string, today date.Date) (*Side, error) {
	res, err := load.Dir(dir)
	if err != nil {
		return nil, err
	}
	return newSide(gitrev.Rev{}, dir, res, today), nil
}

// LoadRevision loads the project as it is at rev: its plans/ and records/
// are read from git into memory and loaded from there, their files named
// as in the project (the side's Root is ""). A revision in which the
// project does not exist yet is an empty side.
func LoadRevision(repo *gitrev.Repo, rev gitrev.Rev, today date.Date) (*Side, error) {
	tree, err := repo.Tree(rev.Commit, load.PlansDir, load.RecordsDir)
	if err != nil {
		return nil, err
	}
	res, err := load.FS(tree, "")
	if errors.Is(err, load.ErrNoProject) {
		return &Side{Rev: rev}, nil
	} else if err != nil {
		return nil, err
	}
	return newSide(rev, "", res, today), nil
}

func newSide(rev gitrev.Rev, root string, res *load.Result, today date.Date) *Side {
	check.All(res.Project, res.Records, check.Options{Today: today}, &res.Findings)
	errs, warns := finding.Count(res.Findings.Sorted())
	return &Side{Rev: rev, Project: res.Project, Records: res.Records, Root: root, Errors: errs, Warnings: warns}
}

// Recs are the side's records as the matching sees them, their files
// named relative to the project folder.
func (s *Side) Recs() []Rec {
	out := make([]Rec, 0, len(s.Records))
	index := map[string]int{}
	for i := range s.Records {
		r := &s.Records[i]
		file := s.rel(r.Pos.File)
		out = append(out, newRec(r, file, index[file]))
		index[file]++
	}
	return out
}

// rel cuts the side's root off a file name, as load.Dir put it there.
func (s *Side) rel(file string) string {
	if s.Root == "" || s.Root == "." {
		return file
	}
	root := filepath.ToSlash(filepath.Clean(s.Root)) + "/"
	return strings.TrimPrefix(file, root)
}
