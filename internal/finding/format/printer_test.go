package format

import "github.com/kraj-hk/rrp/internal/i18n"

// english is the language of the golden files.
var english = i18n.New(i18n.English)
