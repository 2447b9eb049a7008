package load

import (
	"slices"

	"go.yaml.in/yaml/v3"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
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
				p.TargetGroups = append(p.TargetGroups, plan.Code{ID: r.id(k, "target_groups"), Name: r.str(val, "target_groups")})
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
	{Field{Key: "provisional", Shape: Flag, Description: "true: termíny (start, end, periods) jsou předběžné; tempo a stavy z nich vycházejí"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.Provisional = r.flag(v, "provisional") }},
	{Field{Key: "person_code", Shape: Text, Description: "vzor kódů podpořených osob (regulární výraz), default ^[A-Z0-9][A-Z0-9-]{1,15}$"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.PersonCode = r.str(v, "person_code") }},
	{Field{Key: "public_contacts", Shape: Texts, Description: "veřejné kontakty úřadů (telefon, e-mail), které smějí být v záznamech; nejsou osobní údaje"},
		func(r *reader, v *yaml.Node, p *plan.Project) { p.PublicContacts = r.strs(v, "public_contacts") }},
})

var periodTable = newTable("period", "monitoring period", []field[*plan.Period]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, e.g. ZoR1"},
		func(r *reader, v *yaml.Node, per *plan.Period) { per.ID = r.id(v, "period id") }},
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
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.ID = r.id(v, "key activity id") }},
	{Field{Key: "title", Required: true, Shape: Text, Description: "název"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Title = r.str(v, "title") }},
	{Field{Key: "territory", Shape: Text, Refers: Territories, Description: "území (lze vynechat, má-li projekt jedno území)"},
		func(r *reader, v *yaml.Node, ka *plan.KeyActivity) { ka.Territory = r.id(v, "territory") }},
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
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.ID = r.id(v, "activity id") }},
		{Field{Key: "title", Required: true, Shape: Text, Description: "název aktivity"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Title = r.str(v, "title") }},
		{Field{Key: "target_groups", Shape: Texts, Refers: TargetGroups, Description: "cílové skupiny"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.TargetGroups = r.ids(v, "target_groups") }},
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
		{Field{Key: "responsible", Shape: Text, Description: "odpovědnost (kdo aktivitu zajišťuje)"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Responsible = r.str(v, "responsible") }},
		{Field{Key: "partners", Shape: Texts, Description: "partneři, spolupracující subjekty"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Partners = r.strs(v, "partners") }},
		{Field{Key: "from", Shape: Date, Description: "zahájení, RRRR-MM-DD (může ležet mimo projekt)"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.From = r.day(v, "from") }},
		{Field{Key: "to", Shape: Date, Description: "ukončení, RRRR-MM-DD (může ležet mimo projekt)"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.To = r.day(v, "to") }},
		{Field{Key: "when", Shape: Text, Description: "harmonogram slovy, např. průběžně; březen, září"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.When = r.str(v, "when") }},
		{Field{Key: "funding", Shape: Text, Description: "financování, např. ESF + státní rozpočet"},
			func(r *reader, v *yaml.Node, a *plan.Activity) { a.Funding = r.str(v, "funding") }},
	})
}

var outputTable = newTable("output", "output (výstup)", []field[*plan.Output]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, unique within the activity"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.ID = r.id(v, "output id") }},
	{Field{Key: "title", Required: true, Shape: Text, Description: "název výstupu"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Title = r.str(v, "title") }},
	{Field{Key: "unit", Required: true, Shape: Text, OneOf: plan.Units, Description: "event | hour | piece | person | document | milestone"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Unit = r.str(v, "unit") }},
	{Field{Key: "target", Shape: Number, Range: Positive, Description: "cílová hodnota"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Target = r.num(v, "target") }},
	{Field{Key: "at_least", Shape: Number, Range: Positive, Description: "místo target: minimálně (víc je v pořádku)"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.AtLeast = r.num(v, "at_least") }},
	{Field{Key: "at_most", Shape: Number, Range: Positive, Description: "místo target: maximálně (víc je varování)"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.AtMost = r.num(v, "at_most") }},
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
	{Field{Key: "distinct", Shape: Flag, Description: "true: každá osoba jednou (kódy v persons záznamů), ne součet"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Distinct = r.flag(v, "distinct") }},
	{Field{Key: "min_hours", Shape: Number, Range: Positive, Description: "s distinct: osoba se počítá, až záznamy s ní dají tolik hodin"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.MinHours = r.num(v, "min_hours") }},
	{Field{Key: "opening", Shape: Mapping, Of: "opening"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Opening = r.opening(v) }},
	{Field{Key: "due", Shape: Date, Description: "u milníku: termín splnění, RRRR-MM-DD"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.Due = r.day(v, "due") }},
	{Field{Key: "by_territory", Shape: Numbers, Range: Positive, Refers: Territories, Description: "cílové hodnoty podle území (součet = target)"},
		func(r *reader, v *yaml.Node, o *plan.Output) {
			r.pairs(v, "by_territory", func(k, val *yaml.Node) {
				o.ByTerritory = append(o.ByTerritory, plan.TerritoryTarget{Territory: r.id(k, "by_territory"), Target: r.num(val, "by_territory")})
			})
		}},
	{Field{Key: "per_event", Shape: Mapping, Of: "per event"},
		func(r *reader, v *yaml.Node, o *plan.Output) { o.PerEvent = r.perEvent(v) }},
})

var openingTable = newTable("opening", "opening figure: achieved before the records begin", []field[*plan.Opening]{
	{Field{Key: "value", Required: true, Shape: Number, Range: NonNegative, Description: "dosažená hodnota"},
		func(r *reader, v *yaml.Node, op *plan.Opening) { op.Value = r.num(v, "opening value") }},
	{Field{Key: "date", Required: true, Shape: Date, Description: "ke dni, RRRR-MM-DD"},
		func(r *reader, v *yaml.Node, op *plan.Opening) { op.Date = r.day(v, "opening date") }},
	{Field{Key: "note", Shape: Text, Description: "odkud hodnota je, např. ZoR 1–3"},
		func(r *reader, v *yaml.Node, op *plan.Opening) { op.Note = r.str(v, "note") }},
})

var perEventTable = newTable("per event", "what one held event should at least be", []field[*plan.PerEvent]{
	{Field{Key: "hours", Shape: Number, Range: Positive, Description: "nejméně hodin na akci"},
		func(r *reader, v *yaml.Node, pe *plan.PerEvent) { pe.Hours = r.num(v, "per_event hours") }},
	{Field{Key: "participants", Shape: Number, Range: AtLeastOne, Description: "nejméně účastníků na akci"},
		func(r *reader, v *yaml.Node, pe *plan.PerEvent) { pe.Participants = r.num(v, "per_event participants") }},
})

var partTable = newTable("part", "part of an output", []field[*plan.Part]{
	{Field{Key: "id", Required: true, Shape: Text, Description: "id, unique within the output"},
		func(r *reader, v *yaml.Node, p *plan.Part) { p.ID = r.id(v, "part id") }},
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
	t := plan.Territory{ID: r.id(k, "territory id"), Pos: r.pos(k)}
	territoryTable.decode(r, n, &t)
	return t
}

// keyActivity decodes one key-activity plan file.
func (r *reader) keyActivity(n *yaml.Node) *plan.KeyActivity {
	ka := &plan.KeyActivity{File: r.file, Pos: r.pos(n)}
	unread, ok := keyActivityTable.decode(r, n, ka)
	ka.Unread = unread
	if !ok {
		ka.Unread = []string{plan.AllUnread}
	}
	return ka
}

func (r *reader) opening(n *yaml.Node) *plan.Opening {
	op := &plan.Opening{Pos: r.pos(n)}
	if _, ok := openingTable.decode(r, n, op); !ok {
		return nil
	}
	return op
}

func (r *reader) perEvent(n *yaml.Node) *plan.PerEvent {
	pe := &plan.PerEvent{Pos: r.pos(n)}
	if _, ok := perEventTable.decode(r, n, pe); !ok {
		return nil
	}
	return pe
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
	unread, ok := outputTable.decode(r, n, o)
	if !ok {
		return nil
	}
	r.goal(n, o, unread)
	return o
}

// goalKeys are the keys that give an output its number; exactly one is
// written, except for a milestone, which has none.
var goalKeys = []string{"target", "at_least", "at_most"}

// goal reports an output whose number is missing, given twice, or given
// to a milestone. A key written but not read has had its finding.
func (r *reader) goal(n *yaml.Node, o *plan.Output, unread []string) {
	var given []plan.Num
	for _, v := range []plan.Num{o.Target, o.AtLeast, o.AtMost} {
		if v.IsSet() {
			given = append(given, v)
		}
	}
	for _, k := range append(goalKeys, "unit") {
		if slices.Contains(unread, k) {
			return
		}
	}
	switch {
	case o.IsMilestone() && len(given) > 0:
		r.fs.Errorf(given[0].Pos, finding.CodeTarget, "leave the number out: a milestone is done by its first held record, or choose another unit",
			"a milestone has no target")
	case o.IsMilestone():
	case len(given) == 0:
		r.errorf(n, finding.CodeMissingKey, "add a line target: … (or at_least: …, at_most: … for a minimum or a maximum)", "output: missing key %q", "target")
	case len(given) > 1:
		r.fs.Errorf(given[1].Pos, finding.CodeTarget, "keep one: target (exactly), at_least (a minimum) or at_most (a maximum)",
			"output %s: give one of target, at_least and at_most", o.ID.Val)
	}
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
