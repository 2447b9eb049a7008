package cmdutil

import (
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// StatusLabel is an output's or a milestone's status for people, in p's
// language: "on track", "v plánu". Programs read the status itself
// (on_track).
func StatusLabel(s fulfil.Status, p *i18n.Printer) string {
	switch s {
	case fulfil.Done:
		return p.T("done")
	case fulfil.OnTrack:
		return p.T("on track")
	case fulfil.Behind:
		return p.T("behind")
	case fulfil.AtRisk:
		return p.T("at risk")
	case fulfil.NotStarted:
		return p.T("not started")
	case fulfil.Open:
		return p.T("open")
	case fulfil.Late:
		return p.T("late")
	}
	return s.Label()
}
