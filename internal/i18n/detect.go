package i18n

import "strings"

// Choice is where the language may come from, first given wins: the --lang
// flag, then lang in rrp.yaml, then the environment's locale as C programs
// read it, then the user's locale of the operating system.
type Choice struct {
	Flag    string
	Setting string
	Getenv  func(string) string
	// OSLocale is the user's locale as Windows or macOS keeps it; nil
	// asks the system (tests set it).
	OSLocale func() string
}

// Detect picks the language. "C", "POSIX" and languages rrp does not speak
// are English.
func (c Choice) Detect() Lang {
	if c.Flag != "" {
		return Parse(c.Flag)
	}
	if c.Setting != "" {
		return Parse(c.Setting)
	}
	if loc, ok := c.envLocale(); ok {
		return Parse(loc)
	}
	osLocale := c.OSLocale
	if osLocale == nil {
		osLocale = systemLocale
	}
	return Parse(osLocale())
}

// envLocale reads the locale of messages as gettext does: LANGUAGE (a
// list of preferences) unless the locale is C, then LC_ALL, LC_MESSAGES
// and LANG. ok is false when none of them is set.
func (c Choice) envLocale() (string, bool) {
	getenv := c.Getenv
	if getenv == nil {
		return "", false
	}
	loc := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			loc = v
			break
		}
	}
	if list := getenv("LANGUAGE"); list != "" && !isCLocale(loc) {
		for _, pref := range strings.Split(list, ":") {
			if Parse(pref) == Czech || isEnglish(pref) {
				return pref, true
			}
		}
	}
	return loc, loc != ""
}

// Parse reads a language or locale name (cs, cs_CZ.UTF-8, cs-CZ, czech,
// čeština, en_US) as the language rrp speaks for it.
func Parse(name string) Lang {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "czech" || n == "čeština" || n == "cestina" {
		return Czech
	}
	if i := strings.IndexAny(n, "_-.@"); i >= 0 {
		n = n[:i]
	}
	if n == "cs" || n == "cz" {
		return Czech
	}
	return English
}

// Known reports whether name is a language rrp can be asked for.
func Known(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return Parse(n) == Czech || isEnglish(n)
}

func isEnglish(name string) bool {
	n := strings.ToLower(name)
	return n == "en" || n == "english" || strings.HasPrefix(n, "en_") || strings.HasPrefix(n, "en-") || strings.HasPrefix(n, "en.")
}

func isCLocale(loc string) bool {
	l := strings.ToUpper(loc)
	return l == "C" || l == "POSIX" || strings.HasPrefix(l, "C.")
}
