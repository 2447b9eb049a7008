package load

import "slices"

// KeySet is the keys one kind of mapping allows and requires: what the
// loader accepts, for the JSON Schemas that editors check files against.
type KeySet struct {
	Allowed, Required []string
}

// KeySets are the key sets by kind ("project", "record", "output", …).
func KeySets() map[string]KeySet {
	out := map[string]KeySet{}
	for _, k := range []keys{projectKeys, periodKeys, territoryKeys, kaKeys, staffKeys, activityKeys,
		outputKeys, partKeys, milestoneKeys, recordKeys, participantKeys} {
		out[k.what] = KeySet{Allowed: slices.Clone(k.allowed), Required: slices.Clone(k.required)}
	}
	return out
}
