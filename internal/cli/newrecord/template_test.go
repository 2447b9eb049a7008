package newrecord

import (
	"io/fs"
	"path"
	"regexp"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/recordfile"
	"github.com/kraj-hk/rrp/internal/schema"
	"github.com/kraj-hk/rrp/templates"
)

// TestTemplateSchemaLine: a record template copied by hand to where its
// record belongs (records/<year>/<KA>/, as the coordinators' guide says)
// points the editor at the project's record schema, the one rrp schema
// and rrp init write, and says so from its first line.
func TestTemplateSchemaLine(t *testing.T) {
	want := path.Join(schema.Dir, schema.RecordFile)
	folder := recordfile.Folder(date.New(2025, time.March, 12), "KA4")
	line := regexp.MustCompile(`^# yaml-language-server: \$schema=(\S+)\n`)
	names, err := fs.Glob(templates.Records, "records/*.yaml")
	if err != nil || len(names) == 0 {
		t.Fatalf("no templates: %v", err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(templates.Records, name)
		if err != nil {
			t.Fatal(err)
		}
		m := line.FindSubmatch(data)
		if m == nil {
			t.Errorf("%s: the first line is not the editor's schema line", name)
			continue
		}
		if got := path.Join(folder, string(m[1])); got != want {
			t.Errorf("%s: copied to %s/, its schema line points at %s, not %s", name, folder, got, want)
		}
	}
}
