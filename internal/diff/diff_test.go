package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rrp/internal/date"
	"rrp/internal/fulfil"
	"rrp/internal/gitrev"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var today = date.New(2026, 1, 15)

// fixture compares testdata/base with testdata/head: one record added at
// the top of a file, one edited (hours 2.5 → 4), one removed, one added
// in a new file for an output the plan adds, and a target raised.
func fixture(t *testing.T) *Result {
	t.Helper()
	base, err := LoadWorkTree("testdata/base", today)
	if err != nil {
		t.Fatal(err)
	}
	base.Rev = gitrev.Rev{Name: "main", Commit: strings.Repeat("ab", 20)}
	head, err := LoadWorkTree("testdata/head", today)
	if err != nil {
		t.Fatal(err)
	}
	return Compare(base, head, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (go test -update rewrites it):\n%s", name, path, got)
	}
}

func TestGolden(t *testing.T) {
	res := fixture(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var out bytes.Buffer
			if err := Write(&out, res, format); err != nil {
				t.Fatal(err)
			}
			golden(t, "fixture."+format, out.Bytes())
		})
	}
}

// TestCompare pins the figures the golden files show.
func TestCompare(t *testing.T) {
	res := fixture(t)
	s := res.Summary()
	want := Summary{RecordsAdded: 2, RecordsRemoved: 1, RecordsChanged: 1, OutputsChanged: 5, PlanChanges: 2}
	if s != want {
		t.Errorf("summary = %+v, want %+v", s, want)
	}
	if got := s.Line(); got != "+2 records, −1, 1 changed; 5 outputs changed; 2 plan changes" {
		t.Errorf("line = %q", got)
	}
	byRef := map[string]OutputChange{}
	for _, o := range res.Outputs {
		byRef[o.Ref()] = o
	}
	if o := byRef["4.1/metodicka-podpora"]; o.Before.Achieved != 2.5 || o.After.Achieved != 4 {
		t.Errorf("hours: %v → %v, want 2.5 → 4", o.Before.Achieved, o.After.Achieved)
	}
	if o := byRef["4.2/kazuistika"]; o.Before != nil || o.After.Achieved != 1 {
		t.Errorf("new output: %+v", o)
	}
	if o, ok := byRef["4.1/letak"]; !ok || o.Before.Percent == o.After.Percent {
		t.Errorf("a new target must change the leaflets' percentage: %+v", o)
	}
	if _, ok := byRef["4.2/metodika"]; ok {
		t.Error("an output nothing happened to is listed")
	}
}

func TestNoChange(t *testing.T) {
	base, err := LoadWorkTree("testdata/base", today)
	if err != nil {
		t.Fatal(err)
	}
	res := Compare(base, base, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
	var out bytes.Buffer
	if err := Write(&out, res, "markdown"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "+0 records, −0; no change to fulfilment\n") || strings.Contains(out.String(), "|") {
		t.Errorf("no change:\n%s", out.String())
	}
}

// TestEmptyBase: a revision before the project existed is an empty side;
// every output of the head is new.
func TestEmptyBase(t *testing.T) {
	head, err := LoadWorkTree("testdata/head", today)
	if err != nil {
		t.Fatal(err)
	}
	res := Compare(&Side{}, head, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
	s := res.Summary()
	if s.RecordsAdded != 5 || s.PlanChanges != 9 || s.OutputsChanged != 4 {
		t.Errorf("summary = %+v", s)
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, fixture(t), "csv"); err == nil {
		t.Error("csv accepted")
	}
}
