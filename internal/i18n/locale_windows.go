//go:build windows

package i18n

import "golang.org/x/sys/windows"

// systemLocale is the user's first display language, which a coordinator's
// Windows gives a console where LANG is not set.
func systemLocale() string {
	langs, err := windows.GetUserPreferredUILanguages(windows.MUI_LANGUAGE_NAME)
	if err != nil || len(langs) == 0 {
		return ""
	}
	return langs[0]
}
