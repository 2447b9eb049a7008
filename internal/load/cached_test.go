package load

import (
	"os"
	"reflect"
	"testing"
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
