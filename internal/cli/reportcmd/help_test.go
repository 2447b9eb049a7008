package reportcmd

import (
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
	"github.com/kraj-hk/rrp/internal/report"
)

// TestHelpListsTemplateFields: the help is where users learn the fields a
// template may use, so it lists every one rrp fills, and each sheet.
// It does so in every language.
func TestHelpListsTemplateFields(t *testing.T) {
	for _, lang := range []string{"en", "cs"} {
		f := &cmdutil.Factory{Settings: cmdutil.NewSettings()}
		f.ChooseLanguage([]string{"--lang", lang})
		long := NewCmdReport(f, nil).Long
		for _, name := range report.TemplateFields() {
			if !strings.Contains(long, "{{"+name+"}}") {
				t.Errorf("rrp report --help (%s) does not list {{%s}}", lang, name)
			}
		}
		for _, sheet := range report.Sheets {
			if !strings.Contains(long, "("+sheet+")") {
				t.Errorf("rrp report --help (%s) does not name the sheet %s", lang, sheet)
			}
		}
	}
}
