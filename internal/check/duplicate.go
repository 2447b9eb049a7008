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
	// made as records come, the map of places only for a busy day. Groups
	// hold indices into entries, not pointers: 100k records make tens of
	// thousands of groups, and indices are a quarter of the memory and
	// nothing for the collector to trace.
	seen := make(map[sameEvent]int32, len(entries)/2)
	var days []sameDay
	for i := range entries {
		e := &entries[i]
		if !e.Resolved() || !e.Dated() || !e.Held() {
			continue
		}
		key := sameEvent{output: e.Rec.Output.Val, day: e.Date(), territory: e.Territory}
		d, ok := seen[key]
		if !ok {
			d = int32(len(days))
			days = append(days, sameDay{})
			seen[key] = d
		}
		g := &days[d]
		if first, ok := g.firstLike(entries, e); ok {
			warnDuplicate(e.Rec.Pos, entries[first].Rec.Pos, fs)
		}
		g.add(entries, int32(i))
	}
}

// sameDay are the earlier records of one output, day and territory (their
// indices, in the order they came), also by their place once there are
// many: a record that names a place can only be the same event as one of
// that place or of none, so a busy day is not compared pair by pair.
type sameDay struct {
	all     []int32
	byPlace map[string][]int32 // "" for records without a place; nil for a few records
}

// busy is how many records of a day are compared one by one before they
// are kept by place too.
const busy = 8

func (g *sameDay) add(entries []entry.Entry, i int32) {
	g.all = append(g.all, i)
	switch {
	case g.byPlace != nil:
		place := placeOf(&entries[i])
		g.byPlace[place] = append(g.byPlace[place], i)
	case len(g.all) > busy:
		g.byPlace = map[string][]int32{}
		for _, j := range g.all {
			place := placeOf(&entries[j])
			g.byPlace[place] = append(g.byPlace[place], j)
		}
	}
}

// firstLike is the index of the earliest earlier record that may be the
// same event as e.
func (g *sameDay) firstLike(entries []entry.Entry, e *entry.Entry) (int32, bool) {
	place := placeOf(e)
	if place == "" || g.byPlace == nil {
		return firstLike(entries, g.all, e)
	}
	a, okA := firstLike(entries, g.byPlace[place], e)
	b, okB := firstLike(entries, g.byPlace[""], e)
	switch {
	case !okA:
		return b, okB
	case !okB || a < b:
		return a, true
	}
	return b, true
}

func placeOf(e *entry.Entry) string {
	if e.Rec.Place.IsSet() {
		return e.Rec.Place.Val
	}
	return ""
}

// firstLike is the first of the earlier records that may be the same
// event as e.
func firstLike(entries []entry.Entry, earlier []int32, e *entry.Entry) (int32, bool) {
	for _, j := range earlier {
		if mayBeSame(&entries[j], e) {
			return j, true
		}
	}
	return 0, false
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
