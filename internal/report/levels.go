package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"rrp/internal/fulfil"
	"rrp/internal/plan"
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
	depths := activityDepths(p)
	var names []string
	seen := map[string]bool{}
	for _, o := range r.Outputs {
		if o.Plan == nil {
			continue
		}
		name := upperFirst(levelName(p, depths[o.Plan.Activity]))
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	if len(names) == 0 {
		names = []string{upperFirst(p.Levels[1].Val)}
	}
	h.activity = strings.Join(names, " / ")
	return h
}

// levelName is the name of the plan level at depth (0 the key activity,
// 1 its activities, 2 theirs, …). A plan deeper than its level names uses
// the last name; without names, "KA", "aktivita", then "podaktivita".
func levelName(p *plan.Project, depth int) string {
	if len(p.Levels) > 0 {
		return p.Levels[min(depth, len(p.Levels)-1)].Val
	}
	switch depth {
	case 0:
		return "KA"
	case 1:
		return "aktivita"
	}
	return "podaktivita"
}

// activityDepths maps every activity of the plan to its depth: 1 for an
// activity of a key activity, 2 for one below it, and so on.
func activityDepths(p *plan.Project) map[*plan.Activity]int {
	depths := map[*plan.Activity]int{}
	var walk func([]*plan.Activity, int)
	walk = func(as []*plan.Activity, depth int) {
		for _, a := range as {
			depths[a] = depth
			walk(a.Activities, depth+1)
		}
	}
	for _, ka := range p.KeyActivities {
		walk(ka.Activities, 1)
	}
	return depths
}

// upperFirst capitalises a heading: levels are often written in lower case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
