// Package scaffold makes the files of a new project: the blank one or an
// example (templates/projects), and what every project's repository wants
// beside its data: a .gitignore, the JSON schemas for editors, the CI setups
// for GitHub and GitLab, and a short README in Czech.
package scaffold

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/schema"
	"github.com/kraj-hk/rrp/templates"
)

// Blank is the project rrp init writes when no example is asked for.
const Blank = "blank"

// projectsDir is where the projects lie in templates.Projects.
const projectsDir = "projects"

// Example is a project rrp init can start from.
type Example struct {
	ID string
	// About says in Czech which public document the example follows: the
	// first comment line of its project file.
	About string
}

// ErrUnknown is an example rrp does not have.
var ErrUnknown = errors.New("no such example")

// Examples lists the examples, by id.
func Examples() ([]Example, error) {
	entries, err := fs.ReadDir(templates.Projects, projectsDir)
	if err != nil {
		return nil, err
	}
	var out []Example
	for _, e := range entries {
		if !e.IsDir() || e.Name() == Blank {
			continue
		}
		data, err := fs.ReadFile(templates.Projects, path.Join(projectsDir, e.Name(), "plans", "project.yaml"))
		if err != nil {
			return nil, err
		}
		out = append(out, Example{ID: e.Name(), About: firstComment(data)})
	}
	return out, nil
}

// firstComment is the text of the first comment line of a YAML file.
func firstComment(data []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); strings.HasPrefix(line, "#") {
			return strings.TrimSpace(strings.TrimPrefix(line, "#"))
		}
	}
	return ""
}

// Files are the files of a new project started from the example from
// (Blank for the empty project), by slash-separated path.
func Files(from string) (map[string][]byte, error) {
	if from == "" {
		from = Blank
	}
	src, err := fs.Sub(templates.Projects, path.Join(projectsDir, from))
	if err != nil {
		return nil, err
	}
	if _, err := fs.Stat(src, "plans/project.yaml"); err != nil {
		return nil, fmt.Errorf("%w %q", ErrUnknown, from)
	}
	files := map[string][]byte{}
	if err := copyFiles(src, files); err != nil {
		return nil, err
	}
	if err := addSchemas(src, files); err != nil {
		return nil, err
	}
	if err := addCI(files); err != nil {
		return nil, err
	}
	files[".gitignore"] = []byte(gitignore)
	if _, ok := files["README.md"]; !ok {
		if files["README.md"], err = fs.ReadFile(templates.Projects, path.Join(projectsDir, Blank, "README.md")); err != nil {
			return nil, err
		}
	}
	if !hasRecords(files) {
		files["records/.gitkeep"] = nil
	}
	return files, nil
}

// gitignore keeps out of git what rrp writes that is not data: reports,
// and the temporary files of a write in progress.
const gitignore = `# rrp: výkazy; zámek, deník a dočasné soubory zápisu
/reports/
.rrp-*
`

func copyFiles(src fs.FS, files map[string][]byte) error {
	return fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[p], err = fs.ReadFile(src, p)
		return err
	})
}

// addSchemas generates the editors' JSON Schemas from the project's plan,
// as rrp schema does.
func addSchemas(src fs.FS, files map[string][]byte) error {
	snap, err := project.Open(src, "", project.Options{Today: date.Max})
	if err != nil {
		return err
	}
	schemas, err := schema.Generate(snap.Project)
	if err != nil {
		return err
	}
	for name, data := range schemas {
		files[path.Join(schema.Dir, name)] = data
	}
	return nil
}

// ciFiles are the CI setups and where a repository keeps them.
var ciFiles = map[string]string{
	"ci/github-workflow.yml": ".github/workflows/rrp.yml",
	"ci/gitlab-ci.yml":       ".gitlab-ci.yml",
}

func addCI(files map[string][]byte) error {
	for from, to := range ciFiles {
		data, err := fs.ReadFile(templates.CI, from)
		if err != nil {
			return err
		}
		files[to] = data
	}
	return nil
}

func hasRecords(files map[string][]byte) bool {
	for p := range files {
		if strings.HasPrefix(p, "records/") {
			return true
		}
	}
	return false
}

// Paths are the files' paths, sorted.
func Paths(files map[string][]byte) []string {
	out := make([]string, 0, len(files))
	for p := range files {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}
