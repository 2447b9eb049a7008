package synth

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// FloorWorkers is how many goroutines the decoding floor uses: the cores
// of the machines rrp's speed goals were set on. rrp itself reads with
// more, since small files wait on the file system.
const FloorWorkers = 2

// The files of a synthetic project as plain typed structs: what a program
// that only decodes them would declare.
type (
	floorProject struct {
		ID           string            `yaml:"id"`
		Name         string            `yaml:"name"`
		Start        string            `yaml:"start"`
		End          string            `yaml:"end"`
		TargetGroups map[string]string `yaml:"target_groups"`
		Territories  map[string]struct {
			Name string `yaml:"name"`
			Type string `yaml:"type"`
		} `yaml:"territories"`
	}
	floorKA struct {
		ID        string `yaml:"id"`
		Title     string `yaml:"title"`
		Territory string `yaml:"territory"`
		Staff     []struct {
			Role string  `yaml:"role"`
			FTE  float64 `yaml:"fte"`
		} `yaml:"staff"`
		Activities []struct {
			ID           string   `yaml:"id"`
			Title        string   `yaml:"title"`
			TargetGroups []string `yaml:"target_groups"`
			Outputs      []struct {
				ID     string  `yaml:"id"`
				Title  string  `yaml:"title"`
				Unit   string  `yaml:"unit"`
				Target float64 `yaml:"target"`
			} `yaml:"outputs"`
		} `yaml:"activities"`
	}
	floorRecord struct {
		Date         string  `yaml:"date"`
		DateTo       string  `yaml:"date_to"`
		Output       string  `yaml:"output"`
		Quantity     float64 `yaml:"quantity"`
		Hours        float64 `yaml:"hours"`
		Participants struct {
			Total   float64            `yaml:"total"`
			ByGroup map[string]float64 `yaml:"by_group"`
		} `yaml:"participants"`
		Persons   []string `yaml:"persons"`
		Place     string   `yaml:"place"`
		Territory string   `yaml:"territory"`
		Evidence  []string `yaml:"evidence"`
		Status    string   `yaml:"status"`
		ID        string   `yaml:"id"`
		Note      string   `yaml:"note"`
	}
)

// DecodeFloor times reading every YAML file of the project in dir and
// decoding it with yaml.v3 into typed structs, on FloorWorkers goroutines:
// the cost no loader built on yaml.v3 can avoid.
func DecodeFloor(dir string) (time.Duration, error) {
	files, err := yamlFiles(dir)
	if err != nil {
		return 0, err
	}
	return timeFloor(files)
}

// timeFloor decodes files once, from memory given back to the system as a
// command starts, and says how long it took.
func timeFloor(files []string) (time.Duration, error) {
	debug.FreeOSMemory()
	start := time.Now()
	err := decodeAll(files)
	return time.Since(start), err
}

func yamlFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			files = append(files, path)
		}
		return err
	})
	return files, err
}

func decodeAll(files []string) error {
	next := make(chan string)
	errs := make(chan error, FloorWorkers)
	var wg sync.WaitGroup
	for range FloorWorkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var first error
			for path := range next {
				if err := decodeFile(path); err != nil && first == nil {
					first = err
				}
			}
			errs <- first
		}()
	}
	for _, path := range files {
		next <- path
	}
	close(next)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func decodeFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	switch base := filepath.Base(path); {
	case base == "project.yaml":
		var p floorProject
		return yaml.Unmarshal(data, &p)
	case filepath.Base(filepath.Dir(path)) == "plans":
		var ka floorKA
		return yaml.Unmarshal(data, &ka)
	default:
		var records []floorRecord
		return yaml.Unmarshal(data, &records)
	}
}
