package load

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/kraj-hk/rrp/internal/cache"
	"github.com/kraj-hk/rrp/internal/synth"
)

// TestPayloadNotThisBuilds: a pack whose checksum holds but whose payloads
// this build cannot decode (a bug, or another build under this one's key)
// gives what reading the files gives, and is replaced.
func TestPayloadNotThisBuilds(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("../../templates/projects/podpora-rodin-lk")); err != nil {
		t.Fatal(err)
	}
	if err := synth.Touch(dir, time.Now().Add(-time.Hour)); err != nil {
		t.Fatal(err)
	}
	want, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := cache.ForBuild(t.TempDir(), "test")
	tr := &tree{fsys: os.DirFS(dir), root: dir, real: realPath(dir)}
	files, err := tr.yamlFiles(RecordsDir, nil)
	if err != nil || len(files) == 0 {
		t.Fatalf("records files %v: %v", files, err)
	}
	var entries []cache.Entry
	for _, rel := range files {
		info, err := os.Stat(dir + "/" + rel)
		if err != nil {
			t.Fatal(err)
		}
		entries = append(entries, cache.Entry{Rel: rel, Stat: cache.StatOf(info), Payload: []byte{1, 0, 0, 0xff, 0xff}})
	}
	if err := c.Project(tr.real).Save(entries); err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second run reads the pack the first one wrote
		got, err := DirWith(dir, Options{Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Records, want.Records) || !reflect.DeepEqual(got.Findings.Sorted(), want.Findings.Sorted()) ||
			!reflect.DeepEqual(got.Comments, want.Comments) {
			t.Fatalf("with undecodable payloads: %d records, findings %v; want %d, %v", len(got.Records), got.Findings.Sorted(), len(want.Records), want.Findings.Sorted())
		}
	}
}

// TestLentPack: a project read from an fs.FS (a git revision) takes the
// payload of a file from the pack of the lender's folder when the bytes
// are the same, and leaves the pack as it was. The pack here is made to
// map the revision's bytes to another file's payload, so that taking it
// shows.
func TestLentPack(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"plans/project.yaml": "id: t\nname: T\nstart: 2025-01-01\nend: 2027-12-31\n",
		"records/a.yaml":     "- date: 2025-03-12\n  output: 4.1/a\n  id: a\n",
		"records/b.yaml":     "- date: 2025-04-01\n  output: 4.1/b\n  id: b\n",
	}
	revision := fstest.MapFS{}
	for name, text := range files {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		revision[name] = &fstest.MapFile{Data: []byte(text)}
	}
	c := cache.ForBuild(t.TempDir(), "test")
	own, err := DirWith(dir, Options{Cache: c}) // fills the pack
	if err != nil || len(own.Records) != 2 {
		t.Fatalf("%v records: %v", own, err)
	}
	pack := c.Project(realPath(dir))
	payloadB, ok := pack.ByContent(cache.SumOf([]byte(files["records/b.yaml"])))
	if !ok {
		t.Fatal("the pack holds no payload of b.yaml")
	}
	forged := []cache.Entry{{Rel: "records/a.yaml", Sum: cache.SumOf([]byte(files["records/a.yaml"])), Payload: payloadB}}
	if err := pack.Save(forged); err != nil {
		t.Fatal(err)
	}
	packPath := onlyPack(t, c)
	before, err := os.ReadFile(packPath)
	if err != nil {
		t.Fatal(err)
	}

	got, err := FSWith(revision, "", Options{Cache: c, Lender: dir})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]string{}
	for _, r := range got.Records {
		ids[r.Pos.File()] = r.ID.Val
	}
	if ids["records/a.yaml"] != "b" || ids["records/b.yaml"] != "b" {
		t.Errorf("ids by file %v: a.yaml was not taken from the pack by its contents, or b.yaml was", ids)
	}
	if after, err := os.ReadFile(packPath); err != nil || !bytes.Equal(after, before) {
		t.Errorf("reading a revision changed the lender's pack (%v)", err)
	}
	if plain, err := FS(revision, ""); err != nil || len(plain.Records) != 2 || plain.Records[0].ID.Val == plain.Records[1].ID.Val {
		t.Errorf("without the cache: %v, %v", plain, err)
	}
}

// onlyPack is the path of the one pack in the cache's folder.
func onlyPack(t *testing.T, c *cache.Cache) string {
	t.Helper()
	packs, err := filepath.Glob(filepath.Join(c.Dir(), "*.pack"))
	if err != nil || len(packs) != 1 {
		t.Fatalf("packs %v: %v", packs, err)
	}
	return packs[0]
}
