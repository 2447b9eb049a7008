package cmdutil

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// Selection is what status and report share on the command line: the
// as-of date, the period (by id or by dates) and the key activity.
type Selection struct {
	AsOf     string
	Period   string
	From, To string
	KA       string
}

// AddFlags registers the selection's flags on cmd, their help in p's
// language.
func (s *Selection) AddFlags(cmd *cobra.Command, p *i18n.Printer) {
	fl := cmd.Flags()
	fl.StringVar(&s.AsOf, "as-of", "", p.T("count records up to and including this date (YYYY-MM-DD; default today)"))
	fl.StringVar(&s.Period, "period", "", p.T("the monitoring period, by id (e.g. ZoR2)"))
	fl.StringVar(&s.From, "from", "", p.T("first day of a period given by dates (with --to)"))
	fl.StringVar(&s.To, "to", "", p.T("last day of a period given by dates (with --from)"))
	fl.StringVar(&s.KA, "ka", "", p.T("only this key activity (e.g. KA4)"))
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
		v, err := DateFlag(d.flag, d.val)
		if err != nil {
			return req, err
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

// DateFlag reads the date a flag was given as people write dates here,
// ISO or Czech: --as-of 2025-06-30 or --as-of "30. 6. 2025", the same
// ways rrp new and rrp import read them.
func DateFlag(flag, value string) (date.Date, error) {
	d, err := czech.ParseDate(value, czech.NoSerials)
	if err != nil {
		return 0, Usagef("write it as YYYY-MM-DD or D. M. YYYY, e.g. 2025-06-30 or 30. 6. 2025", "--%s: %q is not a date", flag, value)
	}
	return d, nil
}

// RequestError makes a request the project cannot answer (an unknown
// period or key activity, thresholds out of order) a usage error with the
// request's hint; other errors pass as they are.
func RequestError(err error) error {
	var bad *fulfil.BadRequest
	if errors.As(err, &bad) {
		return &UsageError{Err: bad.Err, Hint: bad.Hint.Format, HintArgs: bad.Hint.Args}
	}
	return err
}
