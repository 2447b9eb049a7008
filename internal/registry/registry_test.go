package registry

import (
	"slices"
	"testing"
)

func TestFormats(t *testing.T) {
	r := New(
		Format[int]{Name: "text", Impl: 1},
		Format[int]{Name: "json", Impl: 2},
		Format[int]{Name: "github", Description: "annotations in GitHub Actions", Impl: 3},
	)
	if got := r.Names(); !slices.Equal(got, []string{"text", "json", "github"}) {
		t.Errorf("Names = %q", got)
	}
	for name, want := range map[string]int{"text": 1, "json": 2, "github": 3} {
		if got, ok := r.Lookup(name); !ok || got != want {
			t.Errorf("Lookup(%q) = %d, %v; want %d", name, got, ok, want)
		}
	}
	for name, want := range map[string]string{"github": "annotations in GitHub Actions", "text": "", "xml": ""} {
		if got := r.Description(name); got != want {
			t.Errorf("Description(%q) = %q, want %q", name, got, want)
		}
	}
	if got, ok := r.Lookup("xml"); ok || got != 0 {
		t.Errorf("Lookup(xml) = %d, %v; want nothing", got, ok)
	}
	for _, tc := range []struct{ name, got, want string }{
		{"List", r.List(), "text, json, github"},
		{"Choices", r.Choices(), "text, json or github"},
		{"Describe", r.Describe(), "text, json or github (annotations in GitHub Actions)"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestEither(t *testing.T) {
	for _, tc := range []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"a"}, "a"},
		{[]string{"a", "b"}, "a or b"},
		{[]string{"a", "b", "c", "d"}, "a, b, c or d"},
	} {
		if got := either(tc.in, "or"); got != tc.want {
			t.Errorf("either(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
