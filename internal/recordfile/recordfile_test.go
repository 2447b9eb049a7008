package recordfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/project"
	"github.com/kraj-hk/rrp/templates"
)

func TestPath(t *testing.T) {
	d := date.New(2025, 3, 12)
	for _, tt := range []struct {
		ka, out string
		n       int
		want    string
	}{
		{"KA4", "supervize", 1, "records/2025/KA04/2025-03-12-supervize.yaml"},
		{"KA17", "prednaska", 1, "records/2025/KA17/2025-03-12-prednaska.yaml"},
		{"KA4", "supervize", 3, "records/2025/KA04/2025-03-12-supervize-3.yaml"},
	} {
		if got := Path(d, tt.ka, tt.out, tt.n); got != tt.want {
			t.Errorf("Path(%s, %s, %d) = %s, want %s", tt.ka, tt.out, tt.n, got, tt.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// TestEveryTemplateFilled: each unit's template, filled, is a record the
// loader and checks take without a finding, keeps its Czech comments and
// leaves out the example values not given.
func TestEveryTemplateFilled(t *testing.T) {
	cases := map[string]Values{
		"event":     {Output: "4.2/aktivizacni-workshop", Participants: ptr(12), Evidence: []string{"evidence/KA04/a.pdf"}},
		"hour":      {Output: "6.1/metodicka-podpora", Hours: ptr(1.5), Evidence: []string{"e.pdf"}},
		"piece":     {Output: "9.1/informacni-material", Quantity: ptr(50.0), Evidence: []string{"e.pdf"}, Note: "leták: 2. vydání"},
		"person":    {Output: "6.1/proskoleny-pracovnik", Quantity: ptr(2.0), Evidence: []string{"e.pdf"}},
		"document":  {Output: "9.1/metodika-prace-s-detmi", Evidence: []string{"e.pdf"}, Place: "Jičín"},
		"milestone": {Output: "15.4/zpravy-z-destigmatizacnich-akci", Evidence: []string{"e.pdf"}},
	}
	for unit, v := range cases {
		t.Run(unit, func(t *testing.T) {
			v.Date = date.New(2025, 3, 12)
			data, err := Render(templates.Records, unit, v, "../../../templates/schemas/record.schema.json")
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			if !strings.HasPrefix(text, "# yaml-language-server: $schema=../../../templates/schemas/record.schema.json\n") ||
				!strings.Contains(text, "# Datum") || !strings.Contains(text, "date: 2025-03-12\n") {
				t.Errorf("rendered:\n%s", text)
			}
			if v.Place == "" && strings.Contains(text, "place:") {
				t.Errorf("the template's example place is kept:\n%s", text)
			}
			dir := t.TempDir()
			copyPlans(t, dir)
			file := filepath.Join(dir, "records", "a.yaml")
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, data, 0o644); err != nil {
				t.Fatal(err)
			}
			snap, err := project.OpenDir(dir, project.Options{Today: date.New(2026, 1, 1)})
			if err != nil {
				t.Fatal(err)
			}
			if fs := snap.Check(0).Findings; len(fs) > 0 || len(snap.Records) != 1 {
				t.Errorf("%d records, findings %v\n%s", len(snap.Records), fs, text)
			}
		})
	}
}

func TestRenderWithoutSchema(t *testing.T) {
	data, err := Render(templates.Records, "event", Values{Date: date.New(2025, 3, 12), Output: "4.2/x"}, "")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "yaml-language-server") {
		t.Errorf("schema line kept:\n%s", data)
	}
	if _, err := Render(templates.Records, "furlong", Values{}, ""); err == nil {
		t.Error("a unit without a template rendered")
	}
}

func copyPlans(t *testing.T, dir string) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(dir, "plans"), os.DirFS("../../plans")); err != nil {
		t.Fatal(err)
	}
}

// TestCommentedKeysTakeTheirPlace: a key the template shows commented out
// is written in place of its comment line when given, and the comment
// line stays when not.
func TestCommentedKeysTakeTheirPlace(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    Values
		want []string
	}{
		{"both given", Values{Status: "cancelled", Territory: "pocidlinsko", Note: "lektor onemocněl"},
			[]string{"output: 4.1/supervize", "# Akce, která se nekonala", "status: cancelled", "# Území, jen když", "territory: pocidlinsko", "# Poznámka", "note: lektor onemocněl"}},
		{"one given", Values{Territory: "pocidlinsko"},
			[]string{"output: 4.1/supervize", "# Akce, která se nekonala", "# status: cancelled", "# Území, jen když", "territory: pocidlinsko"}},
		{"none given", Values{Note: "x"},
			[]string{"# status: cancelled", "# territory: broumov", "note: x"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.v.Date, tt.v.Output = date.New(2025, 4, 1), "4.1/supervize"
			data, err := Render(templates.Records, "event", tt.v, "")
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q missing after position %d in\n%s", w, at, text)
				}
				at += i + len(w)
			}
			if strings.Count(text, "status:") > 1 || strings.Count(text, "territory:") > 1 {
				t.Errorf("a key written twice:\n%s", text)
			}
		})
	}
}

func TestFolder(t *testing.T) {
	d := date.New(2025, 3, 12)
	for ka, want := range map[string]string{
		"KA4": "records/2025/KA04", "ka 4": "records/2025/KA04", "KA004": "records/2025/KA04",
		"KA17": "records/2025/KA17", "Činnost A": "records/2025/cinnost-a", "": "records/2025/other",
	} {
		if got := Folder(d, ka); got != want {
			t.Errorf("Folder(%q) = %q, want %q", ka, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Akce KA4 – Broumov": "akce-ka4-broumov", "Účastníci: 2025": "ucastnici-2025",
		"  žluťoučký kůň ": "zlutoucky-kun", "–": "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNewKeysInTheLoadersOrder: keys the template lacks take their place
// in the loader's order (date_to after date, persons before place), and
// the participants by target group follow their total.
func TestNewKeysInTheLoadersOrder(t *testing.T) {
	for _, tt := range []struct {
		name string
		v    Values
		want []string
	}{
		{"date_to and persons", Values{DateTo: date.New(2025, 4, 3), Persons: []string{"K-017", "K-023"}, Place: "Broumov"},
			[]string{"date: 2025-04-01\n", "date_to: 2025-04-03\n", "output: 4.1/supervize\n", "persons: [K-017, K-023]\n", "place: Broumov\n"}},
		{"by group with total", Values{Participants: ptr(14), ByGroup: []GroupCount{{"seniori", 8}, {"neformalni-pecujici", 4}}},
			[]string{"participants:\n  total: 14\n  by_group: {seniori: 8, neformalni-pecujici: 4}\n"}},
		{"by group alone: the total is their sum", Values{ByGroup: []GroupCount{{"seniori", 8}, {"neformalni-pecujici", 4}}},
			[]string{"  total: 12\n  by_group: {seniori: 8, neformalni-pecujici: 4}\n"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.v.Date, tt.v.Output = date.New(2025, 4, 1), "4.1/supervize"
			data, err := Render(templates.Records, "event", tt.v, "")
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%q missing after position %d in\n%s", w, at, text)
				}
				at += i + len(w)
			}
		})
	}
}
