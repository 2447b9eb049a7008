package fulfil

import (
	"cmp"
	"slices"

	"github.com/kraj-hk/rrp/internal/plan"
)

// Reach is who and where the held records reached, for one territory or
// one target group. For a territory, Participants sums the records' totals;
// for a target group, the participants from that group, and Events counts
// the records with any.
type Reach struct {
	ID, Name string
	Type     string // a territory's type (ORP, DSO, MAS, …)
	// Events and Participants are cumulative up to AsOf; the InPeriod ones
	// cover the period.
	Events               int
	EventsInPeriod       int
	Participants         float64
	ParticipantsInPeriod float64
}

func (r *Reach) add(participants float64, inPeriod bool) {
	r.Events++
	r.Participants += participants
	if inPeriod {
		r.EventsInPeriod++
		r.ParticipantsInPeriod += participants
	}
}

// territories lists the codelist's territories in order, then ids the
// records name that the codelist lacks (sorted); it empties reached. For
// one key activity only its own territory and those its records reached
// are listed: the others are not its business.
func territories(p *plan.Project, s *selection, reached map[string]*Reach) []Reach {
	own := map[string]bool{}
	for _, ka := range s.kas {
		own[ka.Territory.Val] = true
	}
	var out []Reach
	for _, t := range p.Territories {
		id := t.ID.Val
		r, ok := reached[id]
		if !ok && s.filtered && !own[id] {
			continue
		}
		out = append(out, withName(r, id, t.Name.Val, t.Type.Val))
		delete(reached, id)
	}
	return append(out, unknown(reached)...)
}

// groups lists the project's target groups in codelist order, then ids the
// records name that the codelist lacks; it empties reached.
func groups(p *plan.Project, reached map[string]*Reach) []Reach {
	var out []Reach
	for _, g := range p.TargetGroups {
		id := g.ID.Val
		out = append(out, withName(reached[id], id, g.Name.Val, ""))
		delete(reached, id)
	}
	return append(out, unknown(reached)...)
}

func withName(r *Reach, id, name, typ string) Reach {
	out := Reach{ID: id}
	if r != nil {
		out = *r
	}
	out.Name, out.Type = name, typ
	return out
}

func unknown(reached map[string]*Reach) []Reach {
	out := make([]Reach, 0, len(reached))
	for _, r := range reached {
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b Reach) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// GroupsOfKA is the target-group reach of one key activity.
type GroupsOfKA struct {
	KA     string
	Groups []Reach
}

// groupsOfKAs lists, per selected key activity, the groups its records
// reached (groups it did not reach are left out).
func groupsOfKAs(p *plan.Project, s *selection, reached map[string]map[string]*Reach) []GroupsOfKA {
	out := make([]GroupsOfKA, 0, len(s.kas))
	for _, ka := range s.kas {
		var reachedGroups []Reach
		for _, r := range groups(p, reached[ka.ID.Val]) {
			if r.Events > 0 {
				reachedGroups = append(reachedGroups, r)
			}
		}
		out = append(out, GroupsOfKA{KA: ka.ID.Val, Groups: reachedGroups})
	}
	return out
}
