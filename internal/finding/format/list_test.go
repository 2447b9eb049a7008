package format

import (
	"slices"
	"testing"
)

// TestListNames: rrp import lists its findings in the formats that can
// list findings alone; a GitLab report is an array for rrp validate.
func TestListNames(t *testing.T) {
	if got, want := ListNames(), []string{"github", "json", "text"}; !slices.Equal(got, want) {
		t.Errorf("ListNames = %q, want %q", got, want)
	}
	if _, err := NewLister("gitlab"); err == nil {
		t.Error("gitlab is not a Lister")
	}
	for _, n := range ListNames() {
		if _, err := NewLister(n); err != nil {
			t.Error(err)
		}
	}
}
