package newrecord

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/recordfile"
)

// participants asks how many took part. When the activity names target
// groups, the answer may give them by group ("seniori 8, pečující 4");
// the total is then asked apart, the groups' sum by default, as people
// outside the groups may have come too. A plain number is the total, as
// for an activity without groups.
func (iv *interview) participants(t plan.Target, v *recordfile.Values) error {
	groups := iv.activityGroups(t.Output.Activity)
	if len(groups) == 0 {
		var err error
		v.Participants, err = iv.count(i18n.T("Participants"), v.Participants)
		return err
	}
	var total *int
	var byGroup []recordfile.GroupCount
	question := i18n.T("Participants (total, or by target group: %s)", groupExample(groups))
	answer, err := iv.p.Optional(question, participantsDefault(v), func(a string) error {
		total, byGroup = nil, nil
		if f, err := czech.ParseNumber(a); err == nil {
			if f < 0 || whole(f) != nil {
				return i18n.Errorf("count the people: a whole number, 0 or more")
			}
			n := int(f)
			total = &n
			return nil
		}
		var err error
		byGroup, err = parseByGroup(a, groups)
		return err
	})
	if err != nil {
		return err
	}
	if answer == "" || len(byGroup) == 0 {
		v.Participants, v.ByGroup = total, nil
		return nil
	}
	v.ByGroup = byGroup
	return iv.total(v)
}

// total asks for the participants in total once the groups are given: at
// least their sum.
func (iv *interview) total(v *recordfile.Values) error {
	sum := 0
	for _, g := range v.ByGroup {
		sum += g.Count
	}
	def := float64(sum)
	if v.Participants != nil && *v.Participants >= sum {
		def = float64(*v.Participants)
	}
	f, err := iv.number(i18n.T("Participants in total"), &def, true, func(f float64) error {
		if err := whole(f); err != nil {
			return err
		}
		if f < float64(sum) {
			return i18n.Errorf("the target groups alone make %d: the total is at least that", sum)
		}
		return nil
	})
	if err != nil {
		return err
	}
	n := int(*f)
	v.Participants = &n
	return nil
}

// activityGroups are the target groups the activity names, as the
// project's codelist has them (an id not in it is the plan's error).
func (iv *interview) activityGroups(a *plan.Activity) []plan.Code {
	if a == nil {
		return nil
	}
	var out []plan.Code
	for _, id := range a.TargetGroups {
		if g, ok := iv.index.TargetGroup(id.Val); ok {
			out = append(out, *g)
		}
	}
	return out
}

// groupExample shows how to answer by group, with the activity's groups.
func groupExample(groups []plan.Code) string {
	counts := []int{8, 4, 3, 2}
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = g.ID.Val + " " + strconv.Itoa(counts[min(i, len(counts)-1)])
	}
	return strings.Join(parts, ", ")
}

func participantsDefault(v *recordfile.Values) string {
	if len(v.ByGroup) == 0 {
		if v.Participants == nil {
			return ""
		}
		return strconv.Itoa(*v.Participants)
	}
	parts := make([]string, len(v.ByGroup))
	for i, g := range v.ByGroup {
		parts[i] = g.Group + " " + strconv.Itoa(g.Count)
	}
	return strings.Join(parts, ", ")
}

// parseByGroup reads "seniori 8, Neformální pečující 4": each item a
// target group of the activity, by id or name, and a whole number. The
// errors name the item by its place, not by what was typed.
func parseByGroup(answer string, groups []plan.Code) ([]recordfile.GroupCount, error) {
	var out []recordfile.GroupCount
	seen := map[string]bool{}
	for i, item := range czech.SplitList(answer) {
		cut := strings.LastIndexAny(item, " :=")
		if cut < 0 {
			return nil, i18n.Errorf("item %d: write a target group and its number, e.g. %s", i+1, groupExample(groups[:1]))
		}
		n, err := czech.ParseNumber(strings.TrimSpace(item[cut+1:]))
		if err != nil || n < 0 || whole(n) != nil {
			return nil, i18n.Errorf("item %d: the number of participants is a whole number, 0 or more", i+1)
		}
		id, ok := groupID(strings.Trim(item[:cut], " :="), groups)
		if !ok {
			return nil, i18n.Errorf("item %d is not a target group of this activity; they are: %s", i+1, groupList(groups))
		}
		if seen[id] {
			return nil, i18n.Errorf("item %d: target group %s is given twice", i+1, id)
		}
		seen[id] = true
		out = append(out, recordfile.GroupCount{Group: id, Count: int(n)})
	}
	return out, nil
}

// groupID finds a target group by its id or its name, as people write it.
func groupID(s string, groups []plan.Code) (string, bool) {
	want := czech.Normalize(s)
	for _, g := range groups {
		if want == czech.Normalize(g.ID.Val) || want == czech.Normalize(g.Name.Val) {
			return g.ID.Val, true
		}
	}
	return "", false
}

func groupList(groups []plan.Code) string {
	parts := make([]string, len(groups))
	for i, g := range groups {
		parts[i] = g.ID.Val
		if g.Name.Val != "" {
			parts[i] += " (" + g.Name.Val + ")"
		}
	}
	return strings.Join(parts, ", ")
}

// persons asks for the codes of the people supported, for an output that
// counts each person once. A code that does not match the project's
// pattern is refused by its place in the list, never repeated: it may be
// a name typed by mistake.
func (iv *interview) persons(t plan.Target, v *recordfile.Values) error {
	if !t.Output.Distinct.Val || v.Status == "cancelled" {
		return nil
	}
	pattern, err := personCode(iv.project)
	if err != nil {
		return err
	}
	answer, err := iv.p.Ask(i18n.T("Person codes, never names (e.g. K-017, K-023; separate with %s)", czech.ListSeparator),
		czech.JoinList(v.Persons), func(a string) error {
			return checkCodes(czech.SplitList(a), pattern)
		})
	v.Persons = czech.SplitList(answer)
	return err
}

// personCode is the pattern of the project's person codes.
func personCode(p *plan.Project) (*regexp.Regexp, error) {
	re, err := regexp.Compile(p.PersonCode.Or(plan.DefaultPersonCode))
	if err != nil {
		return nil, i18n.Errorf("the person_code of plans/project.yaml is not a valid pattern: %w", err)
	}
	return re, nil
}

// checkCodes refuses an empty list, a code that does not match the
// pattern and a code given twice, naming the code by its place only.
func checkCodes(codes []string, pattern *regexp.Regexp) error {
	if len(codes) == 0 {
		return i18n.Errorf("give the code of at least one person")
	}
	first := map[string]int{}
	for i, c := range codes {
		if !pattern.MatchString(c) {
			return i18n.Errorf("code %d is not a person code (pattern %s): write codes such as K-017, never names", i+1, pattern)
		}
		if j, dup := first[c]; dup {
			return i18n.Errorf("code %d repeats code %d: each person once", i+1, j+1)
		}
		first[c] = i
	}
	return nil
}
