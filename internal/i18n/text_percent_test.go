package i18n

import "testing"

// TestTextWithPercent: a text is looked up as written and printed as its
// translation is written, though both hold a % that a format would read
// as a verb.
func TestTextWithPercent(t *testing.T) {
	const text = "index: the mean of the reported outputs' percentages, each capped at 100 %"
	cs, err := Load(Czech)
	if err != nil {
		t.Fatal(err)
	}
	want := cs[text].Text
	if want == "" {
		t.Fatalf("the catalogue has no Czech text of %q", text)
	}
	if got := New(Czech).T(text); got != want {
		t.Errorf("T = %q, want %q", got, want)
	}
}
