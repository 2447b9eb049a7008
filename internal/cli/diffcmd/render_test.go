package diffcmd

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/diff"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/gitrev"
	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/internal/table"
)

var today = date.New(2026, 1, 15)

// fixtureDir holds package diff's fixture, whose figures its TestCompare
// pins: testdata/base and testdata/head.
const fixtureDir = "../../diff/testdata"

// fixture compares the base with the head: one record added at the top of
// a file, one edited (hours 2.5 → 4), one removed, one added in a new file
// for an output the plan adds, and a target raised.
func fixture(t *testing.T) *diff.Result {
	t.Helper()
	base, err := loadWorkTree(filepath.Join(fixtureDir, "base"), today)
	if err != nil {
		t.Fatal(err)
	}
	base.Rev = gitrev.Rev{Name: "main", Commit: strings.Repeat("ab", 20)}
	head, err := loadWorkTree(filepath.Join(fixtureDir, "head"), today)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Compare(base, head, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
}

func TestGolden(t *testing.T) {
	res := fixture(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var out bytes.Buffer
			if err := write(&out, res, format, table.Options{}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "fixture."+format+".golden"), out.Bytes())
		})
	}
}

// TestGoldenWidths prints the tables for terminals of 80, 100 and 120
// columns: every line fits, every row on one line.
func TestGoldenWidths(t *testing.T) {
	res := fixture(t)
	for _, width := range []int{80, 100, 120} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			var out bytes.Buffer
			if err := write(&out, res, "table", table.Options{Width: width}); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", fmt.Sprintf("fixture.table.%d.golden", width)), out.Bytes())
			for _, line := range strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n") {
				if w := twwidth.Width(line); w > width {
					t.Errorf("a line %d wide on a terminal of %d: %s", w, width, line)
				}
			}
		})
	}
}

// TestGoldenCzech: what people read is in Czech for a Czech reader (the
// JSON, for programs, is the same in every language).
func TestGoldenCzech(t *testing.T) {
	res := fixture(t)
	cs := i18n.New(i18n.Czech)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var out, en bytes.Buffer
			if err := write(&out, res, format, table.Options{P: cs}); err != nil {
				t.Fatal(err)
			}
			if format == "json" {
				if err := write(&en, res, format, table.Options{}); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(out.Bytes(), en.Bytes()) {
					t.Error("the JSON differs in Czech")
				}
				return
			}
			golden.Check(t, filepath.Join("testdata", "fixture."+format+".cs.golden"), out.Bytes())
		})
	}
}

func TestNoChange(t *testing.T) {
	base, err := loadWorkTree(filepath.Join(fixtureDir, "base"), today)
	if err != nil {
		t.Fatal(err)
	}
	res := diff.Compare(base, base, fulfil.Options{AsOf: today, Thresholds: fulfil.DefaultThresholds})
	var out bytes.Buffer
	if err := write(&out, res, "markdown", table.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "+0 records, −0; no change to fulfilment\n") || strings.Contains(out.String(), "|") {
		t.Errorf("no change:\n%s", out.String())
	}
}

func TestUnknownFormat(t *testing.T) {
	if err := write(&bytes.Buffer{}, fixture(t), "csv", table.Options{}); err == nil {
		t.Error("csv accepted")
	}
}

// loadWorkTree opens the project in dir as a command does and makes it
// the work tree's side.
func loadWorkTree(dir string, today date.Date) (*diff.Side, error) {
	snap, err := project.OpenDir(dir, project.Options{Today: today})
	if err != nil {
		return nil, err
	}
	return diff.WorkTree(snap, dir), nil
}
