package load

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/source"
)

// writeProject writes files (path -> content) into a new temporary folder.
func writeProject(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const projectYAML = `id: p
name: Projekt
start: 2025-01-01
end: 2026-03-31
target_groups:
  seniori: Senioři
territories:
  broumov: {name: Broumov, type: ORP}
`

const kaYAML = `id: KA4
title: Koncepce
territory: broumov
activities:
  - id: "4.1"
    title: Setkání
    outputs:
      - id: supervize
        title: supervizní setkání
        unit: event
        target: 12
        parts:
          - {id: a, title: A, target: 12}
    activities:
      - id: "4.1.1"
        title: Podaktivita
        outputs:
          - {id: hodiny, title: hodiny, unit: hour, target: 20, reported: false}
`

func TestDirLoadsPlanAndRecords(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"plans/project.yaml":      projectYAML,
		"plans/ka/ka04.yaml":      kaYAML,
		"plans/.hidden.yaml":      "not: read",
		"records/2025/one.yaml":   "date: 2025-03-12\noutput: 4.1/supervize\n",
		"records/2025/many.yml":   "- date: 2025-04-01\n  output: 4.1.1/hodiny\n  hours: 1.5\n- date: 2025-04-02\n  output: 4.1/supervize/a\n  quantity: 2\n  status: cancelled\n",
		"records/notes.md":        "ignored",
		"records/.git/junk.yaml":  "ignored: true",
		"records/2025/empty.yaml": "# nothing yet\n",
	})
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if res.PlanFiles != 2 || res.RecordFiles != 3 || len(res.Records) != 3 {
		t.Fatalf("plan files %d, record files %d, records %d; want 2, 3, 3", res.PlanFiles, res.RecordFiles, len(res.Records))
	}
	fs := res.Findings.Sorted()
	if len(fs) != 1 || fs[0].Code != "empty-file" || fs[0].Pos.File() != filepath.ToSlash(filepath.Join(dir, "records/2025/empty.yaml")) {
		t.Fatalf("want one empty-file warning, got %v", fs)
	}
	p := res.Project
	if len(p.KeyActivities) != 1 || len(p.AllActivities()) != 2 || len(p.AllOutputs()) != 2 {
		t.Fatalf("want 1 KA, 2 activities, 2 outputs; got %d, %d, %d", len(p.KeyActivities), len(p.AllActivities()), len(p.AllOutputs()))
	}
	hodiny := p.AllOutputs()[1]
	if hodiny.Ref() != "4.1.1/hodiny" || hodiny.IsReported() || hodiny.Activity.KA.ID.Val != "KA4" {
		t.Errorf("nested output: ref %s, reported %v", hodiny.Ref(), hodiny.IsReported())
	}
	if part := p.AllOutputs()[0].Parts[0]; part.Ref() != "4.1/supervize/a" {
		t.Errorf("part ref %s", part.Ref())
	}
	// Records come in file order (many.yml, one.yaml), each file's in order.
	got := []string{res.Records[0].Output.Val, res.Records[1].Output.Val, res.Records[2].Output.Val}
	want := []string{"4.1.1/hodiny", "4.1/supervize/a", "4.1/supervize"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("record %d: %s, want %s", i, got[i], want[i])
		}
	}
	r := res.Records[1]
	if r.IsHeld() || r.Quantity.Val != 2 || r.Amount("event") != 0 {
		t.Errorf("cancelled record counts nothing: held %v, amount %v", r.IsHeld(), r.Amount("event"))
	}
	if one := res.Records[2]; one.Quantity.IsSet() || one.Amount("event") != 1 {
		t.Errorf("quantity defaults to 1: got %v", one.Amount("event"))
	}
}

func TestPositionsPointAtValues(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"plans/project.yaml": projectYAML,
		"records/r.yaml":     "# comment\n- date: 2025-03-12\n  output:   4.1/supervize\n  hours: 1.5\n",
	})
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := res.Records[0]
	file := filepath.ToSlash(filepath.Join(dir, "records/r.yaml"))
	for _, tt := range []struct {
		name      string
		got, want source.Pos
	}{
		{"record", r.Pos, source.At(file, 2, 3)},
		{"date", r.Date.Pos, source.At(file, 2, 9)},
		{"output", r.Output.Pos, source.At(file, 3, 13)},
		{"hours", r.Hours.Pos, source.At(file, 4, 10)},
	} {
		if tt.got != tt.want {
			t.Errorf("%s at %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}

func TestDefaultPeriods(t *testing.T) {
	dir := writeProject(t, map[string]string{"plans/project.yaml": projectYAML})
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Project.Periods {
		got = append(got, p.ID.Val+" "+p.From.Val.String()+" "+p.To.Val.String())
	}
	want := []string{"ZoR1 2025-01-01 2025-06-30", "ZoR2 2025-07-01 2025-12-31", "ZoR3 2026-01-01 2026-03-31"}
	if len(got) != len(want) || !res.Project.DefaultPeriods {
		t.Fatalf("periods %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("period %d: %s, want %s", i, got[i], want[i])
		}
	}
}

func TestDirWithoutProject(t *testing.T) {
	dir := writeProject(t, map[string]string{"records/r.yaml": "date: 2025-01-01\n"})
	if _, err := Dir(dir); !errors.Is(err, ErrNoProject) {
		t.Errorf("want ErrNoProject, got %v", err)
	}
}

func TestDisplayPathsRelativeToDir(t *testing.T) {
	for _, tt := range []struct{ dir, want string }{
		{".", "records/a.yaml"},
		{"", "records/a.yaml"},
		{"../proj", "../proj/records/a.yaml"},
		{"proj/", "proj/records/a.yaml"},
	} {
		if got := display(tt.dir, "records/a.yaml"); got != tt.want {
			t.Errorf("display(%q) = %q, want %q", tt.dir, got, tt.want)
		}
	}
}

func TestFileTooLarge(t *testing.T) {
	dir := writeProject(t, map[string]string{"plans/project.yaml": projectYAML})
	big := make([]byte, MaxFileSize+1)
	for i := range big {
		big[i] = '#'
	}
	if err := os.MkdirAll(filepath.Join(dir, "records"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "records/big.yaml"), big, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Dir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fs := res.Findings.Sorted()
	if len(fs) != 1 || fs[0].Code != "file-too-large" {
		t.Errorf("want file-too-large, got %v", fs)
	}
}

func TestFindRoot(t *testing.T) {
	dir := writeProject(t, map[string]string{
		"plans/project.yaml":     projectYAML,
		"records/2025/a.yaml":    "date: 2025-01-01\noutput: 4.1/supervize\n",
		"elsewhere/nothing.yaml": "",
	})
	t.Chdir(filepath.Join(dir, "records", "2025"))
	if got := FindRoot("."); got != filepath.Join("..", "..") {
		t.Errorf("from records/2025: %q, want ../..", got)
	}
	if got := FindRoot(dir); got != dir {
		t.Errorf("from the root: %q, want %q", got, dir)
	}
	outside := t.TempDir()
	if got := FindRoot(outside); got != outside {
		t.Errorf("without a project: %q, want it unchanged", got)
	}
}
