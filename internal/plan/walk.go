package plan

// AllActivities returns every activity of the key activity, depth first in
// file order.
func (ka *KeyActivity) AllActivities() []*Activity {
	var out []*Activity
	var walk func([]*Activity)
	walk = func(as []*Activity) {
		for _, a := range as {
			out = append(out, a)
			walk(a.Activities)
		}
	}
	walk(ka.Activities)
	return out
}

// AllActivities returns every activity of the project in plan order.
func (p *Project) AllActivities() []*Activity {
	var out []*Activity
	for _, ka := range p.KeyActivities {
		out = append(out, ka.AllActivities()...)
	}
	return out
}

// AllOutputs returns every output of the project in plan order.
func (p *Project) AllOutputs() []*Output {
	var out []*Output
	for _, a := range p.AllActivities() {
		out = append(out, a.Outputs...)
	}
	return out
}

// Targets returns everything a record may name, in plan order: each output,
// then its parts.
func (p *Project) Targets() []Target {
	var out []Target
	for _, o := range p.AllOutputs() {
		out = append(out, Target{Output: o})
		for _, part := range o.Parts {
			out = append(out, Target{Output: o, Part: part})
		}
	}
	return out
}
