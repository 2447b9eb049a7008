package cmdutil

import (
	"github.com/spf13/cobra"

	"rrp/internal/date"
	"rrp/internal/fulfil"
)

// Selection is what status and report share on the command line: the
// as-of date, the period (by id or by dates) and the key activity.
type Selection struct {
	AsOf     string
	Period   string
	From, To string
	KA       string
}

// AddFlags registers the selection's flags on cmd.
func (s *Selection) AddFlags(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&s.AsOf, "as-of", "", "count records up to and including this date (YYYY-MM-DD; default today)")
	fl.StringVar(&s.Period, "period", "", "the monitoring period, by id (e.g. ZoR2)")
	fl.StringVar(&s.From, "from", "", "first day of a period given by dates (with --to)")
	fl.StringVar(&s.To, "to", "", "last day of a period given by dates (with --from)")
	fl.StringVar(&s.KA, "ka", "", "only this key activity (e.g. KA4)")
	cmd.MarkFlagsMutuallyExclusive("period", "from")
	cmd.MarkFlagsMutuallyExclusive("period", "to")
	cmd.MarkFlagsRequiredTogether("from", "to")
}

// Request turns the selection into a fulfil request.
func (s *Selection) Request(today date.Date, th fulfil.Thresholds) (fulfil.Request, error) {
	req := fulfil.Request{Today: today, PeriodID: s.Period, KA: s.KA, Thresholds: th}
	for _, d := range []struct {
		flag, val string
		dst       **date.Date
	}{{"as-of", s.AsOf, &req.AsOf}, {"from", s.From, &req.From}, {"to", s.To, &req.To}} {
		if d.val == "" {
			continue
		}
		v, err := date.Parse(d.val)
		if err != nil {
			return req, Usagef("write it as YYYY-MM-DD, e.g. 2025-06-30", "--%s: %v", d.flag, err)
		}
		*d.dst = &v
	}
	return req, nil
}

// Thresholds reads the status thresholds from the settings.
func (s *Settings) Thresholds() (fulfil.Thresholds, error) {
	th := fulfil.DefaultThresholds
	for _, t := range []struct {
		key string
		val *float64
	}{
		{KeyStatusOnTrack, &th.OnTrack},
		{KeyStatusAtRisk, &th.AtRisk},
		{KeyStatusNotStarted, &th.NotStarted},
	} {
		v, err := s.Float(t.key, *t.val)
		if err != nil {
			return th, err
		}
		*t.val = v
	}
	return th, nil
}
