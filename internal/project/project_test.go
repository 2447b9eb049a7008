package project_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
)

// small writes a project of two key activities: KA4 with 4.1/a (target 2)
// and KA5 with 5.1/b (target 1), and the given records files.
func small(t *testing.T, records map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"plans/project.yaml": `id: t
name: Test
start: 2025-01-01
end: 2025-12-31
periods:
  - {id: P1, from: 2025-01-01, to: 2025-06-30}
  - {id: P2, from: 2025-07-01, to: 2025-12-31}
target_groups: {seniori: Senioři}
territories:
  broumov: {name: Broumov, type: ORP}
  jaromer: {name: Jaroměř, type: ORP}
`,
		"plans/ka4.yaml": `id: KA4
title: A
territory: broumov
activities:
  - id: "4.1"
    title: a
    outputs:
      - {id: a, title: a, unit: event, target: 2}
`,
		"plans/ka5.yaml": `id: KA5
title: B
territory: jaromer
activities:
  - id: "5.1"
    title: b
    outputs:
      - {id: b, title: b, unit: event, target: 1}
`,
	}
	for name, text := range records {
		files["records/"+name] = text
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func open(t *testing.T, dir string) *project.Snapshot {
	t.Helper()
	snap, err := project.OpenDir(dir, project.Options{Today: date.New(2026, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func day(s string) date.Date {
	d, err := date.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func codes(fs []finding.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code))
	}
	return strings.Join(out, " ")
}

// TestCheckAsOf: the over-target warning counts the records up to the
// as-of date it is asked for, every dated record when none is.
func TestCheckAsOf(t *testing.T) {
	snap := open(t, small(t, map[string]string{"b.yaml": `- {date: 2025-03-01, output: 5.1/b, evidence: [x.pdf]}
- {date: 2025-08-01, output: 5.1/b, evidence: [y.pdf]}
`}))
	for _, tt := range []struct {
		asOf date.Date
		want string
	}{{0, "over-target"}, {day("2025-12-31"), "over-target"}, {day("2025-07-31"), ""}} {
		c := snap.Check(tt.asOf)
		if got := codes(c.Findings); got != tt.want || c.Warnings != len(c.Findings) || c.Errors != 0 {
			t.Errorf("as of %v: %q (%d errors, %d warnings), want %q", tt.asOf, got, c.Errors, c.Warnings, tt.want)
		}
	}
}

// TestFiguresAgree: what the fulfilment counts, the events it hands the
// report and the records it leaves out add up, by the one rule.
func TestFiguresAgree(t *testing.T) {
	snap := open(t, small(t, map[string]string{"a.yaml": `- {date: 2025-02-01, output: 4.1/a, evidence: [1.pdf]}
- {date: 2025-07-02, output: 4.1/a, evidence: [2.pdf], territory: jaromer}
- {date: 2025-07-03, output: 4.1/a, status: cancelled}
- {date: 2025-09-01, output: 4.1/a, evidence: [3.pdf]}
- {date: 2025-07-04, output: 4.1/zzz, evidence: [4.pdf]}
- {date: 2025-07-05, output: 5.1/b, evidence: [5.pdf]}
`}))
	opts, err := snap.Options(fulfil.Request{Today: day("2025-08-31"), Thresholds: fulfil.DefaultThresholds})
	if err != nil {
		t.Fatal(err)
	}
	res := snap.Fulfil(opts)
	if res.Period == nil || res.Period.ID != "P2" {
		t.Fatalf("period %+v, want P2", res.Period)
	}
	if got := res.Outputs[0].Achieved; got != 2 {
		t.Errorf("4.1/a achieved %v, want 2", got)
	}
	if len(res.Counted) != 3 || res.Later != 1 || res.Skipped != 1 {
		t.Errorf("counted %d, later %d, skipped %d; want 3, 1, 1", len(res.Counted), res.Later, res.Skipped)
	}
	events := res.PeriodEvents()
	if len(events) != 2 || events[0].Territory != "jaromer" || events[1].Target.Ref() != "5.1/b" {
		t.Errorf("events of P2: %d", len(events))
	}
	for _, r := range res.Territories {
		if r.ID == "jaromer" && r.Events != 2 {
			t.Errorf("Jaroměř reached by %d events, want 2 (its own and one of KA4 held there)", r.Events)
		}
	}
	opts.KA = "KA5"
	if res := snap.Fulfil(opts); len(res.Counted) != 1 || res.Later != 0 {
		t.Errorf("KA5: counted %d, later %d; want 1, 0", len(res.Counted), res.Later)
	}
}

// TestWith: a record about to be written is checked with the others, and
// a clash of ids is reported on it, as the later file.
func TestWith(t *testing.T) {
	snap := open(t, small(t, map[string]string{"a.yaml": "- {id: x1, date: 2025-02-01, output: 4.1/a, evidence: [1.pdf]}\n"}))
	with := snap.WithFile("records/new.yaml", []byte("id: x1\ndate: 2025-02-02\noutput: 4.1/a\nevidence: [2.pdf]\n"))
	fs := with.Check(0).Findings
	if len(fs) != 1 || fs[0].Code != "duplicate-id" || fs[0].Pos.File() != "records/new.yaml" {
		t.Fatalf("findings %v, want one duplicate id in the new file", fs)
	}
	if len(snap.Records) != 1 || len(snap.Check(0).Findings) != 0 {
		t.Errorf("With changed the snapshot it was made from")
	}
	if with.Fulfil(fulfil.Options{AsOf: day("2025-12-31")}).Outputs[0].Achieved != 2 {
		t.Errorf("the new record does not count")
	}
}

// TestWithFileReadsComments: a record about to be written is checked as
// validate will check it, its comments included.
func TestWithFileReadsComments(t *testing.T) {
	snap := open(t, small(t, nil))
	data := "# volat paní Novákové 777 123 456\nid: x1\ndate: 2025-02-02\noutput: 4.1/a\nevidence: [2.pdf]\n"
	fs := snap.WithFile("records/new.yaml", []byte(data)).Check(0).Findings
	if len(fs) != 1 || fs[0].Code != finding.CodePersonalData || fs[0].Pos.Line != 1 {
		t.Fatalf("findings %v, want personal data in the comment on line 1", fs)
	}
	if len(snap.Check(0).Findings) != 0 {
		t.Errorf("WithFile changed the snapshot it was made from")
	}
}

func TestFindingsOf(t *testing.T) {
	dir := small(t, map[string]string{
		"a.yaml": "- {date: 2025-02-01, output: 4.1/a}\n",
		"b.yaml": "- {date: 2025-02-01, output: 5.1/b}\n",
		"c.yaml": "- {date: 2025-02-01, output: 9.9/c}\n",
	})
	snap := open(t, dir)
	all := snap.Check(0).Findings
	var files []string
	for _, f := range snap.FindingsOf(all, "KA4") {
		files = append(files, filepath.Base(f.Pos.File()))
	}
	if got := strings.Join(files, " "); got != "a.yaml" {
		t.Errorf("KA4's findings are in %q, want a.yaml alone (of %d findings)", got, len(all))
	}
}
