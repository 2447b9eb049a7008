package diff

import (
	"errors"
	"path/filepath"
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/load"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/project"
)

// Side is one side of a comparison: the project as it is at a revision
// or in the work tree.
type Side struct {
	Rev gitrev.Rev
	// Snap is nil when the side has no project (plans/project.yaml).
	Snap *project.Snapshot
	// Root is the folder the side was loaded from ("" for a revision,
	// read from git): file names in positions start with it, and Recs
	// cuts it off so that both sides name a file the same way.
	Root string
}

// WorkTree is the side of the project in the folder dir as it is on disk,
// uncommitted and untracked files included: snap, opened from dir.
func WorkTree(snap *project.Snapshot, dir string) *Side {
	return &Side{Snap: snap, Root: dir}
}

// LoadRevision loads the project as it is at rev: its plans/ and records/
// are read from git into memory and opened from there, their files named
// as in the project, read as lo says (a cache to take files of the same
// contents from). A revision in which the project does not exist yet is
// an empty side.
func LoadRevision(repo *gitrev.Repo, rev gitrev.Rev, today date.Date, lo load.Options) (*Side, error) {
	tree, err := repo.Tree(rev.Commit, load.PlansDir, load.RecordsDir)
	if err != nil {
		return nil, err
	}
	snap, err := project.Open(tree, "", project.Options{Today: today, Load: lo})
	if errors.Is(err, project.ErrNoProject) {
		return &Side{Rev: rev}, nil
	} else if err != nil {
		return nil, err
	}
	return &Side{Rev: rev, Snap: snap}, nil
}

// Recs are the side's records as the matching sees them, their files
// named relative to the project folder.
func (s *Side) Recs() []Rec {
	if s.Snap == nil {
		return nil
	}
	recs := s.Snap.Records
	out := make([]Rec, 0, len(recs))
	index := map[string]int{}
	for i := range recs {
		r := &recs[i]
		file := s.rel(r.Pos.File())
		out = append(out, newRec(r, file, index[file], s.Snap.Private))
		index[file]++
	}
	return out
}

// fulfil is the side's fulfilment; a side without a project has an empty
// plan, in which every output of the other side is new.
func (s *Side) fulfil(opts fulfil.Options) *fulfil.Result {
	if s.Snap == nil {
		return fulfil.Compute(&plan.Project{}, nil, opts)
	}
	return s.Snap.Fulfil(opts)
}

// counts are the side's validation errors and warnings.
func (s *Side) counts() (errs, warns int) {
	if s.Snap == nil {
		return 0, 0
	}
	c := s.Snap.Check(0)
	return c.Errors, c.Warnings
}

// rel cuts the side's root off a file name, as the loader put it there.
func (s *Side) rel(file string) string {
	if s.Root == "" || s.Root == "." {
		return file
	}
	root := filepath.ToSlash(filepath.Clean(s.Root)) + "/"
	return strings.TrimPrefix(file, root)
}
