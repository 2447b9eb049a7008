package suggest

import "testing"

// meant is Meant's hint in English, "" when nothing is close.
func meant(word string, candidates []string) string {
	hint, _ := Meant(word, candidates)
	return hint.String()
}

func TestMeant(t *testing.T) {
	keys := []string{"date", "output", "quantity", "hours", "participants", "evidence", "status"}
	tests := []struct{ word, want string }{
		{"particpants", `did you mean "participants"?`},
		{"Date", `did you mean "date"?`},
		{"hodiny", ""},
		{"evidance", `did you mean "evidence"?`},
		{"x", ""},
		{"staus", `did you mean "status"?`},
		{"dtae", `did you mean "date"?`},     // a swap is one edit
		{"outptu", `did you mean "output"?`}, // a swap at the end
		{"hoursx", `did you mean "hours"?`},  // one letter too many
		{"quanitty", `did you mean "quantity"?`},
	}
	for _, tt := range tests {
		if got := meant(tt.word, keys); got != tt.want {
			t.Errorf("Meant(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
	if got := meant("anything", nil); got != "" {
		t.Errorf("no candidates: got %q", got)
	}
	statuses := []string{"held", "cancelled"}
	for _, tt := range []struct{ word, want string }{
		{"hled", `did you mean "held"?`},
		{"ehld", `did you mean "held"?`},
		{"cancleled", `did you mean "cancelled"?`},
		{"canceled", `did you mean "cancelled"?`},
		{"done", ""},
	} {
		if got := meant(tt.word, statuses); got != tt.want {
			t.Errorf("Meant(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"held", "held", 0},
		{"hled", "held", 1}, // swap
		{"ab", "ba", 1},     // swap of the whole word
		{"abcd", "badc", 2}, // two swaps
		{"ca", "abc", 3},    // optimal string alignment: no edit of a swapped pair (Damerau-Levenshtein says 2)
		{"kitten", "sitting", 3},
		{"senioři", "seniori", 1}, // a Czech letter is one edit
		{"seniroi", "senioři", 2}, // a swap and a diacritic
		{"abc", "acb", 1},
		{"abc", "cab", 2},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := distance(tt.b, tt.a); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestOneOf(t *testing.T) {
	units := []string{"event", "hour", "piece"}
	for _, tt := range []struct {
		word       string
		candidates []string
		want       string
	}{
		{"evnet", units, `did you mean "event"?`},
		{"furlong", units, "use one of: event, hour, piece"},
		{"furlong", nil, ""},
	} {
		if got := OneOf(tt.word, tt.candidates, "use one of: %s").String(); got != tt.want {
			t.Errorf("OneOf(%q, %q) = %q, want %q", tt.word, tt.candidates, got, tt.want)
		}
	}
}
