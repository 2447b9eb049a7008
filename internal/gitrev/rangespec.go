package gitrev

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Rev is one resolved side of a comparison.
type Rev struct {
	// Name is the revision as asked for ("main", "HEAD~2") or how it was
	// found ("merge base with origin/main"), in English for programs.
	Name string
	// Commit is the full hash; "" for the work tree.
	Commit string
	// found is Name when it says how the revision was found, kept to be
	// said in the reader's language; nil for a revision as asked for.
	found *i18n.Text
}

// foundRev is a revision named by how it was found.
func foundRev(how i18n.Text, commit string) Rev {
	return Rev{Name: how.String(), Commit: commit, found: &how}
}

// WorkTree reports whether the side is the files on disk.
func (r Rev) WorkTree() bool { return r.Commit == "" }

// Label is the side for people, in p's language: "main (1a2b3c4)",
// "work tree".
func (r Rev) Label(p *i18n.Printer) string {
	if r.WorkTree() {
		return p.T("work tree")
	}
	if r.Name == "" || r.Name == r.Commit {
		return Short(r.Commit)
	}
	name := r.Name
	if r.found != nil {
		name = p.Text(*r.found)
	}
	return name + " (" + Short(r.Commit) + ")"
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
	if tip, _ := r.Commit(main); tip != base {
		return Range{Base: foundRev(i18n.T("merge base with %s", main), base)}, nil
	}
	return Range{Base: Rev{Name: main, Commit: base}}, nil
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
	rg.Base = foundRev(i18n.T("merge base of %s and %s", a, b), mb)
	return rg, nil
}
