// Package synth writes synthetic projects for benchmarks and load tests: a
// plan shaped like RRP IV (14 key activities) and any number of valid
// records, one per file or many per file. It is test support; no command
// uses it.
package synth

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Shape of the synthetic plan.
const (
	KeyActivities   = 14
	ActivitiesPerKA = 3
	// Outputs per activity: an event, an hour and a piece output.
	OutputsPerActivity = 3
)

// Write creates a project in dir with n records, perFile records to a file
// (1: one record per file). Record dates fall in 2025, inside the project.
func Write(dir string, n, perFile int) error {
	if err := writePlan(dir); err != nil {
		return err
	}
	for first := 0; first < n; first += perFile {
		count := min(perFile, n-first)
		if err := writeRecords(dir, first, count); err != nil {
			return err
		}
	}
	return nil
}

func writePlan(dir string) error {
	plans := filepath.Join(dir, "plans")
	if err := os.MkdirAll(plans, 0o755); err != nil {
		return err
	}
	var territories strings.Builder
	for k := range KeyActivities {
		fmt.Fprintf(&territories, "  orp-%d: {name: ORP %d, type: ORP}\n", k, k)
	}
	project := fmt.Sprintf(`id: synth
name: Syntetický projekt
start: 2025-01-01
end: 2027-12-31
target_groups:
  neformalni-pecujici: Neformální pečující
  seniori: Senioři
territories:
%s`, territories.String())
	if err := os.WriteFile(filepath.Join(plans, "project.yaml"), []byte(project), 0o644); err != nil {
		return err
	}
	for k := range KeyActivities {
		if err := os.WriteFile(filepath.Join(plans, fmt.Sprintf("ka%02d.yaml", k)), []byte(keyActivity(k)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func keyActivity(k int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: KA%d\ntitle: Klíčová aktivita %d\nterritory: orp-%d\nstaff:\n  - {role: koordinátor, fte: 0.7}\nactivities:\n", k, k, k)
	for a := range ActivitiesPerKA {
		fmt.Fprintf(&b, `  - id: "%d.%d"
    title: Aktivita %d.%d
    target_groups: [neformalni-pecujici, seniori]
    outputs:
      - {id: setkani, title: setkání, unit: event, target: 100000}
      - {id: podpora, title: metodická podpora, unit: hour, target: 100000}
      - {id: letak, title: informační materiál, unit: piece, target: 100000}
`, k, a, k, a)
	}
	return b.String()
}

// Record returns the i-th synthetic record as a YAML sequence item. Records
// of one output on one day are held in different rooms, so the data is
// clean: no record reads as a duplicate of another.
func Record(i int) string {
	k, a := i%KeyActivities, (i/KeyActivities)%ActivitiesPerKA
	day := 1 + i%28
	month := 1 + (i/28)%12
	ref := fmt.Sprintf("%d.%d/setkani", k, a)
	extra := ""
	switch i % OutputsPerActivity {
	case 1:
		ref = fmt.Sprintf("%d.%d/podpora", k, a)
		extra = "\n  hours: 1.5"
	case 2:
		ref = fmt.Sprintf("%d.%d/letak", k, a)
		extra = "\n  quantity: 20"
	}
	return fmt.Sprintf(`- date: 2025-%02d-%02d
  output: %s%s
  participants:
    total: 12
    by_group: {neformalni-pecujici: 4, seniori: 6}
  place: Obecní úřad, zasedačka %d
  evidence: [evidence/KA%d/2025-%02d-%02d-prezencni-listina.pdf]
  id: rec-%d
  note: Setkání s pečujícími, prezenční listina v evidenci.
`, month, day, ref, extra, i, k, month, day, i)
}

func writeRecords(dir string, first, count int) error {
	sub := filepath.Join(dir, "records", fmt.Sprintf("%03d", first/1000%1000))
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return err
	}
	var b strings.Builder
	for i := first; i < first+count; i++ {
		b.WriteString(Record(i))
	}
	return os.WriteFile(filepath.Join(sub, fmt.Sprintf("r%07d.yaml", first)), []byte(b.String()), 0o644)
}

// Touch sets the modification time of every file of the project in dir
// to t: a project just written looks, to rrp's cache, like one whose
// files may still be changing.
func Touch(dir string, t time.Time) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		return os.Chtimes(path, t, t)
	})
}
