package check

import (
	"math"
	"slices"
	"strings"

	"github.com/kraj-hk/rrp/internal/entry"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
)

// byTerritory checks an output's targets by territory: territories of the
// project, each target a usable number, adding up to the output's number,
// and no parts beside them (a record would count twice over two splits).
func byTerritory(p *plan.Project, ix *plan.Index, o *plan.Output, fs *finding.List) {
	if len(o.ByTerritory) == 0 {
		return
	}
	if len(o.Parts) > 0 {
		fs.Errorf(o.ByTerritory[0].Territory.Pos, finding.CodeByTerritory, "keep one: parts split the target by kind, by_territory by territory",
			"output %s: parts and by_territory cannot be combined", o.ID.Val)
	}
	sum, complete := 0.0, true
	for _, t := range o.ByTerritory {
		known(fs, p, t.Territory, finding.CodeUnknownTerritory, i18n.T("unknown territory %q", t.Territory.Val), ix.TerritoryIDs(), "territories")
		target(fs, t.Target, o.Unit.Val, i18n.T("output %s, territory %s", o.ID.Val, t.Territory.Val))
		sum += t.Target.Val
		// A target that could not be read has its finding; the sum
		// without it would be a second, false one.
		complete = complete && t.Target.IsSet()
	}
	if g := goalOf(o); complete && g.num.IsSet() && math.Abs(sum-g.num.Val) > 1e-9 {
		fs.Add(finding.New(finding.Error, g.num.Pos, finding.CodeByTerritorySum, "",
			"output %s: the targets by territory add up to %g, not to %s %g", o.ID.Val, sum, g.the(), g.num.Val).
			WithHint("make the targets by territory add up to the output's %s", g.name()))
	}
}

// plannedTerritory reports a held record of an output with targets by
// territory whose territory (its own, else its key activity's) has none:
// it would count for no territory's target. A territory that is not the
// project's has its own finding.
func plannedTerritory(ix *plan.Index, e *entry.Entry, fs *finding.List) {
	o, r := e.Target.Output, e.Rec
	if len(o.ByTerritory) == 0 || !surelyHeld(r) || r.IsUnread("territory") {
		return
	}
	listed := make([]string, len(o.ByTerritory))
	for i, t := range o.ByTerritory {
		listed[i] = t.Territory.Val
	}
	if slices.Contains(listed, e.Territory) {
		return
	}
	pos := r.Pos
	if r.Territory.IsSet() {
		pos = r.Territory.Pos
	}
	choices := strings.Join(listed, ", ")
	if e.Territory == "" {
		fs.Add(finding.New(finding.Error, pos, finding.CodeTerritoryNotPlanned, "",
			"output %s counts by territory, but the record has no territory", r.Output.Val).
			WithHint("write territory: one of %s", choices))
		return
	}
	if _, known := ix.Territory(e.Territory); !known {
		return
	}
	fs.Add(finding.New(finding.Error, pos, finding.CodeTerritoryNotPlanned, "",
		"output %s has no target for territory %s", r.Output.Val, e.Territory).
		WithHint("write territory: one of %s; or give %s a target in the output's by_territory", choices, e.Territory))
}
