package czech

import "strings"

// Statuses Czech sheets use, normalised (see Normalize), and the status
// they mean. Anything else goes through as written and the project's
// checks say what is allowed.
var statusWords = map[string]string{
	"held": "held", "cancelled": "cancelled", "canceled": "cancelled",
	"konano": "held", "konana": "held", "konal": "held", "probehlo": "held", "probehla": "held",
	"probehl": "held", "uskutecneno": "held", "uskutecnena": "held", "realizovano": "held",
	"zruseno": "cancelled", "zrusena": "cancelled", "zrusen": "cancelled", "nekonalo": "cancelled",
	"nekonala": "cancelled", "nekonal": "cancelled", "nekonalose": "cancelled", "nekonalase": "cancelled",
}

// ParseStatus maps a status cell to held or cancelled when it says one of
// them in English or Czech.
func ParseStatus(s string) string {
	if v, ok := statusWords[strings.ReplaceAll(Normalize(s), " ", "")]; ok {
		return v
	}
	return strings.TrimSpace(s)
}
