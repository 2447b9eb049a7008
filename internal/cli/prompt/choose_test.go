package prompt

import (
	"slices"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/i18n"
)

var territories = []Option{
	{Key: "broumov", Label: "ORP Broumov", Group: "ORP"},
	{Key: "jicin", Label: "ORP Jičín", Group: "ORP"},
	{Key: "hradecky-venkov", Label: "MAS Hradecký venkov", Group: "MAS"},
}

func TestPick(t *testing.T) {
	l := newList(territories)
	for _, tt := range []struct {
		answer, want, err string
	}{
		{"1", "broumov", ""},
		{"3", "hradecky-venkov", ""},
		{"jicin", "jicin", ""},
		{"0", "", "0 is not in the list: type a number from 1 to 3"},
		{"4", "", "4 is not in the list: type a number from 1 to 3"},
		{"jicn", "", `"jicn" is not in the list; did you mean "jicin"?`},
		{"praha-východ", "", `"praha-východ" is not in the list: type a number from 1 to 3`},
		{"", "", "choose one: type its number (1–3)"},
	} {
		got, err := l.pick(tt.answer)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tt.want || msg != tt.err {
			t.Errorf("pick(%q) = %q, %q; want %q, %q", tt.answer, got, msg, tt.want, tt.err)
		}
	}
}

func TestChoose(t *testing.T) {
	var out strings.Builder
	got, err := New(strings.NewReader("9\n2\n"), &out, nil).Choose(i18n.T("Territory"), territories, "broumov")
	if err != nil || got != "jicin" {
		t.Fatalf("got %q, %v", got, err)
	}
	want := `  ORP
     1  broumov          ORP Broumov
     2  jicin            ORP Jičín
  MAS
     3  hradecky-venkov  MAS Hradecký venkov
Territory [broumov]:   ! 9 is not in the list: type a number from 1 to 3
Territory [broumov]: `
	if out.String() != want {
		t.Errorf("shown:\n%s\nwant:\n%s", out.String(), want)
	}
	got, err = New(strings.NewReader("\n"), &out, nil).Choose(i18n.T("Territory"), territories, "broumov")
	if err != nil || got != "broumov" {
		t.Errorf("an empty answer: got %q, %v; want the default", got, err)
	}
}

// keyActivities are numbered by themselves, not by their places: KA4 is
// the first of the list.
var keyActivities = []Option{
	{Key: "KA4", Label: "ORP Broumov", Number: 4, Names: []string{"broumov", "Broumov", "ORP Broumov"}},
	{Key: "KA5", Label: "ORP Dobruška", Number: 5, Names: []string{"dobruska", "Dobruška", "ORP Dobruška"}},
	{Key: "KA6", Label: "ORP Dvůr Králové nad Labem", Number: 6, Names: []string{"dvur-kralove", "Dvůr Králové nad Labem"}},
	{Key: "KA17", Label: "DSO Pocidlinsko", Number: 17, Names: []string{"pocidlinsko", "Pocidlinsko", "DSO Pocidlinsko"}},
}

// TestPickOwnNumber: a list of options with numbers of their own takes
// the number shown, which is the option's own (4 is KA4, not the fourth),
// its key in any case and spacing, and its names; a number that is no
// option's own is its place in the list, if the list has one.
func TestPickOwnNumber(t *testing.T) {
	l := newList(keyActivities)
	for _, tt := range []struct {
		answer, want, err string
	}{
		{"4", "KA4", ""},
		{"17", "KA17", ""},
		{"KA5", "KA5", ""},
		{"ka 6", "KA6", ""},
		{"Broumov", "KA4", ""},
		{"dobruska", "KA5", ""},
		{"orp broumov", "KA4", ""},
		{"1", "KA4", ""},
		{"3", "KA6", ""},
		{"7", "", "7 is not in the list: type one of its numbers (4, 5, 6, 17)"},
		{"0", "", "0 is not in the list: type one of its numbers (4, 5, 6, 17)"},
		{"KA7", "", `"KA7" is not in the list; did you mean "KA4"?`},
		{"Praha", "", `"Praha" is not in the list: type one of its numbers (4, 5, 6, 17)`},
		{"", "", "choose one: type its number (4, 5, 6, 17)"},
	} {
		got, err := l.pick(tt.answer)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tt.want || msg != tt.err {
			t.Errorf("pick(%q) = %q, %q; want %q, %q", tt.answer, got, msg, tt.want, tt.err)
		}
	}
}

// TestOwnNumbersShown: the list shows the options' own numbers when each
// has a different one, and the places otherwise.
func TestOwnNumbersShown(t *testing.T) {
	for _, tt := range []struct {
		name    string
		options []Option
		want    []int
	}{
		{"own", keyActivities, []int{4, 5, 6, 17}},
		{"one without", append(slices.Clone(keyActivities[:2]), Option{Key: "KA-sever"}), []int{1, 2, 3}},
		{"twice the same", []Option{{Key: "KA4", Number: 4}, {Key: "ka-4", Number: 4}}, []int{1, 2}},
	} {
		if got := newList(tt.options).numbers; !slices.Equal(got, tt.want) {
			t.Errorf("%s: numbers %v, want %v", tt.name, got, tt.want)
		}
	}
	var out strings.Builder
	New(strings.NewReader("4\n"), &out, nil).Choose(i18n.T("Key activity"), keyActivities[:2], "")
	if want := "     4  KA4  ORP Broumov\n     5  KA5  ORP Dobruška\nKey activity: "; out.String() != want {
		t.Errorf("shown %q, want %q", out.String(), want)
	}
}

// TestNameFitsSeveral: a name that fits several options chooses none.
func TestNameFitsSeveral(t *testing.T) {
	options := []Option{{Key: "4.1/a", Names: []string{"setkání"}}, {Key: "4.2/b", Names: []string{"Setkani"}}}
	_, err := newList(options).pick("setkání")
	if err == nil || err.Error() != `"setkání" fits 4.1/a, 4.2/b: type the number of the one meant` {
		t.Errorf("error %v", err)
	}
}
