package load

import (
	"testing"
	"unicode/utf8"

	"github.com/kraj-hk/rrp/internal/finding"
)

// The fuzz targets feed arbitrary bytes to the parsers. They must never
// panic, and every finding must point inside the file it is about. What a
// records file decodes to comes back the same from its payload (the
// cache's form).

func FuzzRecordFile(f *testing.F) {
	for _, seed := range []string{
		"date: 2025-03-12\noutput: 4.2/workshop\n",
		"- date: 2025-03-12\n  output: 4.1/supervize\n  hours: 1.5\n  participants: {total: 8, by_group: {seniori: 5}}\n  evidence: [a.pdf]\n",
		"- {date: 2025-01-01, output: x, quantity: \"1,5\"}\n- [1, 2]\n",
		"a: &x [1]\nb: *x\n",
		"date: 2025-03-12\ndate: 2025-03-13\n",
		"---\ndate: 1\n---\ndate: 2\n",
		"date: 12. 3. 2025\n\toutput: x\n",
		"- &r {date: 2025-03-12, evidence: a.pdf}\n- *r\n- &s x\n",
		"&a date: 2025-03-12\n&b output:\nhours: 1,5\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fs finding.List
		recs, comments := decodeRecordsFile("r.yaml", data, &fs)
		positionsInside(t, data, "r.yaml", &fs)
		roundTrip(t, "r.yaml", recs, comments, &fs)
	})
}

func FuzzPlanFile(f *testing.F) {
	for _, seed := range []string{
		"id: KA4\ntitle: T\nterritory: broumov\nstaff:\n  - {role: k, fte: 0.7}\nactivities:\n  - id: \"4.1\"\n    title: A\n    outputs:\n      - {id: o, title: O, unit: event, target: 12, parts: [{id: p, title: P, target: 12}], schedule: [{by: 2025-12-31, value: 1}]}\n    activities:\n      - {id: \"4.1.1\", title: B}\n",
		"id: rrp\nname: N\nstart: 2025-01-01\nend: 2027-12-31\nperiods:\n  - {id: ZoR1, from: 2025-01-01, to: 2025-06-30}\ntarget_groups: {a: A}\nterritories:\n  b: {name: B, type: ORP, members: [x]}\nfunding: {esf: 85, state: 10, region: 5}\n",
		"activities: [[[[]]]]\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fs finding.List
		decodeKeyActivity("ka.yaml", data, &fs)
		decodeProject("project.yaml", data, true, &fs)
		positionsInside(t, data, "", &fs)
	})
}

// positionsInside fails when a finding names another file or a line or
// column the file does not have. Lines are counted as YAML counts them.
func positionsInside(t *testing.T, data []byte, file string, fs *finding.List) {
	t.Helper()
	lines := splitLines(data)
	for _, f := range fs.Sorted() {
		if file != "" && f.Pos.File() != file {
			t.Fatalf("finding in %q, want %q: %+v", f.Pos.File(), file, f)
		}
		if f.Pos.Line < 1 || int(f.Pos.Line) > len(lines) {
			t.Fatalf("line %d outside the file's %d lines: %+v", f.Pos.Line, len(lines), f)
		}
		if width := utf8.RuneCount(lines[f.Pos.Line-1]); f.Pos.Col < 1 || int(f.Pos.Col) > width+1 {
			t.Fatalf("column %d outside line %d of %d characters: %+v", f.Pos.Col, f.Pos.Line, width, f)
		}
	}
}
