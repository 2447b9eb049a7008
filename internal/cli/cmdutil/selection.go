package cmdutil

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/fulfil"
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

// DateFlag reads the date a flag was given, e.g. --as-of 2025-06-30.
func DateFlag(flag, value string) (date.Date, error) {
	d, err := date.Parse(value)
	if err != nil {
		return 0, Usagef("write it as YYYY-MM-DD, e.g. 2025-06-30", "--%s: %v", flag, err)
	}
	return d, nil
}

// RequestError makes a request the project cannot answer (an unknown
// period or key activity, thresholds out of order) a usage error with the
// request's hint; other errors pass as they are.
func RequestError(err error) error {
	var bad *fulfil.BadRequest
	if errors.As(err, &bad) {
		return &UsageError{Err: bad.Err, Hint: bad.Hint.String()}
	}
	return err
}
