package cmdutil

import (
	"strconv"
	"strings"

	"golang.org/x/term"
)

// TerminalWidth is how wide a line of standard output may be: COLUMNS
// when set to a number (for scripts and tests that want a width), else
// the width of the terminal standard output is, else 0: no limit, as a
// pipe or a file keeps every line whole. fd is standard output's file
// descriptor.
func TerminalWidth(fd int, getenv func(string) string) int {
	if getenv != nil {
		if n, err := strconv.Atoi(strings.TrimSpace(getenv("COLUMNS"))); err == nil && n > 0 {
			return n
		}
	}
	if !term.IsTerminal(fd) {
		return 0
	}
	w, _, err := term.GetSize(fd)
	if err != nil || w <= 0 {
		return 0
	}
	return w
}
