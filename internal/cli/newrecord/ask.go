package newrecord

import (
	"fmt"
	"strings"

	"github.com/kraj-hk/rrp/internal/cli/prompt"
	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// interview asks for a record's values, the valid choices listed. The
// values it starts from (the flags given, or the answers of a record that
// was refused) are the defaults.
type interview struct {
	p       *prompt.Prompter
	pr      *i18n.Printer
	project *plan.Project
	index   *plan.Index
}

// step asks for some of a record's values: the keys it asks for, so that
// a value refused by the checks can be asked again alone.
type step struct {
	keys []string
	ask  func(plan.Target, *recordfile.Values) error
}

// steps are the questions about a record's values, in the order asked.
func (iv *interview) steps() []step {
	return []step{
		{[]string{"date"}, iv.date},
		{[]string{"status"}, iv.held},
		{[]string{"hours", "quantity", "participants"}, iv.amounts},
		{[]string{"persons"}, iv.persons},
		{[]string{"place"}, iv.place},
		{[]string{"territory"}, iv.territory},
		{[]string{"evidence"}, iv.evidence},
		{[]string{"note"}, iv.note},
	}
}

// values asks for what a record of the target's unit says: every value,
// or, when only is given, the values of those keys.
func (iv *interview) values(t plan.Target, v *recordfile.Values, only map[string]bool) error {
	v.Output = t.Ref()
	for _, s := range iv.steps() {
		if only != nil && !s.about(only) {
			continue
		}
		if err := s.ask(t, v); err != nil {
			return err
		}
	}
	return nil
}

// about reports whether the step asks for one of keys.
func (s step) about(keys map[string]bool) bool {
	for _, k := range s.keys {
		if keys[k] {
			return true
		}
	}
	return false
}

// asks reports whether the interview can ask again for every one of
// keys; when it cannot (the output, a value given only as a flag, an
// error not placed at a key), only the whole interview mends the record.
func (iv *interview) asks(keys map[string]bool) bool {
	asked := map[string]bool{}
	for _, s := range iv.steps() {
		for _, k := range s.keys {
			asked[k] = true
		}
	}
	for k := range keys {
		if !asked[k] {
			return false
		}
	}
	return len(keys) > 0
}

func (iv *interview) date(_ plan.Target, v *recordfile.Values) error {
	_, err := iv.p.Ask(i18n.T("Date (YYYY-MM-DD or 12. 3. 2025)"), v.Date.String(), func(a string) error {
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
	held, err := iv.p.Confirm(i18n.T("Did it take place?"), v.Status != "cancelled")
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
		if v.Hours, err = iv.number(i18n.T("Hours (e.g. 1,5)"), v.Hours, false, positive); err != nil {
			return err
		}
		err = iv.participants(t, v)
	case plan.UnitHour:
		v.Hours, err = iv.number(i18n.T("Hours (e.g. 1,5)"), v.Hours, true, positive)
	case plan.UnitPiece:
		v.Quantity, err = iv.number(i18n.T("How many pieces"), orOne(v.Quantity), true, positive)
	case plan.UnitPerson:
		if t.Output.Distinct.Val {
			// Counted by the codes asked next, not by a number.
			return nil
		}
		v.Quantity, err = iv.number(i18n.T("How many persons"), orOne(v.Quantity), true, func(f float64) error {
			if err := whole(f); err != nil {
				return err
			}
			return positive(f)
		})
	}
	return err
}

func (iv *interview) place(_ plan.Target, v *recordfile.Values) (err error) {
	v.Place, err = iv.p.Optional(i18n.T("Place"), v.Place, func(string) error { return nil })
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
	same, err := iv.p.Confirm(i18n.T("In the key activity's territory, %s?", iv.territoryName(own)), v.Territory == "" || v.Territory == own)
	if err != nil || same {
		v.Territory = ""
		return err
	}
	iv.p.Say(i18n.T("Other territories:"))
	var options []prompt.Option
	for _, tr := range iv.project.Territories {
		if tr.ID.Val != own {
			label := iv.territoryName(tr.ID.Val)
			options = append(options, prompt.Option{Key: tr.ID.Val, Label: label, Names: []string{tr.Name.Val, label}})
		}
	}
	v.Territory, err = iv.p.Choose(i18n.T("Territory"), options, v.Territory)
	return err
}

func (iv *interview) evidence(_ plan.Target, v *recordfile.Values) error {
	if v.Status == "cancelled" {
		return nil
	}
	answer, err := iv.p.Optional(i18n.T("Evidence: path of the attendance sheet or other proof (several: separate with %s)", czech.ListSeparator),
		czech.JoinList(v.Evidence), func(string) error { return nil })
	v.Evidence = czech.SplitList(answer)
	return err
}

func (iv *interview) note(_ plan.Target, v *recordfile.Values) (err error) {
	v.Note, err = iv.p.Optional(i18n.T("Note (no names, phone numbers or e-mails)"), v.Note, func(string) error { return nil })
	return err
}

// number asks for a number, written with a decimal comma or point.
func (iv *interview) number(question i18n.Text, def *float64, required bool, valid func(float64) error) (*float64, error) {
	// got is set by the answer taken only: a refused one leaves it nil,
	// and "-" (no number) never reaches accept.
	var got *float64
	accept := func(a string) error {
		if a == "" {
			return i18n.Errorf("a number is needed here")
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
func (iv *interview) count(question i18n.Text, def *int) (*int, error) {
	var d *float64
	if def != nil {
		f := float64(*def)
		d = &f
	}
	f, err := iv.number(question, d, false, func(f float64) error {
		if f < 0 {
			return i18n.Errorf("count the people: a whole number, 0 or more")
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
		return i18n.Errorf("more than 0, please")
	}
	return nil
}

func whole(f float64) error {
	if f != float64(int64(f)) {
		return i18n.Errorf("a whole number, please")
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
