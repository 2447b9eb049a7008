//go:build darwin

package i18n

import (
	"context"
	"os/exec"
	"strings"
	"time"
)

// systemLocale is the user's locale of macOS (AppleLocale, e.g. cs_CZ),
// which a terminal started from the Finder may not put into LANG.
func systemLocale() string {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "defaults", "read", "-g", "AppleLocale").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
