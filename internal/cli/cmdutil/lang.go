package cmdutil

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/load"
)

// KeyLang is the language setting: --lang, RRP_LANG, lang in rrp.yaml.
const KeyLang = "lang"

// Printer speaks the user's language, chosen once per run: --lang, else
// RRP_LANG, else lang in rrp.yaml, else the locale of the environment or
// the operating system.
func (f *Factory) Printer() *i18n.Printer {
	if f.printer == nil {
		f.printer = i18n.New(f.choice("", "").Detect())
	}
	return f.printer
}

// T renders a message without arguments in the user's language: help
// texts, flag usage, prompts.
func (f *Factory) T(text string) string { return f.Printer().T(text) }

// Sprintf renders a message in the user's language.
func (f *Factory) Sprintf(format string, args ...any) string {
	return f.Printer().Sprintf(format, args...)
}

// ChooseLanguage picks the language before the command tree is built, as
// its help texts are written in it: --lang and --dir are read from the
// command line ahead of cobra, and lang from rrp.yaml of that project.
func (f *Factory) ChooseLanguage(args []string) {
	flag, dir := preParse(args)
	if dir == "" {
		dir = f.Settings.String(KeyDir)
	}
	f.printer = i18n.New(f.choice(flag, fileLang(load.FindRoot(dir))).Detect())
}

func (f *Factory) choice(flag, fileSetting string) i18n.Choice {
	if flag == "" {
		flag = f.Settings.String(KeyLang) // the flag once parsed, or RRP_LANG
	}
	return i18n.Choice{Flag: flag, Setting: fileSetting, Getenv: f.Getenv, OSLocale: f.OSLocale}
}

// preParse reads --lang and --dir from args, ignoring everything else.
func preParse(args []string) (lang, dir string) {
	fs := pflag.NewFlagSet("rrp", pflag.ContinueOnError)
	fs.ParseErrorsAllowlist.UnknownFlags = true
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	l := fs.String(KeyLang, "", "")
	d := fs.String(KeyDir, "", "")
	fs.BoolP("help", "h", false, "")
	_ = fs.Parse(args) // errors are cobra's to report
	return *l, *d
}

// fileLang is lang in the project's rrp.yaml, "" when there is none or the
// file cannot be read (the command reports that once it runs).
func fileLang(dir string) string {
	data, err := os.ReadFile(filepath.Join(dir, ConfigFile))
	if err != nil || len(data) > 1<<20 {
		return ""
	}
	var s struct {
		Lang string `yaml:"lang"`
	}
	if yaml.Unmarshal(data, &s) != nil {
		return ""
	}
	return strings.TrimSpace(s.Lang)
}

// CheckLang refuses a language asked for by name that rrp does not speak;
// a locale of the environment rrp does not speak is English instead.
func CheckLang(name string) error {
	if name == "" || i18n.Known(name) {
		return nil
	}
	return Usagef("write cs (čeština) or en (English)", "unknown language %q", name)
}
