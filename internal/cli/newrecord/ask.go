package newrecord

import (
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// interview asks for a record's values, the valid choices listed. The
// values it starts from (the flags given, or the answers of a record that
// was refused) are the defaults.
type interview struct {
	p       *prompt.Prompter
	project *plan.Project
	index   *plan.Index
}

// target asks for the key activity, then for one of its outputs or parts.
func (iv *interview) target(def plan.Target) (plan.Target, error) {
	kas := iv.project.KeyActivities
	ka := kaOf(def)
	if len(kas) > 1 {
		options := make([]prompt.Option, len(kas))
		for i, k := range kas {
			options[i] = prompt.Option{Key: k.ID.Val, Label: iv.territoryName(k.Territory.Val)}
		}
		iv.p.Sayf("Key activities:")
		var err error
		if ka, err = iv.p.Choose("Key activity", options, ka); err != nil {
			return plan.Target{}, err
		}
	} else if len(kas) == 1 {
		ka = kas[0].ID.Val
	}
	options := outputOptions(iv.project, ka)
	if len(options) == 0 {
		return plan.Target{}, fmt.Errorf("key activity %s has no outputs in the plan", ka)
	}
	defRef := ""
	if def.Output != nil && kaOf(def) == ka {
		defRef = def.Ref()
	}
	iv.p.Sayf("Outputs of %s:", ka)
	ref, err := iv.p.Choose("Output", options, defRef)
	if err != nil {
		return plan.Target{}, err
	}
	t, _ := iv.index.Resolve(ref)
	return t, nil
}

// outputOptions lists the outputs of a key activity, with their parts,
// under their activities.
func outputOptions(p *plan.Project, ka string) []prompt.Option {
	var out []prompt.Option
	for _, t := range p.Targets() {
		if kaOf(t) != ka {
			continue
		}
		a := t.Output.Activity
		label := fmt.Sprintf("%s (%s)", t.Output.Title.Val, goalLabel(t.Output))
		if t.Part != nil {
			label = fmt.Sprintf("└ %s (part, target %s)", t.Part.Title.Val, number(t.Part.Target.Val))
		}
		out = append(out, prompt.Option{Key: t.Ref(), Label: label, Group: shorten(a.ID.Val+" "+a.Title.Val, 76)})
	}
	return out
}

// goalLabel says an output's unit and number as the plan gives it:
// "event, target 12", "hour, at most 20", "milestone, due 2025-12-31".
func goalLabel(o *plan.Output) string {
	if o.IsMilestone() {
		if o.Due.IsSet() {
			return "milestone, due " + o.Due.Val.String()
		}
		return "milestone"
	}
	n, kind := o.Goal()
	switch kind {
	case plan.AtLeast:
		return fmt.Sprintf("%s, at least %s", o.Unit.Val, number(n))
	case plan.AtMost:
		return fmt.Sprintf("%s, at most %s", o.Unit.Val, number(n))
	}
	return fmt.Sprintf("%s, target %s", o.Unit.Val, number(n))
}

// values asks for what a record of the target's unit says.
func (iv *interview) values(t plan.Target, v *recordfile.Values) error {
	v.Output = t.Ref()
	steps := []func(plan.Target, *recordfile.Values) error{iv.date, iv.held, iv.amounts, iv.persons, iv.place, iv.territory, iv.evidence, iv.note}
	for _, step := range steps {
		if err := step(t, v); err != nil {
			return err
		}
	}
	return nil
}

func (iv *interview) date(_ plan.Target, v *recordfile.Values) error {
	_, err := iv.p.Ask("Date (YYYY-MM-DD or 12. 3. 2025)", v.Date.String(), func(a string) error {
		d, err := czech.ParseDate(a, czech.NoSerials)
		if err == nil {
			v.Date = d
		}
		return err
	})
	return err
}

// held asks whether an event took place; one that did not counts nothing
// and needs no amounts or evidence.
func (iv *interview) held(t plan.Target, v *recordfile.Values) error {
	if t.Output.Unit.Val != plan.UnitEvent {
		return nil
	}
	held, err := iv.p.Confirm("Did it take place?", v.Status != "cancelled")
	v.Status = ""
	if !held {
		v.Status = "cancelled"
		v.Hours, v.Participants, v.ByGroup, v.Evidence, v.Persons = nil, nil, nil, nil, nil
	}
	return err
}

// amounts asks for what the unit counts: hours, participants, pieces or
// persons; a milestone counts no number.
func (iv *interview) amounts(t plan.Target, v *recordfile.Values) (err error) {
	if v.Status == "cancelled" {
		return nil
	}
	switch t.Output.Unit.Val {
	case plan.UnitEvent:
		if v.Hours, err = iv.number("Hours (e.g. 1,5)", v.Hours, false, positive); err != nil {
			return err
		}
		err = iv.participants(t, v)
	case plan.UnitHour:
		v.Hours, err = iv.number("Hours (e.g. 1,5)", v.Hours, true, positive)
	case plan.UnitPiece:
		v.Quantity, err = iv.number("How many pieces", orOne(v.Quantity), true, positive)
	case plan.UnitPerson:
		if t.Output.Distinct.Val {
			// Counted by the codes asked next, not by a number.
			return nil
		}
		v.Quantity, err = iv.number("How many persons", orOne(v.Quantity), true, func(f float64) error {
			if err := whole(f); err != nil {
				return err
			}
			return positive(f)
		})
	}
	return err
}

func (iv *interview) place(_ plan.Target, v *recordfile.Values) (err error) {
	v.Place, err = iv.p.Optional("Place", v.Place, func(string) error { return nil })
	return err
}

// territory asks whether the record is of the key activity's territory,
// as most are, and only otherwise lists the territories. The key
// activity's own territory is not written: a record inherits it.
func (iv *interview) territory(t plan.Target, v *recordfile.Values) error {
	own := ""
	if ka := entry.KeyActivityOf(t.Output); ka != nil {
		own = ka.Territory.Val
	}
	if own == "" || len(iv.project.Territories) < 2 {
		return nil
	}
	same, err := iv.p.Confirm("In the key activity's territory, "+iv.territoryName(own)+"?", v.Territory == "" || v.Territory == own)
	if err != nil || same {
		v.Territory = ""
		return err
	}
	iv.p.Sayf("Other territories:")
	var options []prompt.Option
	for _, tr := range iv.project.Territories {
		if tr.ID.Val != own {
			options = append(options, prompt.Option{Key: tr.ID.Val, Label: iv.territoryName(tr.ID.Val)})
		}
	}
	v.Territory, err = iv.p.Choose("Territory", options, v.Territory)
	return err
}

func (iv *interview) evidence(_ plan.Target, v *recordfile.Values) error {
	if v.Status == "cancelled" {
		return nil
	}
	answer, err := iv.p.Optional("Evidence: path of the attendance sheet or other proof (several: separate with ;)",
		strings.Join(v.Evidence, "; "), func(string) error { return nil })
	v.Evidence = czech.SplitList(answer)
	return err
}

func (iv *interview) note(_ plan.Target, v *recordfile.Values) (err error) {
	v.Note, err = iv.p.Optional("Note (no names, phone numbers or e-mails)", v.Note, func(string) error { return nil })
	return err
}

// number asks for a number, written with a decimal comma or point.
func (iv *interview) number(question string, def *float64, required bool, valid func(float64) error) (*float64, error) {
	// got is set by the answer taken only: a refused one leaves it nil,
	// and "-" (no number) never reaches accept.
	var got *float64
	accept := func(a string) error {
		if a == "" {
			return fmt.Errorf("a number is needed here")
		}
		f, err := czech.ParseNumber(a)
		if err == nil {
			err = valid(f)
		}
		if err == nil {
			got = &f
		}
		return err
	}
	var err error
	if required {
		_, err = iv.p.Ask(question, numberOf(def), accept)
	} else {
		_, err = iv.p.Optional(question, numberOf(def), accept)
	}
	if err != nil {
		return nil, err
	}
	return got, nil
}

// count asks for an optional whole number of people.
func (iv *interview) count(question string, def *int) (*int, error) {
	var d *float64
	if def != nil {
		f := float64(*def)
		d = &f
	}
	f, err := iv.number(question, d, false, func(f float64) error {
		if f < 0 {
			return fmt.Errorf("count the people: a whole number, 0 or more")
		}
		return whole(f)
	})
	if f == nil {
		return nil, err
	}
	n := int(*f)
	return &n, err
}

func (iv *interview) territoryName(id string) string {
	if t, ok := iv.index.Territory(id); ok {
		return strings.TrimSpace(t.Type.Val + " " + t.Name.Val)
	}
	return id
}

func positive(f float64) error {
	if f <= 0 {
		return fmt.Errorf("more than 0, please")
	}
	return nil
}

func whole(f float64) error {
	if f != float64(int64(f)) {
		return fmt.Errorf("a whole number, please")
	}
	return nil
}

func orOne(f *float64) *float64 {
	if f != nil {
		return f
	}
	one := 1.0
	return &one
}

func numberOf(f *float64) string {
	if f == nil {
		return ""
	}
	return number(*f)
}

// number writes a value the Czech way, with a decimal comma.
func number(f float64) string {
	return strings.Replace(fmt.Sprint(f), ".", ",", 1)
}

// shorten cuts a long title at a word, for one line of a list.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + " …"
}
