// Package gitrev reads a project's files as they were at a git revision:
// it resolves revisions, finds the main branch and its merge base, and
// reads plans/ and records/ of a commit as a file system that load.FS can
// read. It runs the git program (os/exec), as a user would, so it sees the
// same repository, remotes and settings; it never changes the repository.
package gitrev

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// Error is a problem with what the user asked for (not a repository, a
// revision git does not know); Hint says what to do instead.
type Error struct {
	Err  error
	Hint string
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// userError is a mistake of the user's; the message and the hint are said
// in the user's language.
func userError(hint, format string, args ...any) error {
	return &Error{Err: i18n.Errorf(format, args...), Hint: hint}
}

// Repo is a project folder inside a git work tree.
type Repo struct {
	// Dir is the project folder as given; git runs with -C Dir.
	Dir string
	// Prefix is the folder's path inside the repository with a trailing
	// slash ("" at the root), for reading trees of other commits.
	Prefix string
	// Top is the work tree's top folder. Trees are read from there:
	// git takes paths given in a subfolder as relative to it.
	Top string
}

// Open finds the repository that holds dir.
func Open(dir string) (*Repo, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, userError("install git, or run rrp diff where git is on the PATH", "git is not installed")
	}
	out, err := git(dir, "rev-parse", "--show-prefix", "--show-toplevel")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n") // the prefix line is empty at the top
	if err != nil || len(lines) != 2 {
		return nil, userError("rrp diff compares git revisions: run it in a clone of the project's repository", "%s is not in a git repository", dir)
	}
	return &Repo{Dir: dir, Prefix: strings.TrimSpace(lines[0]), Top: strings.TrimSpace(lines[1])}, nil
}

// git runs git -C dir args and returns its standard output; a failure
// carries git's own message.
func git(dir string, args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return stdout.String(), errors.New(msg)
	}
	return stdout.String(), nil
}

// Commit resolves rev (a branch, tag, hash, HEAD~2, …) to the full hash
// of a commit.
func (r *Repo) Commit(rev string) (string, error) {
	out, err := git(r.Dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil || strings.TrimSpace(out) == "" {
		return "", userError("name a commit, branch or tag that exists here (git log --oneline --all lists them)", "unknown revision %q", rev)
	}
	return strings.TrimSpace(out), nil
}

// MergeBase is the best common ancestor of two commits: the point a
// branch started from.
func (r *Repo) MergeBase(a, b string) (string, error) {
	out, err := git(r.Dir, "merge-base", "--end-of-options", a, b)
	if err != nil || strings.TrimSpace(out) == "" {
		return "", userError("name the base revision yourself: rrp diff REV", "%s and %s have no common history", Short(a), Short(b))
	}
	return strings.TrimSpace(out), nil
}

// mainCandidates are tried, in order, when origin/HEAD names no branch:
// a local main or master, or the remote's (a CI checkout often has no
// local branch but all of origin's).
var mainCandidates = []string{"main", "origin/main", "master", "origin/master"}

// MainBranch is the branch changes are compared against: the one
// origin/HEAD points at (the remote's default branch), else main, else
// master.
func (r *Repo) MainBranch() (string, error) {
	if out, err := git(r.Dir, "symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"); err == nil {
		if name := strings.TrimSpace(out); name != "" {
			if _, err := r.Commit(name); err == nil {
				return name, nil
			}
		}
	}
	for _, name := range mainCandidates {
		if _, err := r.Commit(name); err == nil {
			return name, nil
		}
	}
	return "", userError("name the base revision: rrp diff origin/main, or rrp diff A..B (git fetch origin first in a shallow clone)",
		"no main branch to compare with (neither origin/HEAD, main nor master)")
}

// Short is a hash cut to the length git log --oneline shows, for labels.
func Short(hash string) string {
	if len(hash) == 40 {
		return hash[:7]
	}
	return hash
}
