package arch

import (
	"go/build"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/kraj-hk/rrp"

// root is the module's folder, two levels above this package.
const root = "../.."

// TestLayers: every package is in a layer and imports only packages of
// lower layers; renderers are imported by commands alone; test helpers by
// tests alone.
func TestLayers(t *testing.T) {
	layer := map[string]int{}
	for i, ps := range Layers {
		for _, p := range ps {
			layer[p] = i
		}
	}
	for _, dir := range packages(t) {
		pkg, err := build.ImportDir(filepath.Join(root, dir), 0)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		own, ok := layer[dir]
		if !ok {
			t.Errorf("%s is in no layer: add it to Layers in internal/arch", dir)
			continue
		}
		for _, imp := range pkg.Imports {
			dep, ours := strings.CutPrefix(imp, module+"/")
			if !ours {
				continue
			}
			if l, known := layer[dep]; known && l >= own {
				t.Errorf("%s (layer %d) imports %s (layer %d): a package imports only lower layers", dir, own, dep, l)
			}
			if slices.Contains(Renderers, dep) && !strings.HasPrefix(dir, "internal/cli/") {
				t.Errorf("%s imports the renderer %s: only commands render", dir, dep)
			}
			if slices.Contains(TestOnly, dep) {
				t.Errorf("%s imports %s, which is for tests", dir, dep)
			}
		}
	}
}

// packages lists the folders below the module that hold Go code other
// than tests, slash-separated.
func packages(t *testing.T) []string {
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() && path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		if rel = filepath.ToSlash(rel); rel != "internal/arch" && !slices.Contains(dirs, rel) {
			dirs = append(dirs, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 20 {
		t.Fatalf("found %d packages below %s: is the module there?", len(dirs), root)
	}
	return dirs
}

// TestLayersCatch: the rule holds against a package that imports upward,
// so the test above cannot pass by seeing nothing.
func TestLayersCatch(t *testing.T) {
	pkg, err := build.ImportDir(filepath.Join(root, "internal/project"), 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(pkg.Imports, module+"/internal/check") {
		t.Fatalf("internal/project imports %v: the check of imports reads nothing", pkg.Imports)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
}

// TestLayersDocumented: docs/architecture.md names every package of the
// layers, so that a new package is explained where a reader looks.
func TestLayersDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(root, "docs", "architecture.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, ps := range Layers {
		for _, p := range ps {
			short := strings.TrimPrefix(p, "internal/")
			if !strings.Contains(string(doc), "`"+short+"`") && !strings.Contains(string(doc), "`"+filepath.Base(p)+"`") {
				t.Errorf("docs/architecture.md does not name %s", p)
			}
		}
	}
}
