package load

import (
	"go.yaml.in/yaml/v3"

	"rrp/internal/plan"
)

// The plan's kinds of mapping. Each field's read names the value in
// findings ("period from", "title", …) as rrp always has.

var projectTable = newTable("project", "rrp project (plans/project.yaml)", []field[*plan.Project]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "project id (ASCII), used in report names"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.ID = r.str(v, "id") }},
	{Field{Key: "name", Required: true, Shape: Text, Description: "název projektu"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Name = r.str(v, "name") }},
	{Field{Key: "registration", Shape: Text, Description: "registrační číslo"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Registration = r.str(v, "registration") }},
	{Field{Key: "beneficiary", Shape: Text, Description: "příjemce"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Beneficiary = r.str(v, "beneficiary") }},
	{Field{Key: "programme", Shape: Text, Description: "program, e.g. OPZ+"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Programme = r.str(v, "programme") }},
	{Field{Key: "start", Required: true, Shape: Date, Description: "project start, YYYY-MM-DD"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Start = r.day(v, "start") }},
	{Field{Key: "end", Required: true, Shape: Date, Description: "project end, YYYY-MM-DD"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.End = r.day(v, "end") }},
	{Field{Key: "periods", Shape: List, Of: "period", Description: "monitoring periods (sledovaná období); default: six-month periods from start"},
		func(r *reader, v *yaml.Node, p *plan.Project) {
			r.seq(v, "periods", func(item *yaml.Node) { p.Periods = append(p.Periods, r.period(item)) })
		}},
	{Field{Key: "target_groups", Shape: Codes, Description: "cílové skupiny: id -> name"},
		func(r *reader, v *yaml.Node, p *plan.Project) {
			r.pairs(v, "target_groups", func(k, val *yaml.Node) {
				p.TargetGroups = append(p.TargetGroups, plan.Code{ID: r.str(k, "target_groups"), Name: r.str(val, "target_groups")})
			})
		}},
	{Field{Key: "territories", Shape: Map, Of: "territory", Description: "území: id -> {name, type}"},
		func(r *reader, v *yaml.Node, p *plan.Project) {
			r.pairs(v, "territories", func(k, val *yaml.Node) { p.Territories = append(p.Territories, r.territory(k, val)) })
		}},
	{Field{Key: "levels", Shape: Texts, Description: "names of the plan's levels, default [KA, aktivita]"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Levels = r.strs(v, "levels") }},
	{Field{Key: "budget", Shape: Number, Range: Positive, Description: "rozpočet"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Budget = r.num(v, "budget") }},
	{Field{Key: "funding", Shape: Numbers, Range: AnyNumber, Description: "funding shares in percent, e.g. ESF: 85"},
		func(r *reader, v *yaml.Node, p *plan.Project) {
			r.pairs(v, "funding", func(k, val *yaml.Node) {
				p.Funding = append(p.Funding, plan.Share{Source: r.str(k, "funding"), Pct: r.num(val, "funding")})
			})
		}},
})

var periodTable = newTable("period", "monitoring period", []field[*plan.Period]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, e.g. ZoR1"},
		func(r *reader, v *yaml.Node, per *plan.Period) { per.ID = r.str(v, "period id") }},
	{Field{Key: "from", Required: true, Shape: Date, Description: "first day"},
		func(r *reader, v *yaml.Node, per *plan.Period) { per.From = r.day(v, "period from") }},
	{Field{Key: "to", Required: true, Shape: Date, Description: "last day"},
		func(r *reader, v *yaml.Node, per *plan.Period) { per.To = r.day(v, "period to") }},
})

var territoryTable = newTable("territory", "territory", []field[*plan.Territory]{
	{Field{Key: "name", Required: true, Shape: Text, Description: "název"},
		func(r *reader, v *yaml.Node, t *plan.Territory) { t.Name = r.str(v, "territory name") }},
	{Field{Key: "type", Required: true, Shape: Text, OneOf: plan.TerritoryTypes, Description: "ORP, DSO, MAS …"},
		func(r *reader, v *yaml.Node, t *plan.Territory) { t.Type = r.str(v, "territory type") }},
	{Field{Key: "members", Shape: Texts, Description: "members (e.g. microregions)"},
		func(r *reader, v *yaml.Node, t *plan.Territory) { t.Members = r.strs(v, "territory members") }},
	{Field{Key: "note", Shape: Text, Description: "poznámka"},
		func(r *reader, v *yaml.Node, t *plan.Territory) { t.Note = r.str(v, "note") }},
})

var keyActivityTable = newTable("key activity", "key activity (klíčová aktivita)", []field[*plan.KeyActivity]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, e.g. KA4"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.ID = r.str(v, "key activity id") }},
	{Field{Key: "title", Required: true, Shape: Text, Description: "název"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Title = r.str(v, "title") }},
	{Field{Key: "territory", Required: true, Shape: Text, Refers: Territories, Description: "území"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Territory = r.str(v, "territory") }},
	{Field{Key: "staff", Shape: List, Of: "staff", Description: "personální zajištění"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) {
			r.seq(v, "staff", func(item *yaml.Node) { ka.Staff = append(ka.Staff, r.staff(item)) })
		}},
	{Field{Key: "activities", Required: true, Shape: List, Of: "activity", Description: "aktivity"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Activities = r.activities(v, ka) }},
	{Field{Key: "note", Shape: Text, Description: "poznámka"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Note = r.str(v, "note") }},
})

var staffTable = newTable("staff", "staff (personální zajištění)", []field[*plan.Staff]{
	{Field{Key: "role", Required: true, Shape: Text, Description: "role"},
		func(r *reader, v *yaml.Node, s *plan.Staff) { s.Role = r.str(v, "staff role") }},
	{Field{Key: "fte", Shape: Number, Range: Fraction, Description: "úvazek, (0, 1]"},
		func(r *reader, v *yaml.Node, s *plan.Staff) { s.FTE = r.num(v, "staff fte") }},
	{Field{Key: "hours", Shape: Number, Range: Positive, Description: "contracted hours"},
		func(r *reader, v *yaml.Node, s *plan.Staff) { s.Hours = r.num(v, "staff hours") }},
	{Field{Key: "note", Shape: Text, Description: "poznámka"},
		func(r *reader, v *yaml.Node, s *plan.Staff) { s.Note = r.str(v, "note") }},
})

// activityTable is set by init: an activity holds activities, and a
// variable may not refer to itself through its own value.
var activityTable *table[*plan.Activity]

func init() {
	activityTable = newTable("activity", "activity (aktivita)", []field[*plan.Activity]{
		{Field{Key: "id", Required: true, Shape: Text, Description: `id, unique in the project; quoted, e.g. "4.2"`},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.ID = r.str(v, "activity id") }},
		{Field{Key: "title", Required: true, Shape: Text, Description: "název aktivity"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Title = r.str(v, "title") }},
		{Field{Key: "target_groups", Shape: Texts, Refers: TargetGroups, Description: "cílové skupiny"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.TargetGroups = r.strs(v, "target_groups") }},
		{Field{Key: "outputs", Shape: List, Of: "output", Description: "výstupy"},
			func(r *reader, v *yaml.Node, a *plan.Activity) {
				r.seq(v, "outputs", func(item *yaml.Node) {
					if o := r.output(item, a); o != nil {
						a.Outputs = append(a.Outputs, o)
					}
				})
			}},
		{Field{Key: "activities", Shape: List, Of: "activity", Description: "sub-activities"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Activities = r.activities(v, a.KA) }},
		{Field{Key: "note", Shape: Text, Description: "poznámka"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Note = r.str(v, "note") }},
	})
}

var outputTable = newTable("output", "output (výstup)", []field[*plan.Output]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, unique within the activity"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.ID = r.str(v, "output id") }},
	{Field{Key: "title", Required: true, Shape: Text, Description: "název výstupu"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Title = r.str(v, "title") }},
	{Field{Key: "unit", Required: true, Shape: Text, OneOf: plan.Units, Description: "event | hour | piece | person | document"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Unit = r.str(v, "unit") }},
	{Field{Key: "target", Required: true, Shape: Number, Range: Positive, Description: "cílová hodnota"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Target = r.num(v, "target") }},
	{Field{Key: "per_unit", Shape: Number, Range: AtLeastOne, Description: "records that make one unit (a course of sessions)"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.PerUnit = r.num(v, "per_unit") }},
	{Field{Key: "parts", Shape: List, Of: "part", Description: "components; their targets sum to the target"},
		func(r *reader, v *yaml.Node, o *plan.Output) {
			r.seq(v, "parts", func(item *yaml.Node) {
				if p := r.part(item, o); p != nil {
					o.Parts = append(o.Parts, p)
				}
			})
		}},
	{Field{Key: "schedule", Shape: List, Of: "schedule", Description: "cumulative planned value by date"},
		func(r *reader, v *yaml.Node, o *plan.Output) {
			r.seq(v, "schedule", func(item *yaml.Node) { o.Schedule = append(o.Schedule, r.milestone(item)) })
		}},
	{Field{Key: "reported", Shape: Flag, Description: "false: tracked internally, not reported to the funding body"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Reported = r.flag(v, "reported") }},
	{Field{Key: "note", Shape: Text, Description: "poznámka"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Note = r.str(v, "note") }},
})

var partTable = newTable("part", "part of an output", []field[*plan.Part]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, unique within the output"},
		func(r *reader, v *yaml.Node, p *plan.Part) { p.ID = r.str(v, "part id") }},
	{Field{Key: "title", Required: true, Shape: Text, Description: "název"},
		func(r *reader, v *yaml.Node, p *plan.Part) { p.Title = r.str(v, "title") }},
	{Field{Key: "target", Required: true, Shape: Number, Range: Positive, Description: "cílová hodnota"},
		func(r *reader, v *yaml.Node, p *plan.Part) { p.Target = r.num(v, "part target") }},
	{Field{Key: "note", Shape: Text, Description: "poznámka"},
		func(r *reader, v *yaml.Node, p *plan.Part) { p.Note = r.str(v, "note") }},
})

var milestoneTable = newTable("schedule", "schedule point", []field[*plan.Milestone]{
	{Field{Key: "by", Required: true, Shape: Date, Description: "date"},
		func(r *reader, v *yaml.Node, m *plan.Milestone) { m.By = r.day(v, "schedule by") }},
	{Field{Key: "value", Required: true, Shape: Number, Range: NonNegative, Description: "cumulative planned value by the date"},
		func(r *reader, v *yaml.Node, m *plan.Milestone) { m.Value = r.num(v, "schedule value") }},
})

// project decodes plans/project.yaml.
func (r *reader) project(n *yaml.Node) *plan.Project {
	p := &plan.Project{File: r.file}
	unread, ok := projectTable.decode(r, n, p)
	p.Unread = unread
	if !ok {
		p.Unread = []string{plan.AllUnread}
	}
	return p
}

func (r *reader) period(n *yaml.Node) plan.Period {
	per := plan.Period{Pos: r.pos(n)}
	periodTable.decode(r, n, &per)
	return per
}

func (r *reader) territory(k, n *yaml.Node) plan.Territory {
	t := plan.Territory{ID: r.str(k, "territory id"), Pos: r.pos(k)}
	territoryTable.decode(r, n, &t)
	return t
}

// keyActivity decodes one key-activity plan file.
func (r *reader) keyActivity(n *yaml.Node) *plan.KeyActivity {
	ka := &plan.KeyActivity{File: r.file, Pos: r.pos(n)}
	keyActivityTable.decode(r, n, ka)
	return ka
}

func (r *reader) staff(n *yaml.Node) plan.Staff {
	s := plan.Staff{Pos: r.pos(n)}
	s.Unread, _ = staffTable.decode(r, n, &s)
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
	if _, ok := activityTable.decode(r, n, a); !ok {
		return nil
	}
	return a
}

func (r *reader) output(n *yaml.Node, a *plan.Activity) *plan.Output {
	o := &plan.Output{Pos: r.pos(n), Activity: a}
	if _, ok := outputTable.decode(r, n, o); !ok {
		return nil
	}
	return o
}

func (r *reader) part(n *yaml.Node, o *plan.Output) *plan.Part {
	p := &plan.Part{Pos: r.pos(n), Output: o}
	if _, ok := partTable.decode(r, n, p); !ok {
		return nil
	}
	return p
}

func (r *reader) milestone(n *yaml.Node) plan.Milestone {
	m := plan.Milestone{Pos: r.pos(n)}
	milestoneTable.decode(r, n, &m)
	return m
}
