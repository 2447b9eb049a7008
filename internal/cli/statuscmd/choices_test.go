package statuscmd

import "testing"

// TestViewChoices: completion describes every view, in the order help
// names them.
func TestViewChoices(t *testing.T) {
	choices, names := viewChoices(), viewNames()
	if len(choices) != len(names) {
		t.Fatalf("%d views described, %d views", len(choices), len(names))
	}
	for i, c := range choices {
		if c.Name != names[i] || c.Description == "" {
			t.Errorf("choice %d: %q %q, want view %q described", i, c.Name, c.Description, names[i])
		}
		if _, ok := views[c.Name]; !ok {
			t.Errorf("choice %q is no view", c.Name)
		}
	}
}
