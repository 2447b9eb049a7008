package prompt

import (
	"strings"
	"testing"
)

var territories = []Option{
	{Key: "broumov", Label: "ORP Broumov", Group: "ORP"},
	{Key: "jicin", Label: "ORP Jičín", Group: "ORP"},
	{Key: "hradecky-venkov", Label: "MAS Hradecký venkov", Group: "MAS"},
}

func TestPick(t *testing.T) {
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
		got, err := pick(territories, tt.answer)
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
	got, err := New(strings.NewReader("9\n2\n"), &out).Choose("Territory", territories, "broumov")
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
	got, err = New(strings.NewReader("\n"), &out).Choose("Territory", territories, "broumov")
	if err != nil || got != "broumov" {
		t.Errorf("an empty answer: got %q, %v; want the default", got, err)
	}
}
