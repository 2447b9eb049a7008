package project_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"rrp/internal/date"
	"rrp/internal/project"
	"rrp/internal/synth"
)

// BenchmarkValidate loads and checks 1k, 10k and 100k synthetic records, one
// record per file and 1000 per file. Beside ns/op it reports floor-ns: the
// time yaml.v3 alone takes to decode the same files, one after another (the
// cost no loader built on it can avoid), and x-floor, the ratio of the two.
func BenchmarkValidate(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		for _, perFile := range []int{1, 1000} {
			b.Run(fmt.Sprintf("records=%d/per-file=%d", n, perFile), func(b *testing.B) {
				dir := synthProject(b, n, perFile)
				floor := decodeFloor(b, dir)
				opts := project.Options{Today: date.New(2026, 1, 1)}
				b.ResetTimer()
				for range b.N {
					snap, err := project.OpenDir(dir, opts)
					if err != nil {
						b.Fatal(err)
					}
					if c := snap.Check(0); len(c.Findings) != 0 || len(snap.Records) != n {
						b.Fatalf("%d records, %d findings: %v", len(snap.Records), len(c.Findings), c.Findings[0])
					}
				}
				b.StopTimer()
				perOp := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				b.ReportMetric(float64(floor.Nanoseconds()), "floor-ns")
				b.ReportMetric(perOp/float64(floor.Nanoseconds()), "x-floor")
			})
		}
	}
}

// decodeFloor times reading and decoding every YAML file of dir into
// yaml.Node, sequentially: the best of three runs.
func decodeFloor(b *testing.B, dir string) time.Duration {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	best := time.Duration(1<<63 - 1)
	for range 3 {
		start := time.Now()
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			var n yaml.Node
			if err := yaml.Unmarshal(data, &n); err != nil {
				b.Fatal(err)
			}
		}
		best = min(best, time.Since(start))
	}
	return best
}

// projects caches generated trees: writing 100k files takes seconds.
var projects = map[string]string{}

func synthProject(b *testing.B, n, perFile int) string {
	key := fmt.Sprint(n, "/", perFile)
	if dir, ok := projects[key]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", "rrp-bench-")
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(dir, n, perFile); err != nil {
		b.Fatal(err)
	}
	projects[key] = dir
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range projects {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}
