package report

import (
	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/fulfil"
)

// groupColumns are the Cílové skupiny sheet's headers, the first named
// after the plan's top level.
func groupColumns(h headings) []string {
	return []string{h.ka, "Cílová skupina", "Účastníci za období", "Účastníci celkem", "Akce za období", "Akce celkem"}
}

// groupsSheet: participants and events per target group for each key
// activity, then the project's totals per group.
func groupsSheet(f *excelize.File, st *styles, r *fulfil.Result, h headings) error {
	g := &grid{f: f, sheet: sheetGroups, wraps: st.wraps()}
	if err := g.header(st.header, groupColumns(h)); err != nil {
		return err
	}
	for _, ka := range r.KeyActivityGroups {
		for _, reach := range ka.Groups {
			if err := g.fitted(reachRow(st, ka.KA, reach, false)...); err != nil {
				return err
			}
		}
	}
	for _, reach := range r.Groups {
		if err := g.fitted(reachRow(st, "Celkem", reach, true)...); err != nil {
			return err
		}
	}
	g.limit(1, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if err := freezeHeader(f, sheetGroups, 1); err != nil {
		return err
	}
	return printSetup(f, sheetGroups, 1)
}

func reachRow(st *styles, ka string, r fulfil.Reach, isTotal bool) []cell {
	text, wrap, num := st.text, st.wrap, st.integer
	if isTotal {
		text, wrap, num = st.total, st.totalWrap, st.total
	}
	name := r.Name
	if name == "" { // an id the codelist lacks (validate reports it)
		name = r.ID
	}
	return []cell{
		{ka, text}, {name, wrap}, {r.ParticipantsInPeriod, num}, {r.Participants, num},
		{r.EventsInPeriod, num}, {r.Events, num},
	}
}
