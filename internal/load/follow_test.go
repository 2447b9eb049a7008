package load

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
)

// TestSymlinksFS: a project in a file system other than the disk (a git
// revision) follows the same rules for links as one on disk; links are
// resolved within the file system, and one that leaves it leads out of the
// project, absolute or not.
func TestSymlinksFS(t *testing.T) {
	const rec = "date: 2025-03-12\noutput: 4.1/supervize\n"
	link := func(to string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(to), Mode: fs.ModeSymlink} }
	tests := []struct {
		name    string
		files   fstest.MapFS // added to the project
		records int
		codes   []string
		message string // of the one finding, when it matters
	}{
		{"inside the project", fstest.MapFS{"records/shared.yaml": link("../shared/r.yaml")}, 2, nil, ""},
		{"through a linked folder", fstest.MapFS{"alias": link("shared"), "records/shared.yaml": link("../alias/r.yaml")}, 2, nil, ""},
		{"a chain of links", fstest.MapFS{"shared/next.yaml": link("r.yaml"), "records/shared.yml": link("../shared/next.yaml")}, 2, nil, ""},
		{"to a file read anyway", fstest.MapFS{"records/again.yaml": link("./2025/../2025/r.yaml")}, 1, []string{"link"},
			"a symbolic link to records/2025/r.yaml, which is read already: the link is skipped so that nothing counts twice"},
		{"absolute", fstest.MapFS{"records/out.yaml": link("/etc/passwd")}, 1, []string{"link"},
			"a symbolic link out of the project: rrp does not follow it, so the file is not read"},
		{"up and out", fstest.MapFS{"records/out.yaml": link("../../other/r.yaml")}, 1, []string{"link"},
			"a symbolic link out of the project: rrp does not follow it, so the file is not read"},
		{"dangling", fstest.MapFS{"records/gone.yaml": link("nothing.yaml")}, 1, []string{"link"}, ""},
		{"through a file", fstest.MapFS{"records/gone.yaml": link("2025/r.yaml/x.yaml")}, 1, []string{"link"}, ""},
		{"a loop", fstest.MapFS{"records/a.yaml": link("b.yaml"), "records/b.yaml": link("a.yaml")}, 1, []string{"link", "link"}, ""},
		{"to a folder", fstest.MapFS{"records/more": link("../shared")}, 1, []string{"link"},
			"a symbolic link to a folder: rrp does not follow it, so nothing in it is read"},
		{"to the project", fstest.MapFS{"records/top": link("..")}, 1, []string{"link"}, ""},
		{"not yaml", fstest.MapFS{"records/sheet.pdf": link("../shared/r.yaml")}, 1, nil, ""},
		{"absolute, not yaml", fstest.MapFS{"records/sheet.pdf": link("/home/sheet.pdf")}, 1, nil, ""},
		{"in a hidden folder", fstest.MapFS{"records/.old/gone.yaml": link("nothing.yaml")}, 1, nil, ""},
		{"to a hidden file", fstest.MapFS{"records/.r.yaml": &fstest.MapFile{Data: []byte(rec)}, "records/r.yaml": link(".r.yaml")}, 2, nil, ""},
		{"the records folder itself", fstest.MapFS{"records": link("shared")}, 0, []string{"link"},
			"records/ is a symbolic link: rrp does not follow it, so nothing in it is read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{
				"plans/project.yaml":  {Data: []byte(projectYAML)},
				"records/2025/r.yaml": {Data: []byte(rec)},
				"shared/r.yaml":       {Data: []byte(rec)},
			}
			for name, f := range tt.files {
				if name == "records" {
					delete(fsys, "records/2025/r.yaml")
				}
				fsys[name] = f
			}
			res, err := FS(fsys, "rev")
			if err != nil {
				t.Fatal(err)
			}
			var codes []string
			for _, f := range res.Findings.Sorted() {
				codes = append(codes, string(f.Code))
				if _, ok := tt.files[f.Pos.File()[len("rev/"):]]; !ok {
					t.Errorf("finding in %s, want it on a link below rev/", f.Pos.File())
				}
				if tt.message != "" && f.Message != tt.message {
					t.Errorf("message %q, want %q", f.Message, tt.message)
				}
			}
			if len(res.Records) != tt.records || !slices.Equal(codes, tt.codes) {
				t.Errorf("%d records, findings %v; want %d, %v", len(res.Records), res.Findings.Sorted(), tt.records, tt.codes)
			}
		})
	}
}

// TestFSNames: FS names files as Dir does, root joined with the path in
// the project; a file system without the project is ErrNoProject.
func TestFSNames(t *testing.T) {
	fsys := fstest.MapFS{
		"plans/project.yaml":    {Data: []byte(projectYAML)},
		"records/2025/bad.yaml": {Data: []byte("date: [\n")},
	}
	for root, want := range map[string]string{"": "records/2025/bad.yaml", ".": "records/2025/bad.yaml", "a/b": "a/b/records/2025/bad.yaml"} {
		res, err := FS(fsys, root)
		if err != nil {
			t.Fatal(err)
		}
		if fs := res.Findings.Sorted(); len(fs) != 1 || fs[0].Pos.File() != want || res.Project.File != display(root, ProjectFile) {
			t.Errorf("root %q: findings %v, project %s; want one in %s", root, fs, res.Project.File, want)
		}
	}
	if _, err := FS(fstest.MapFS{"records/r.yaml": {}}, "x"); !errors.Is(err, ErrNoProject) {
		t.Errorf("no project: %v", err)
	}
}

// TestAbsoluteLinkInside: on disk, an absolute link that leads into the
// project is inside it, even when it goes there by way of another link,
// as a relative one that leaves the folder and comes back is.
func TestAbsoluteLinkInside(t *testing.T) {
	const rec = "date: 2025-03-12\noutput: 4.1/supervize\n"
	dir := writeProject(t, map[string]string{
		"plans/project.yaml":  projectYAML,
		"records/2025/r.yaml": rec,
		"shared/r.yaml":       rec,
	})
	via := filepath.Join(t.TempDir(), "via")
	links := map[string]string{
		"records/abs.yaml":  filepath.Join(dir, "shared", "r.yaml"),
		"records/via.yaml":  filepath.Join(via, "shared", "r.yaml"),
		"records/back.yaml": filepath.Join("..", "..", filepath.Base(dir), "records", "2025", "r.yaml"),
	}
	if err := os.Symlink(dir, via); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := res.Findings.Sorted()
	if len(res.Records) != 3 || len(fs) != 1 || fs[0].Pos.File() != filepath.ToSlash(filepath.Join(dir, "records/back.yaml")) || fs[0].Code != "link" {
		t.Errorf("%d records, findings %v; want 3 and a warning on back.yaml, read anyway", len(res.Records), fs)
	}
}
