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
// ask instead. Both are said in the reader's language.
type BadRequest struct {
	Err  error
	Hint i18n.Text
}

func (e *BadRequest) Error() string { return e.Err.Error() }
func (e *BadRequest) Unwrap() error { return e.Err }

func badRequest(hint i18n.Text, format string, args ...any) error {
	return &BadRequest{Err: i18n.Errorf(format, args...), Hint: hint}
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
		return nil, badRequest(i18n.T("ask for a period by its id or by its dates, not both"), "both a period and dates given")
	case req.PeriodID != "":
		for _, per := range p.Periods {
			if strings.EqualFold(per.ID.Val, req.PeriodID) {
				return &Period{ID: per.ID.Val, From: per.From.Val, To: per.To.Val}, nil
			}
		}
		return nil, badRequest(periodHint(req.PeriodID, p), "no period %q in the project", req.PeriodID)
	case req.From == nil && req.To == nil:
		return nil, nil
	case req.From == nil || req.To == nil:
		return nil, badRequest(i18n.T("give both --from and --to"), "a range needs both its first and its last day")
	case *req.To < *req.From:
		return nil, badRequest(i18n.T("swap the dates"), "the range ends (%s) before it starts (%s)", *req.To, *req.From)
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
	return "", badRequest(kaHint(id, ids), "no key activity %q in the plan", id)
}

// kaHint is a did-you-mean hint, or the list of the key activities.
func kaHint(got string, ids []string) i18n.Text {
	switch c, ok := suggest.Closest(got, ids); {
	case ok:
		return i18n.T("did you mean %q?", c)
	case len(ids) == 0:
		return i18n.T("the project has no key activities")
	}
	return i18n.T("key activities: %s", strings.Join(ids, ", "))
}

// periodHint lists the project's periods with their dates, which people
// know them by, after a did-you-mean when one id is close.
func periodHint(got string, p *plan.Project) i18n.Text {
	list := make(periodList, 0, len(p.Periods))
	ids := make([]string, 0, len(p.Periods))
	for _, per := range p.Periods {
		list = append(list, Period{ID: per.ID.Val, From: per.From.Val, To: per.To.Val})
		ids = append(ids, per.ID.Val)
	}
	switch c, ok := suggest.Closest(got, ids); {
	case ok:
		return i18n.T("did you mean %q? Periods: %s", c, list)
	case len(list) == 0:
		return i18n.T("the project has no periods")
	}
	return i18n.T("periods: %s", list)
}

// periodList is periods with their dates, each date in the reader's form:
// "ZoR1 (2025-01-01 – 2025-06-30), ZoR2 (…)".
type periodList []Period

func (l periodList) String() string { return l.in("en") }

// LocalForm implements i18n.LocalForm.
func (l periodList) LocalForm(lang string) string { return l.in(lang) }

func (l periodList) in(lang string) string {
	day := func(d date.Date) string {
		if s := d.LocalForm(lang); s != "" {
			return s
		}
		return d.String()
	}
	items := make([]string, len(l))
	for i, p := range l {
		items[i] = p.ID + " (" + day(p.From) + " – " + day(p.To) + ")"
	}
	return strings.Join(items, ", ")
}
