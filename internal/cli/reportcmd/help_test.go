package reportcmd

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/report"
)

// TestHelpListsTemplateFields: the help is where users learn the fields a
// template may use, so it lists every one rrp fills, and each sheet.
func TestHelpListsTemplateFields(t *testing.T) {
	long := NewCmdReport(&cmdutil.Factory{Settings: cmdutil.NewSettings()}, nil).Long
	for _, name := range report.TemplateFields() {
		if !strings.Contains(long, "{{"+name+"}}") {
			t.Errorf("rrp report --help does not list {{%s}}", name)
		}
	}
	for _, sheet := range report.Sheets {
		if !strings.Contains(long, "("+sheet+")") {
			t.Errorf("rrp report --help does not name the sheet %s", sheet)
		}
	}
}
