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
	seen := map[sameEvent]*sameDay{}
	for i := range entries {
		e := &entries[i]
		if !e.Resolved() || !e.Dated() || !e.Held() {
			continue
		}
		key := sameEvent{output: e.Rec.Output.Val, day: e.Date(), territory: e.Territory}
		g := seen[key]
		if g == nil {
			g = &sameDay{byPlace: map[string][]*entry.Entry{}, order: map[*entry.Entry]int{}}
			seen[key] = g
		}
		if first := g.firstLike(e); first != nil {
			warnDuplicate(e.Rec.Pos, first.Rec.Pos, fs)
		}
		g.add(e, i)
	}
}

// sameDay are the earlier records of one output, day and territory, also
// by their place: a record that names a place can only be the same event
// as one of that place or of none, so a busy day is not compared pair by
// pair.
type sameDay struct {
	all     []*entry.Entry
	byPlace map[string][]*entry.Entry // "" for records without a place
	order   map[*entry.Entry]int      // where each came in the records
}

func (g *sameDay) add(e *entry.Entry, i int) {
	g.all = append(g.all, e)
	place := placeOf(e)
	g.byPlace[place] = append(g.byPlace[place], e)
	g.order[e] = i
}

// firstLike is the earliest earlier record that may be the same event as
// e.
func (g *sameDay) firstLike(e *entry.Entry) *entry.Entry {
	place := placeOf(e)
	if place == "" {
		return firstLike(g.all, e)
	}
	a, b := firstLike(g.byPlace[place], e), firstLike(g.byPlace[""], e)
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	}
	if g.order[a] < g.order[b] {
		return a
	}
	return b
}

func placeOf(e *entry.Entry) string {
	if e.Rec.Place.IsSet() {
		return e.Rec.Place.Val
	}
	return ""
}

// firstLike is the first of earlier that may be the same event as e.
func firstLike(earlier []*entry.Entry, e *entry.Entry) *entry.Entry {
	for _, f := range earlier {
		if mayBeSame(f, e) {
			return f
		}
	}
	return nil
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
