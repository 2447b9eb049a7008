package cli

import (
	"fmt"
	"io"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// startCommands are what rrp alone offers: the commands a coordinator
// needs day to day, as DESIGN.md's users go about their work.
var startCommands = []struct {
	name string
	does i18n.Text
}{
	{"rrp new", i18n.T("record a held event: rrp asks for what it needs")},
	{"rrp validate", i18n.T("check the plan and every record")},
	{"rrp status", i18n.T("see how far the planned outputs are fulfilled")},
}

// printStart writes where to begin, for someone who typed rrp alone at a
// terminal.
func printStart(w io.Writer, p *i18n.Printer) {
	fmt.Fprintln(w, p.T("What do you want to do?"))
	for _, c := range startCommands {
		fmt.Fprintf(w, "  %-14s%s\n", c.name, p.Text(c.does))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, p.T("Every command: rrp help. What one does and its flags: rrp <command> --help."))
}
