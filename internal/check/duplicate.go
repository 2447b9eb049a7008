package check

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/source"
)

// sameEvent is what two records of one event share: the output (or part)
// they count for, the day and the effective territory.
type sameEvent struct {
	output    string
	day       date.Date
	territory string
}

// duplicates warns about a held record of the same output, date and
// territory as an earlier one: most often the same event entered twice
// (typed again, or imported again after a correction), which counts it
// twice. Two records that name different places, last days or persons
// are two events and pass. The finding is at the later record and names
// the earlier.
func duplicates(entries []entry.Entry, fs *finding.List) {
	// Most days of an output see one record or a few: the groups are
	// made as records come, the map of places only for a busy day.
	seen := make(map[sameEvent]*sameDay, len(entries)/2)
	for i := range entries {
		e := &entries[i]
		if !e.Resolved() || !e.Dated() || !e.Held() {
			continue
		}
		key := sameEvent{output: e.Rec.Output.Val, day: e.Date(), territory: e.Territory}
		g := seen[key]
		if g == nil {
			g = &sameDay{}
			seen[key] = g
		}
		if first := g.firstLike(e); first != nil {
			warnDuplicate(e.Rec.Pos, first.Rec.Pos, fs)
		}
		g.add(e, i)
	}
}

// sameDay are the earlier records of one output, day and territory, also
// by their place once there are many: a record that names a place can
// only be the same event as one of that place or of none, so a busy day
// is not compared pair by pair.
type sameDay struct {
	all     []ranked
	byPlace map[string][]ranked // "" for records without a place; nil for a few records
}

// ranked is a record and where it came in the records.
type ranked struct {
	e *entry.Entry
	i int
}

// busy is how many records of a day are compared one by one before they
// are kept by place too.
const busy = 8

func (g *sameDay) add(e *entry.Entry, i int) {
	g.all = append(g.all, ranked{e, i})
	switch {
	case g.byPlace != nil:
		place := placeOf(e)
		g.byPlace[place] = append(g.byPlace[place], ranked{e, i})
	case len(g.all) > busy:
		g.byPlace = map[string][]ranked{}
		for _, r := range g.all {
			place := placeOf(r.e)
			g.byPlace[place] = append(g.byPlace[place], r)
		}
	}
}

// firstLike is the earliest earlier record that may be the same event as
// e.
func (g *sameDay) firstLike(e *entry.Entry) *entry.Entry {
	place := placeOf(e)
	if place == "" || g.byPlace == nil {
		return firstLike(g.all, e).e
	}
	a, b := firstLike(g.byPlace[place], e), firstLike(g.byPlace[""], e)
	switch {
	case a.e == nil:
		return b.e
	case b.e == nil || a.i < b.i:
		return a.e
	}
	return b.e
}

func placeOf(e *entry.Entry) string {
	if e.Rec.Place.IsSet() {
		return e.Rec.Place.Val
	}
	return ""
}

// firstLike is the first of earlier that may be the same event as e.
func firstLike(earlier []ranked, e *entry.Entry) ranked {
	for _, f := range earlier {
		if mayBeSame(f.e, e) {
			return f
		}
	}
	return ranked{}
}

// mayBeSame tells whether two records of one output, day and territory
// may be one event: not when both name a place, a last day (date_to) or
// persons, and these differ.
func mayBeSame(a, b *entry.Entry) bool {
	ra, rb := a.Rec, b.Rec
	if ra.DateTo.IsSet() && rb.DateTo.IsSet() && ra.DateTo.Val != rb.DateTo.Val {
		return false
	}
	if ra.Place.IsSet() && rb.Place.IsSet() && ra.Place.Val != rb.Place.Val {
		return false
	}
	if len(ra.Persons) > 0 && len(rb.Persons) > 0 && !slices.Equal(personCodes(ra.Persons), personCodes(rb.Persons)) {
		return false
	}
	return true
}

func personCodes(vs []source.Value[string]) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Val
	}
	slices.Sort(out)
	return out
}

func warnDuplicate(pos, first source.Pos, fs *finding.List) {
	f := finding.New(finding.Warning, pos, finding.CodePossibleDuplicate, "",
		"a possible duplicate: the record at %s has the same output, date and territory", first.String()).
		WithHint("if it is one event, delete this record or the one at %s; if two took place, give each its place", first.String())
	fs.Add(f.Relate(first))
}
