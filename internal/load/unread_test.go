package load

import (
	"slices"
	"testing"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
)

// TestRecordUnread: each record keeps the keys whose value was written but
// could not be read, so checks can tell a wrong value from a missing one;
// aliases and anchors on records and keys give one finding each.
func TestRecordUnread(t *testing.T) {
	tests := []struct {
		name   string
		yaml   string
		unread [][]string // per record
		codes  []string
	}{
		{"clean", "date: 2025-03-12\noutput: 4.1/h\nhours: 1.5\n", [][]string{nil}, nil},
		{"decimal comma", "date: 2025-03-12\noutput: 4.1/h\nhours: 1,5\n", [][]string{{"hours"}}, []string{"type"}},
		{"scalar evidence", "date: 2025-03-12\noutput: 4.1/e\nevidence: a.pdf\n", [][]string{{"evidence"}}, []string{"type"}},
		{"bad evidence item", "date: 2025-03-12\noutput: 4.1/e\nevidence: [[a.pdf]]\n", [][]string{{"evidence"}}, []string{"type"}},
		{"status list", "date: 2025-03-12\noutput: 4.1/e\nstatus: [held]\n", [][]string{{"status"}}, []string{"type"}},
		{"empty value is absent", "date: 2025-03-12\noutput: 4.1/e\nhours:\n", [][]string{nil}, nil},
		{"anchored key", "&a date: 2025-03-12\noutput: 4.1/e\n", [][]string{{"date"}}, []string{"alias"}},
		{"anchored empty key", "&a date:\noutput: 4.1/e\n", [][]string{{"date"}}, []string{"alias"}},
		{"anchored record", "- &r\n  date: 2025-03-12\n  output: 4.1/e\n", [][]string{{record.AllUnread}}, []string{"alias"}},
		{"alias record", "- &r {date: 2025-03-12}\n- *r\n", [][]string{{record.AllUnread}}, []string{"alias", "alias"}},
		{"anchored scalar record", "- &s text\n", nil, []string{"alias"}},
		{"scalar record", "- text\n", nil, []string{"type"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fs finding.List
			recs := decodeRecords("r.yaml", []byte(tt.yaml), &fs)
			var unread [][]string
			for _, r := range recs {
				unread = append(unread, r.Unread)
			}
			if !slices.EqualFunc(unread, tt.unread, slices.Equal) {
				t.Errorf("unread %q, want %q", unread, tt.unread)
			}
			var codes []string
			for _, f := range fs.Sorted() {
				codes = append(codes, string(f.Code))
			}
			if !slices.Equal(codes, tt.codes) {
				t.Errorf("findings %v, want %v", fs.Sorted(), tt.codes)
			}
		})
	}
}

func TestStaffUnread(t *testing.T) {
	var fs finding.List
	ka := decodeKeyActivity("ka.yaml", []byte("id: KA4\ntitle: T\nterritory: b\nactivities: []\nstaff:\n  - {role: k, fte: \"0,5\"}\n  - {role: l, hours: 120}\n"), &fs)
	if len(ka.Staff) != 2 || !slices.Equal(ka.Staff[0].Unread, []string{"fte"}) || ka.Staff[1].Unread != nil {
		t.Errorf("staff %+v, want fte unread in the first only", ka.Staff)
	}
}

func TestProjectUnread(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want []string
	}{
		{"clean", projectYAML, nil},
		{"empty", "# TODO\n", []string{plan.AllUnread}},
		{"syntax error", "id: [\n", []string{plan.AllUnread}},
		{"not a mapping", "- id: p\n", []string{plan.AllUnread}},
		{"codelist a list", "id: p\nname: n\nstart: 2025-01-01\nend: 2025-12-31\nterritories: [broumov]\n", []string{"territories"}},
	}
	for _, tt := range tests {
		var fs finding.List
		p := decodeProject("project.yaml", []byte(tt.yaml), true, &fs)
		if !slices.Equal(p.Unread, tt.want) {
			t.Errorf("%s: unread %q, want %q", tt.name, p.Unread, tt.want)
		}
	}
	var fs finding.List
	if p := decodeProject("project.yaml", nil, false, &fs); !p.IsUnread("territories") {
		t.Errorf("a project file that could not be read: codelists not marked unread")
	}
}
