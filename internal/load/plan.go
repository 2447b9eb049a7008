package load

import (
	"go.yaml.in/yaml/v3"

	"rrp/internal/plan"
)

var (
	projectKeys = keys{what: "project", required: []string{"id", "name", "start", "end"}, allowed: []string{
		"id", "name", "registration", "beneficiary", "programme", "start", "end", "periods",
		"target_groups", "territories", "levels", "budget", "funding"}}
	periodKeys    = keys{what: "period", required: []string{"id", "from", "to"}, allowed: []string{"id", "from", "to"}}
	territoryKeys = keys{what: "territory", required: []string{"name", "type"}, allowed: []string{"name", "type", "members", "note"}}
	kaKeys        = keys{what: "key activity", required: []string{"id", "title", "territory", "activities"}, allowed: []string{
		"id", "title", "territory", "staff", "activities", "note"}}
	staffKeys    = keys{what: "staff", required: []string{"role"}, allowed: []string{"role", "fte", "hours", "note"}}
	activityKeys = keys{what: "activity", required: []string{"id", "title"}, allowed: []string{
		"id", "title", "target_groups", "outputs", "activities", "note"}}
	outputKeys = keys{what: "output", required: []string{"id", "title", "unit", "target"}, allowed: []string{
		"id", "title", "unit", "target", "per_unit", "parts", "schedule", "reported", "note"}}
	partKeys      = keys{what: "part", required: []string{"id", "title", "target"}, allowed: []string{"id", "title", "target", "note"}}
	milestoneKeys = keys{what: "schedule", required: []string{"by", "value"}, allowed: []string{"by", "value"}}
)

// project decodes plans/project.yaml.
func (r *reader) project(n *yaml.Node) *plan.Project {
	p := &plan.Project{File: r.file}
	unread, ok := r.mapping(n, projectKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			p.ID = r.str(v, key)
		case "name":
			p.Name = r.str(v, key)
		case "registration":
			p.Registration = r.str(v, key)
		case "beneficiary":
			p.Beneficiary = r.str(v, key)
		case "programme":
			p.Programme = r.str(v, key)
		case "start":
			p.Start = r.day(v, key)
		case "end":
			p.End = r.day(v, key)
		case "periods":
			r.seq(v, key, func(item *yaml.Node) { p.Periods = append(p.Periods, r.period(item)) })
		case "target_groups":
			r.pairs(v, key, func(k, val *yaml.Node) {
				p.TargetGroups = append(p.TargetGroups, plan.Code{ID: r.str(k, key), Name: r.str(val, key)})
			})
		case "territories":
			r.pairs(v, key, func(k, val *yaml.Node) { p.Territories = append(p.Territories, r.territory(k, val)) })
		case "levels":
			p.Levels = r.strs(v, key)
		case "budget":
			p.Budget = r.num(v, key)
		case "funding":
			r.pairs(v, key, func(k, val *yaml.Node) {
				p.Funding = append(p.Funding, plan.Share{Source: r.str(k, key), Pct: r.num(val, key)})
			})
		}
	})
	p.Unread = unread
	if !ok {
		p.Unread = []string{plan.AllUnread}
	}
	return p
}

func (r *reader) period(n *yaml.Node) plan.Period {
	per := plan.Period{Pos: r.pos(n)}
	r.mapping(n, periodKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			per.ID = r.str(v, "period id")
		case "from":
			per.From = r.day(v, "period from")
		case "to":
			per.To = r.day(v, "period to")
		}
	})
	return per
}

func (r *reader) territory(k, n *yaml.Node) plan.Territory {
	t := plan.Territory{ID: r.str(k, "territory id"), Pos: r.pos(k)}
	r.mapping(n, territoryKeys, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			t.Name = r.str(v, "territory name")
		case "type":
			t.Type = r.str(v, "territory type")
		case "members":
			t.Members = r.strs(v, "territory members")
		case "note":
			t.Note = r.str(v, "note")
		}
	})
	return t
}

// keyActivity decodes one key-activity plan file.
func (r *reader) keyActivity(n *yaml.Node) *plan.KeyActivity {
	ka := &plan.KeyActivity{File: r.file, Pos: r.pos(n)}
	r.mapping(n, kaKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			ka.ID = r.str(v, "key activity id")
		case "title":
			ka.Title = r.str(v, "title")
		case "territory":
			ka.Territory = r.str(v, "territory")
		case "staff":
			r.seq(v, key, func(item *yaml.Node) { ka.Staff = append(ka.Staff, r.staff(item)) })
		case "activities":
			ka.Activities = r.activities(v, ka)
		case "note":
			ka.Note = r.str(v, "note")
		}
	})
	return ka
}

func (r *reader) staff(n *yaml.Node) plan.Staff {
	s := plan.Staff{Pos: r.pos(n)}
	s.Unread, _ = r.mapping(n, staffKeys, func(key string, v *yaml.Node) {
		switch key {
		case "role":
			s.Role = r.str(v, "staff role")
		case "fte":
			s.FTE = r.num(v, "staff fte")
		case "hours":
			s.Hours = r.num(v, "staff hours")
		case "note":
			s.Note = r.str(v, "note")
		}
	})
	return s
}

func (r *reader) activities(n *yaml.Node, ka *plan.KeyActivity) []*plan.Activity {
	var out []*plan.Activity
	r.seq(n, "activities", func(item *yaml.Node) {
		if a := r.activity(item, ka); a != nil {
			out = append(out, a)
		}
	})
	return out
}

func (r *reader) activity(n *yaml.Node, ka *plan.KeyActivity) *plan.Activity {
	a := &plan.Activity{Pos: r.pos(n), KA: ka}
	_, ok := r.mapping(n, activityKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			a.ID = r.str(v, "activity id")
		case "title":
			a.Title = r.str(v, "title")
		case "target_groups":
			a.TargetGroups = r.strs(v, "target_groups")
		case "outputs":
			r.seq(v, key, func(item *yaml.Node) {
				if o := r.output(item, a); o != nil {
					a.Outputs = append(a.Outputs, o)
				}
			})
		case "activities":
			a.Activities = r.activities(v, ka)
		case "note":
			a.Note = r.str(v, "note")
		}
	})
	if !ok {
		return nil
	}
	return a
}

func (r *reader) output(n *yaml.Node, a *plan.Activity) *plan.Output {
	o := &plan.Output{Pos: r.pos(n), Activity: a}
	_, ok := r.mapping(n, outputKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			o.ID = r.str(v, "output id")
		case "title":
			o.Title = r.str(v, "title")
		case "unit":
			o.Unit = r.str(v, "unit")
		case "target":
			o.Target = r.num(v, "target")
		case "per_unit":
			o.PerUnit = r.num(v, "per_unit")
		case "parts":
			r.seq(v, key, func(item *yaml.Node) {
				if p := r.part(item, o); p != nil {
					o.Parts = append(o.Parts, p)
				}
			})
		case "schedule":
			r.seq(v, key, func(item *yaml.Node) { o.Schedule = append(o.Schedule, r.milestone(item)) })
		case "reported":
			o.Reported = r.flag(v, "reported")
		case "note":
			o.Note = r.str(v, "note")
		}
	})
	if !ok {
		return nil
	}
	return o
}

func (r *reader) part(n *yaml.Node, o *plan.Output) *plan.Part {
	p := &plan.Part{Pos: r.pos(n), Output: o}
	_, ok := r.mapping(n, partKeys, func(key string, v *yaml.Node) {
		switch key {
		case "id":
			p.ID = r.str(v, "part id")
		case "title":
			p.Title = r.str(v, "title")
		case "target":
			p.Target = r.num(v, "part target")
		case "note":
			p.Note = r.str(v, "note")
		}
	})
	if !ok {
		return nil
	}
	return p
}

func (r *reader) milestone(n *yaml.Node) plan.Milestone {
	m := plan.Milestone{Pos: r.pos(n)}
	r.mapping(n, milestoneKeys, func(key string, v *yaml.Node) {
		switch key {
		case "by":
			m.By = r.day(v, "schedule by")
		case "value":
			m.Value = r.num(v, "schedule value")
		}
	})
	return m
}
