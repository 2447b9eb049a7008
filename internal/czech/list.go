package czech

import "strings"

// SplitList splits a cell holding several values (evidence files) at
// semicolons, vertical bars and line breaks; commas stay, as file names
// may hold them.
func SplitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '\n' || r == '\r' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// SplitCodes splits a list of person codes (K-017, K-023) at commas as
// well as where SplitList splits: a code never holds a comma, and people
// list codes as they list words.
func SplitCodes(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		out = append(out, SplitList(part)...)
	}
	return out
}
