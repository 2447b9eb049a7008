// Package record is the typed model of a record: one held (or cancelled)
// event, session, publication or other piece of work counted against a
// planned output.
package record

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/source"
)

// Statuses a record can have.
const (
	StatusHeld      = "held"
	StatusCancelled = "cancelled"
)

// Statuses lists the valid statuses.
var Statuses = []string{StatusHeld, StatusCancelled}

// Record is one entry of a records file. Optional values that were not
// written have an invalid position and hold their zero value.
type Record struct {
	Pos  source.Pos
	Date source.Value[date.Date]
	// DateTo is the last day of an event of several days; it counts on
	// Date.
	DateTo       source.Value[date.Date]
	Output       source.Value[string]
	Quantity     source.Value[float64]
	Hours        source.Value[float64]
	Participants Participants
	Place        source.Value[string]
	Territory    source.Value[string]
	Evidence     []source.Value[string]
	Status       source.Value[string]
	ID           source.Value[string]
	Note         source.Value[string]
	// Persons are the pseudonymous codes of the people supported, never
	// their names.
	Persons []source.Value[string]
	// Unread names the keys whose value was written but could not be read
	// (the loader reported why; AllUnread: none of the record). Checks take
	// such a value as unknown, not as absent, so that one mistake gives one
	// finding rather than a second, false one about a missing value.
	Unread []string
}

// AllUnread in Unread marks a record refused as a whole: nothing of it was
// read.
const AllUnread = "*"

// IsUnread reports whether the value of key was written but could not be
// read.
func (r *Record) IsUnread(key string) bool {
	return slices.Contains(r.Unread, key) || slices.Contains(r.Unread, AllUnread)
}

// Participants counts who took part: a total and, optionally, how many of
// them belong to each target group.
type Participants struct {
	Pos     source.Pos
	Total   source.Value[float64]
	ByGroup []GroupCount
}

// GroupCount is the number of participants from one target group.
type GroupCount struct {
	Group source.Value[string]
	Count source.Value[float64]
}

// IsHeld reports whether the record counts (held is the default status).
func (r *Record) IsHeld() bool { return r.Status.Or(StatusHeld) == StatusHeld }

// Amount is what the record contributes to an output counted in unit:
// its hours for hour outputs, otherwise its quantity (default 1). A
// cancelled record contributes nothing.
func (r *Record) Amount(unit string) float64 {
	if !r.IsHeld() {
		return 0
	}
	if unit == plan.UnitHour {
		return r.Hours.Val
	}
	return r.Quantity.Or(1)
}

// Texts yields every free text of the record, for the personal-data check
// (range over r.Texts). It allocates nothing: the check runs on every
// record of the project.
func (r *Record) Texts(yield func(source.Value[string]) bool) {
	for _, t := range [...]*source.Value[string]{&r.Place, &r.Note, &r.ID, &r.Output, &r.Territory, &r.Status} {
		if !yield(*t) {
			return
		}
	}
	for _, t := range r.Evidence {
		if !yield(t) {
			return
		}
	}
	// A person's code is meant to be a pseudonym; one typed as a phone
	// number or an e-mail is not.
	for _, t := range r.Persons {
		if !yield(t) {
			return
		}
	}
}
