package diff

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/load"
)

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "HOME="+dir, "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.org")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

// TestRevisionAsWorkTree: a committed project, symbolic links included,
// loads from its revision as from the work tree: the same records named
// the same way, the same findings; a revision before the project has
// none.
func TestRevisionAsWorkTree(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	repo := t.TempDir()
	git(t, repo, "init", "-q", "-b", "main")
	git(t, repo, "commit", "-q", "--allow-empty", "-m", "empty")
	dir := filepath.Join(repo, "project")
	if err := os.CopyFS(dir, os.DirFS("testdata/head")); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(dir, "shared"), os.DirFS("testdata/head/records/2025")); err != nil {
		t.Fatal(err)
	}
	for name, to := range map[string]string{
		"records/shared.yaml": "../shared/ka04.yaml",          // read
		"records/again.yaml":  "2025/ka04.yaml",               // read anyway: a warning
		"records/gone.yaml":   "nothing.yaml",                 // an error
		"records/more":        "../shared",                    // an error
		"records/out.yaml":    "../../outside.yaml",           // an error
		"records/note.pdf":    "../shared/ka04.yaml",          // nothing rrp reads
		"plans/alias.yaml":    "../shared/../plans/ka04.yaml", // read anyway
	} {
		if err := os.Symlink(to, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-qm", "project")

	work, err := loadWorkTree(dir, today)
	if err != nil {
		t.Fatal(err)
	}
	r, err := gitrev.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := r.Commit("HEAD")
	rev, err := LoadRevision(r, gitrev.Rev{Commit: head}, today, load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(work.Recs()) != 9 || !reflect.DeepEqual(work.Recs(), rev.Recs()) {
		t.Errorf("records differ:\nwork tree %v\nrevision  %v", work.Recs(), rev.Recs())
	}
	workErrs, workWarns := work.counts()
	revErrs, revWarns := rev.counts()
	// The warnings: the link read anyway, and a possible duplicate for
	// each of the four records shared/ka04.yaml repeats from
	// records/2025/ka04.yaml (read through records/shared.yaml).
	if workErrs != 3 || workWarns != 6 || revErrs != workErrs || revWarns != workWarns {
		t.Errorf("work tree %d errors, %d warnings; revision %d, %d; want 3, 6 on both", workErrs, workWarns, revErrs, revWarns)
	}
	dups := 0
	for _, f := range work.Snap.Check(0).Findings {
		if f.Code == finding.CodePossibleDuplicate {
			dups++
		}
	}
	if dups != 4 {
		t.Errorf("%d possible duplicates, want 4", dups)
	}

	first, _ := r.Commit("HEAD~1")
	before, err := LoadRevision(r, gitrev.Rev{Commit: first}, today, load.Options{})
	if err != nil || before.Snap != nil || len(before.Recs()) != 0 {
		t.Errorf("a revision before the project: %+v, %v", before, err)
	}
}
