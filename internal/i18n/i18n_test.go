package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"testing"
)

func TestPluralForms(t *testing.T) {
	tests := []struct {
		n      int
		cs, en string
	}{
		{0, "0 chyb", "0 errors"},
		{1, "1 chyba", "1 error"},
		{2, "2 chyby", "2 errors"},
		{4, "4 chyby", "4 errors"},
		{5, "5 chyb", "5 errors"},
		{21, "21 chyb", "21 errors"},
		{22, "22 chyb", "22 errors"},
		{25, "25 chyb", "25 errors"},
	}
	cs, en := New(Czech), New(English)
	for _, tt := range tests {
		if got := cs.Sprintf("%d errors", tt.n); got != tt.cs {
			t.Errorf("cs %d: got %q, want %q", tt.n, got, tt.cs)
		}
		if got := en.Sprintf("%d errors", tt.n); got != tt.en {
			t.Errorf("en %d: got %q, want %q", tt.n, got, tt.en)
		}
	}
	records := map[int]string{0: "0 záznamů", 1: "1 záznam", 2: "2 záznamy", 4: "4 záznamy", 5: "5 záznamů", 21: "21 záznamů", 22: "22 záznamů", 25: "25 záznamů"}
	for n, want := range records {
		if got := cs.Sprintf("%d records", n); got != want {
			t.Errorf("cs records %d: got %q, want %q", n, got, want)
		}
	}
}

func TestEnglishIsTheCodesText(t *testing.T) {
	en := New(English)
	// English writes numbers as fmt does: no grouping, a decimal point.
	if got := en.Sprintf("record has %d participants, %g hours", 12345, 1.5); got != "record has 12345 participants, 1.5 hours" {
		t.Errorf("got %q", got)
	}
	if got := en.T("100% done"); got != "100% done" {
		t.Errorf("T: got %q", got)
	}
}

func TestCzechNumbers(t *testing.T) {
	if got := New(Czech).Sprintf("%d errors", 1234); got != "1\u00a0234 chyb" && got != "1 234 chyb" {
		t.Errorf("got %q", got)
	}
	if got := New(Czech).T("100% done"); got != "100% done" {
		t.Errorf("a text without a translation stays as written: got %q", got)
	}
}

type czDate struct{}

func (czDate) String() string               { return "2025-12-31" }
func (czDate) LocalForm(lang string) string { return map[string]string{"cs": "31. 12. 2025"}[lang] }

func TestArgumentsSayThemselves(t *testing.T) {
	inner := Errorf("%d errors", 2)
	outer := Errorf("cannot read: %w", inner)
	if !errors.Is(outer, inner) {
		t.Error("Errorf does not wrap with %w")
	}
	if got := outer.Error(); got != "cannot read: 2 errors" {
		t.Errorf("English: %q", got)
	}
	if got := New(Czech).Error(outer); got != "cannot read: 2 chyby" {
		// "cannot read: %v" has no Czech text here: the inner error still does.
		t.Errorf("Czech: %q", got)
	}
	if got := New(Czech).Sprintf("%s", czDate{}); got != "31. 12. 2025" {
		t.Errorf("date: %q", got)
	}
	if got := New(English).Sprintf("%s", czDate{}); got != "2025-12-31" {
		t.Errorf("date in English: %q", got)
	}
	if got := New(Czech).Text(T("%d records", 5)); got != "5 záznamů" {
		t.Errorf("Text: %q", got)
	}
	if got := New(Czech).Error(fmt.Errorf("plain")); got != "plain" {
		t.Errorf("plain error: %q", got)
	}
}

func TestDetect(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	osCz := func() string { return "cs-CZ" }
	osNone := func() string { return "" }
	tests := []struct {
		name string
		c    Choice
		want Lang
	}{
		{"flag wins", Choice{Flag: "en", Setting: "cs", Getenv: env("LANG", "cs_CZ.UTF-8"), OSLocale: osCz}, English},
		{"setting next", Choice{Setting: "cs", Getenv: env("LANG", "en_US.UTF-8"), OSLocale: osNone}, Czech},
		{"LANG", Choice{Getenv: env("LANG", "cs_CZ.UTF-8"), OSLocale: osNone}, Czech},
		{"LC_ALL over LANG", Choice{Getenv: env("LC_ALL", "en_GB.UTF-8", "LANG", "cs_CZ.UTF-8"), OSLocale: osCz}, English},
		{"LC_MESSAGES over LANG", Choice{Getenv: env("LC_MESSAGES", "cs_CZ", "LANG", "en_US"), OSLocale: osNone}, Czech},
		{"LANGUAGE first", Choice{Getenv: env("LANGUAGE", "cs:en", "LANG", "en_US.UTF-8"), OSLocale: osNone}, Czech},
		{"LANGUAGE ignored under C", Choice{Getenv: env("LANGUAGE", "cs", "LC_ALL", "C"), OSLocale: osCz}, English},
		{"C is English", Choice{Getenv: env("LANG", "C"), OSLocale: osCz}, English},
		{"POSIX is English", Choice{Getenv: env("LANG", "POSIX"), OSLocale: osCz}, English},
		{"C.UTF-8 is English", Choice{Getenv: env("LANG", "C.UTF-8"), OSLocale: osCz}, English},
		{"unknown is English", Choice{Getenv: env("LANG", "de_DE.UTF-8"), OSLocale: osCz}, English},
		{"Windows without LANG", Choice{Getenv: env(), OSLocale: osCz}, Czech},
		{"macOS locale", Choice{Getenv: env(), OSLocale: func() string { return "cs_CZ" }}, Czech},
		{"nothing is English", Choice{Getenv: env(), OSLocale: osNone}, English},
		{"flag czech", Choice{Flag: "čeština", OSLocale: osNone}, Czech},
	}
	for _, tt := range tests {
		if got := tt.c.Detect(); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestCataloguesAgree checks every translation against its English
// message: the same verbs in the same order (or numbered), and a Czech
// text for every English plural.
func TestCataloguesAgree(t *testing.T) {
	cs, err := Load(Czech)
	if err != nil {
		t.Fatal(err)
	}
	en, err := Load(English)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range en.Keys() {
		if _, ok := cs[k]; !ok {
			t.Errorf("English plural %q has no Czech text", k)
		}
	}
	for _, k := range cs.Keys() {
		e := cs[k]
		texts := []string{e.Text}
		if e.Forms != nil {
			texts = texts[:0]
			for _, s := range e.Forms {
				texts = append(texts, s)
			}
		}
		for _, s := range texts {
			if err := sameVerbs(k, s); err != nil {
				t.Errorf("%q → %q: %v", k, s, err)
			}
		}
	}
}

func TestCatalogueFilesAreYAMLMappings(t *testing.T) {
	names, err := fs.Glob(os.DirFS("catalog"), "*/*")
	if err != nil || len(names) == 0 {
		t.Fatalf("no catalogue files: %v", err)
	}
	for _, n := range names {
		if len(n) < 5 || n[len(n)-5:] != ".yaml" {
			t.Errorf("catalog/%s: only .yaml files are read", n)
		}
	}
}
