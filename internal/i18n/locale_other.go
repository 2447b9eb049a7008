//go:build !windows && !darwin

package i18n

// systemLocale: elsewhere the environment is the user's locale.
func systemLocale() string { return "" }
