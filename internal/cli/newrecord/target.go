package newrecord

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
)

// target asks for the key activity, then for one of its outputs or parts.
func (iv *interview) target(def plan.Target) (plan.Target, error) {
	kas := iv.project.KeyActivities
	ka := kaOf(def)
	if len(kas) > 1 {
		options := iv.kaOptions()
		iv.p.Say(i18n.T("Key activities:"))
		var err error
		if ka, err = iv.p.Choose(kaQuestion(options), options, ka); err != nil {
			return plan.Target{}, err
		}
	} else if len(kas) == 1 {
		ka = kas[0].ID.Val
	}
	options := outputOptions(iv.project, ka, iv.pr)
	if len(options) == 0 {
		return plan.Target{}, i18n.Errorf("key activity %s has no outputs in the plan", ka)
	}
	defRef := ""
	if def.Output != nil && kaOf(def) == ka {
		defRef = def.Ref()
	}
	iv.p.Say(i18n.T("Outputs of %s:", ka))
	ref, err := iv.p.Choose(i18n.T("Output"), options, defRef)
	if err != nil {
		return plan.Target{}, err
	}
	t, _ := iv.index.Resolve(ref)
	return t, nil
}

// kaOptions list the key activities by their own numbers (KA4 is 4) and
// let them be named by their territory, as coordinators know them.
func (iv *interview) kaOptions() []prompt.Option {
	kas := iv.project.KeyActivities
	options := make([]prompt.Option, len(kas))
	for i, k := range kas {
		territory := k.Territory.Val
		options[i] = prompt.Option{Key: k.ID.Val, Label: iv.territoryName(territory), Number: kaNumber(k.ID.Val)}
		if t, ok := iv.index.Territory(territory); ok {
			options[i].Names = []string{territory, t.Name.Val, options[i].Label}
		}
	}
	return options
}

// kaQuestion says what the key activity may be answered with, with the
// first of the list as the example.
func kaQuestion(options []prompt.Option) i18n.Text {
	first := options[0]
	name := first.Key
	if len(first.Names) > 1 {
		name = first.Names[1]
	}
	if first.Number > 0 && options[len(options)-1].Number > 0 {
		return i18n.T("Key activity (number or territory, e.g. %d or %s)", first.Number, name)
	}
	return i18n.T("Key activity (number of the list or territory, e.g. %s)", name)
}

// kaID is a key activity's id with its number: KA4, KA 12, ka04, 4.
var kaID = regexp.MustCompile(`^[A-Za-z]*\s*0*([1-9][0-9]*)$`)

// kaNumber is the number in a key activity's id (4 for KA4), 0 for none.
func kaNumber(id string) int {
	m := kaID.FindStringSubmatch(id)
	if m == nil {
		return 0
	}
	n, err := strconv.Atoi(m[1])
	if err != nil {
		return 0
	}
	return n
}

// outputOptions lists the outputs of a key activity, with their parts,
// under their activities, said in pr's language.
func outputOptions(p *plan.Project, ka string, pr *i18n.Printer) []prompt.Option {
	var out []prompt.Option
	for _, t := range p.Targets() {
		if kaOf(t) != ka {
			continue
		}
		a := t.Output.Activity
		label := fmt.Sprintf("%s (%s)", t.Output.Title.Val, goalLabel(t.Output, pr))
		if t.Part != nil {
			label = pr.Sprintf("└ %s (part, target %s)", t.Part.Title.Val, number(t.Part.Target.Val))
		}
		out = append(out, prompt.Option{Key: t.Ref(), Label: label, Group: shorten(a.ID.Val+" "+a.Title.Val, 76)})
	}
	return out
}

// goalLabel says an output's unit (its id, as the plan writes it) and
// number: "event, target 12", "hour, at most 20", "milestone, due
// 2025-12-31".
func goalLabel(o *plan.Output, pr *i18n.Printer) string {
	unit := o.Unit.Val
	if o.IsMilestone() {
		if o.Due.IsSet() {
			return pr.Sprintf("%s, due %s", unit, o.Due.Val)
		}
		return unit
	}
	n, kind := o.Goal()
	switch kind {
	case plan.AtLeast:
		return pr.Sprintf("%s, at least %s", unit, number(n))
	case plan.AtMost:
		return pr.Sprintf("%s, at most %s", unit, number(n))
	}
	return pr.Sprintf("%s, target %s", unit, number(n))
}
