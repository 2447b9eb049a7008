package plan

import "github.com/kraj-hk/rrp/internal/i18n"

// unitNames are the units as people read them; the catalogue holds them
// in Czech (akce, hodiny, …), the workbook and a Czech terminal show that.
var unitNames = map[string]i18n.Text{
	UnitEvent:     i18n.T("event"),
	UnitHour:      i18n.T("hour"),
	UnitPiece:     i18n.T("piece"),
	UnitPerson:    i18n.T("person"),
	UnitDocument:  i18n.T("document"),
	UnitMilestone: i18n.T("milestone"),
}

// UnitName is a unit as people read it: in English its id, in Czech its
// Czech name; an unknown unit is itself.
func UnitName(unit string) i18n.Text {
	if t, ok := unitNames[unit]; ok {
		return t
	}
	return i18n.Text{Format: unit}
}
