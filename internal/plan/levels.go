package plan

// LevelName is the name of the plan level at depth (0 the key activity, 1
// its activities, 2 theirs, …): the project's own (levels), the last one
// for a plan deeper than its names; without names, "KA", "aktivita", then
// "podaktivita".
func (p *Project) LevelName(depth int) string {
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

// ActivityDepths maps every activity of the plan to its depth: 1 for an
// activity of a key activity, 2 for one below it, and so on.
func (p *Project) ActivityDepths() map[*Activity]int {
	depths := map[*Activity]int{}
	var walk func([]*Activity, int)
	walk = func(as []*Activity, depth int) {
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
