package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/plan"
)

// headings name the plan's levels in the column headers: the project's own
// names (levels: [Priorita, Opatření, Aktivita, Podaktivita]) or, when it
// gives none, "KA" and "Aktivita".
type headings struct {
	ka       string // the key activity column
	activity string // the column of the activity an output belongs to
}

var defaultHeadings = headings{ka: "KA", activity: "Aktivita"}

// headingsOf names the columns after the project's levels. The activity
// column holds activities of whatever depth the outputs sit at, so it is
// named after the levels that occur in it ("Aktivita / Podaktivita").
func headingsOf(p *plan.Project, r *fulfil.Result) headings {
	if len(p.Levels) == 0 {
		return defaultHeadings
	}
	h := headings{ka: upperFirst(p.Levels[0].Val), activity: defaultHeadings.activity}
	if len(p.Levels) < 2 {
		return h
	}
	var names []string
	for _, name := range r.ActivityLevels() {
		names = append(names, upperFirst(name))
	}
	if len(names) == 0 {
		names = []string{upperFirst(p.Levels[1].Val)}
	}
	h.activity = strings.Join(names, " / ")
	return h
}

// upperFirst capitalises a heading: levels are often written in lower case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
