package suggest

import "testing"

func TestDidYouMean(t *testing.T) {
	keys := []string{"date", "output", "quantity", "hours", "participants", "evidence", "status"}
	tests := []struct{ word, want string }{
		{"particpants", `did you mean "participants"?`},
		{"Date", `did you mean "date"?`},
		{"hodiny", ""},
		{"evidance", `did you mean "evidence"?`},
		{"x", ""},
		{"staus", `did you mean "status"?`},
	}
	for _, tt := range tests {
		if got := DidYouMean(tt.word, keys); got != tt.want {
			t.Errorf("DidYouMean(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if got := DidYouMean("anything", nil); got != "" {
		t.Errorf("no candidates: got %q", got)
	}
}

func TestDistanceCountsRunes(t *testing.T) {
	if d := distance("senioři", "seniori"); d != 1 {
		t.Errorf("a Czech letter is one edit: got %d", d)
	}
}
