package plan

import (
	"slices"
	"strings"
)

// Target is what a record's output reference resolves to: an output, and
// the part of it when the reference names one.
type Target struct {
	Output *Output
	Part   *Part
}

// Ref is how records name the target: the part's reference, or the
// output's.
func (t Target) Ref() string {
	if t.Part != nil {
		return t.Part.Ref()
	}
	return t.Output.Ref()
}

// Index looks plan entries up by id. Build it once after loading; when ids
// are duplicated (a finding of its own) the first one wins.
type Index struct {
	targets      map[string]Target
	activities   map[string]*Activity
	territories  map[string]*Territory
	targetGroups map[string]*Code
}

// NewIndex indexes the project.
func NewIndex(p *Project) *Index {
	ix := &Index{
		targets:      map[string]Target{},
		activities:   map[string]*Activity{},
		territories:  map[string]*Territory{},
		targetGroups: map[string]*Code{},
	}
	for _, a := range p.AllActivities() {
		putFirst(ix.activities, a.ID.Val, a)
	}
	for _, t := range p.Targets() {
		putFirst(ix.targets, t.Ref(), t)
	}
	for i := range p.Territories {
		putFirst(ix.territories, p.Territories[i].ID.Val, &p.Territories[i])
	}
	for i := range p.TargetGroups {
		putFirst(ix.targetGroups, p.TargetGroups[i].ID.Val, &p.TargetGroups[i])
	}
	return ix
}

func putFirst[V any](m map[string]V, key string, v V) {
	if _, dup := m[key]; !dup {
		m[key] = v
	}
}

// Resolve finds the output (or part) a record's reference names.
func (ix *Index) Resolve(ref string) (Target, bool) {
	t, ok := ix.targets[ref]
	return t, ok
}

// Activity finds an activity by its project-wide id.
func (ix *Index) Activity(id string) (*Activity, bool) {
	a, ok := ix.activities[id]
	return a, ok
}

// Territory finds a territory by id.
func (ix *Index) Territory(id string) (*Territory, bool) {
	t, ok := ix.territories[id]
	return t, ok
}

// TargetGroup finds a target group by id.
func (ix *Index) TargetGroup(id string) (*Code, bool) {
	g, ok := ix.targetGroups[id]
	return g, ok
}

// ActivityIDs, TerritoryIDs and TargetGroupIDs list the known ids, sorted,
// for "did you mean" hints and for listing the valid choices.
func (ix *Index) ActivityIDs() []string    { return sortedKeys(ix.activities) }
func (ix *Index) TerritoryIDs() []string   { return sortedKeys(ix.territories) }
func (ix *Index) TargetGroupIDs() []string { return sortedKeys(ix.targetGroups) }

// OutputRefs lists the references of the activity's outputs and parts.
func (ix *Index) OutputRefs(activityID string) []string {
	var refs []string
	for ref := range ix.targets {
		if strings.HasPrefix(ref, activityID+"/") {
			refs = append(refs, ref)
		}
	}
	slices.Sort(refs)
	return refs
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
