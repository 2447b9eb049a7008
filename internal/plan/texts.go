package plan

// Texts yields the plan's free texts: names, titles, notes, who is
// responsible and the partners. Plans are public documents, but one may
// still name a person's own phone or e-mail, and the plan files are as
// much in the shared repository as the records.
func (p *Project) Texts(yield func(Str) bool) {
	texts := []Str{p.Name, p.Beneficiary}
	for _, t := range p.Territories {
		texts = append(texts, t.Name, t.Note)
	}
	for _, c := range p.TargetGroups {
		texts = append(texts, c.Name)
	}
	for _, ka := range p.KeyActivities {
		texts = append(texts, ka.Title, ka.Note)
		for _, s := range ka.Staff {
			texts = append(texts, s.Role, s.Note)
		}
		texts = appendActivities(texts, ka.Activities)
	}
	for _, t := range texts {
		if t.IsSet() && !yield(t) {
			return
		}
	}
}

func appendActivities(texts []Str, acts []*Activity) []Str {
	for _, a := range acts {
		texts = append(texts, a.Title, a.Note, a.Responsible, a.When, a.Funding)
		texts = append(texts, a.Partners...)
		for _, o := range a.Outputs {
			texts = append(texts, o.Title, o.Note)
		}
		texts = appendActivities(texts, a.Activities)
	}
	return texts
}
