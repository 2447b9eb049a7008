package fulfil

import (
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Request is what a user asks for; nil and empty fields take the defaults.
type Request struct {
	// Today is the date taken as today (the default as-of date).
	Today date.Date
	// AsOf is the last day that counts. Default: today; when a period or a
	// range is asked for, its last day if that is earlier than today, so
	// that the report for a past period shows the state at its end.
	AsOf *date.Date
	// PeriodID names a monitoring period; From and To give a range instead.
	// Default: the period containing the as-of date (or, in a gap or after
	// the end, the last one before it).
	PeriodID string
	From, To *date.Date
	// KA is a key activity id, matched regardless of case; "" for all.
	KA         string
	Thresholds Thresholds
}

// BadRequest is a request the project cannot answer: an unknown period or
// key activity, a reversed range, thresholds out of order. Hint says how to
// ask instead. Both are said in the reader's language (Err is made by
// i18n.Errorf).
type BadRequest struct {
	Err  error
	Hint i18n.Text
}

func (e *BadRequest) Error() string { return e.Err.Error() }
func (e *BadRequest) Unwrap() error { return e.Err }

func bad(hint i18n.Text, err error) error {
	return &BadRequest{Err: err, Hint: hint}
}

// Options resolves the request against the project.
func (req Request) Options(p *plan.Project) (Options, error) {
	if err := req.Thresholds.Validate(); err != nil {
		return Options{}, err
	}
	ka, err := findKA(p, req.KA)
	if err != nil {
		return Options{}, err
	}
	period, err := req.period(p)
	if err != nil {
		return Options{}, err
	}
	asOf := req.Today
	switch {
	case req.AsOf != nil:
		asOf = *req.AsOf
	case period != nil:
		asOf = min(asOf, period.To)
	}
	if period == nil {
		period = PeriodAt(p, asOf)
	}
	return Options{AsOf: asOf, Period: period, KA: ka, Thresholds: req.Thresholds}, nil
}

// period is the period or range asked for, nil when none was.
func (req Request) period(p *plan.Project) (*Period, error) {
	switch {
	case req.PeriodID != "" && (req.From != nil || req.To != nil):
		return nil, bad(i18n.T("ask for a period by its id or by its dates, not both"), i18n.Errorf("both a period and dates given"))
	case req.PeriodID != "":
		for _, per := range p.Periods {
			if strings.EqualFold(per.ID.Val, req.PeriodID) {
				return &Period{ID: per.ID.Val, From: per.From.Val, To: per.To.Val}, nil
			}
		}
		return nil, bad(periodChoices(req.PeriodID, periodIDs(p)), i18n.Errorf("no period %q in the project", req.PeriodID))
	case req.From == nil && req.To == nil:
		return nil, nil
	case req.From == nil || req.To == nil:
		return nil, bad(i18n.T("give both --from and --to"), i18n.Errorf("a range needs both its first and its last day"))
	case *req.To < *req.From:
		return nil, bad(i18n.T("swap the dates"), i18n.Errorf("the range ends (%s) before it starts (%s)", *req.To, *req.From))
	}
	return &Period{From: *req.From, To: *req.To}, nil
}

// PeriodAt is the monitoring period containing d; in a gap between periods
// or after the last one, the last one that started before d; nil before
// the first.
func PeriodAt(p *plan.Project, d date.Date) *Period {
	var found *Period
	for _, per := range p.Periods {
		if per.From.Val > d {
			continue
		}
		if found == nil || per.From.Val > found.From {
			found = &Period{ID: per.ID.Val, From: per.From.Val, To: per.To.Val}
		}
	}
	return found
}

func findKA(p *plan.Project, id string) (string, error) {
	if id == "" {
		return "", nil
	}
	ids := make([]string, 0, len(p.KeyActivities))
	for _, ka := range p.KeyActivities {
		if strings.EqualFold(ka.ID.Val, id) {
			return ka.ID.Val, nil
		}
		ids = append(ids, ka.ID.Val)
	}
	return "", bad(kaChoices(id, ids), i18n.Errorf("no key activity %q in the plan", id))
}

func periodIDs(p *plan.Project) []string {
	ids := make([]string, 0, len(p.Periods))
	for _, per := range p.Periods {
		ids = append(ids, per.ID.Val)
	}
	return ids
}

// periodChoices and kaChoices are a did-you-mean hint, or the list of
// valid ids.
func periodChoices(got string, ids []string) i18n.Text {
	if len(ids) == 0 {
		return i18n.T("the project has no periods")
	}
	return suggest.OneOf(got, ids, "periods: %s")
}

func kaChoices(got string, ids []string) i18n.Text {
	if len(ids) == 0 {
		return i18n.T("the project has no key activities")
	}
	return suggest.OneOf(got, ids, "key activities: %s")
}
