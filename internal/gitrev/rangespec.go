package gitrev

import "strings"

// Rev is one resolved side of a comparison.
type Rev struct {
	// Name is the revision as asked for ("main", "HEAD~2") or how it was
	// found ("merge base with origin/main").
	Name string
	// Commit is the full hash; "" for the work tree.
	Commit string
}

// WorkTree reports whether the side is the files on disk.
func (r Rev) WorkTree() bool { return r.Commit == "" }

// Label is the side for people: "main (1a2b3c4)", "work tree".
func (r Rev) Label() string {
	if r.WorkTree() {
		return "work tree"
	}
	if r.Name == "" || r.Name == r.Commit {
		return Short(r.Commit)
	}
	return r.Name + " (" + Short(r.Commit) + ")"
}

// Range is what to compare: Base before, Head after.
type Range struct {
	Base, Head Rev
}

// Resolve turns rrp diff's argument into a range, git's way:
//
//	""      the merge base of the main branch and HEAD .. the work tree
//	REV     REV .. the work tree
//	A..B    A .. B (an empty side is HEAD)
//	A...B   the merge base of A and B .. B
//
// The work tree includes uncommitted and untracked files: a coordinator
// sees what a record does before committing it.
func (r *Repo) Resolve(arg string) (Range, error) {
	if arg == "" {
		return r.fromMainBranch()
	}
	if a, b, ok := strings.Cut(arg, "..."); ok {
		return r.symmetric(orHEAD(a), orHEAD(b))
	}
	if a, b, ok := strings.Cut(arg, ".."); ok {
		return r.between(orHEAD(a), orHEAD(b))
	}
	base, err := r.rev(arg)
	return Range{Base: base}, err
}

func orHEAD(rev string) string {
	if rev == "" {
		return "HEAD"
	}
	return rev
}

func (r *Repo) rev(name string) (Rev, error) {
	c, err := r.Commit(name)
	return Rev{Name: name, Commit: c}, err
}

func (r *Repo) fromMainBranch() (Range, error) {
	main, err := r.MainBranch()
	if err != nil {
		return Range{}, err
	}
	if _, err := r.Commit("HEAD"); err != nil {
		return Range{}, userError("commit once before comparing: git commit", "the repository has no commits yet")
	}
	base, err := r.MergeBase(main, "HEAD")
	if err != nil {
		return Range{}, err
	}
	name := main
	if tip, _ := r.Commit(main); tip != base {
		name = "merge base with " + main
	}
	return Range{Base: Rev{Name: name, Commit: base}}, nil
}

func (r *Repo) between(a, b string) (Range, error) {
	base, err := r.rev(a)
	if err != nil {
		return Range{}, err
	}
	head, err := r.rev(b)
	return Range{Base: base, Head: head}, err
}

func (r *Repo) symmetric(a, b string) (Range, error) {
	rg, err := r.between(a, b)
	if err != nil {
		return Range{}, err
	}
	mb, err := r.MergeBase(rg.Base.Commit, rg.Head.Commit)
	if err != nil {
		return Range{}, err
	}
	rg.Base = Rev{Name: "merge base of " + a + " and " + b, Commit: mb}
	return rg, nil
}
