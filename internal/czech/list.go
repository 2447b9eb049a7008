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
