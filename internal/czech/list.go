package czech

import "strings"

// ListSeparator is what separates several values typed as one: evidence
// files and person codes, at the prompt of rrp new, in its flags and in a
// spreadsheet's cell. It is the comma a record file's list is written with
// ([a.pdf, b.pdf]), so that one rule holds wherever a list is written.
const ListSeparator = ","

// SplitList splits a list typed as one value at commas. Semicolons,
// vertical bars and line breaks separate too, as people type them out of
// habit and a cell holds several lines; a value that holds a comma itself
// (a file name) is written in double quotes, as in a record file.
func SplitList(s string) []string {
	var out []string
	var item strings.Builder
	quoted := false
	flush := func() {
		if p := strings.TrimSpace(item.String()); p != "" {
			out = append(out, p)
		}
		item.Reset()
	}
	// A byte that is not UTF-8 becomes U+FFFD first, so that dropping a
	// quote never joins two such bytes into a character that was not
	// there. Then byte by byte: every separator and the quote are ASCII.
	s = strings.Map(func(r rune) rune { return r }, s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' && (quoted || strings.TrimSpace(item.String()) == ""):
			quoted = !quoted
		case !quoted && isSeparator(c):
			flush()
		default:
			item.WriteByte(c)
		}
	}
	flush()
	return out
}

func isSeparator(c byte) bool {
	return c == ListSeparator[0] || c == ';' || c == '|' || c == '\n' || c == '\r'
}

// JoinList writes values as one, the way SplitList reads them back: a
// comma and a space between them, a value that holds a separator in
// double quotes.
func JoinList(values []string) string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v
		if strings.ContainsFunc(v, func(r rune) bool { return r < 128 && isSeparator(byte(r)) }) || strings.HasPrefix(v, `"`) {
			out[i] = `"` + v + `"`
		}
	}
	return strings.Join(out, ListSeparator+" ")
}
