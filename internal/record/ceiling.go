package record

import (
	"math"

	"github.com/kraj-hk/rrp/internal/plan"
)

// Ceilings of what one record may hold. Above them a value is a slip (a
// row of zeros, 1e26, a pasted serial number), never one event: a record
// is one event or one batch of pieces, and the largest projects count
// thousands. They also keep every sum finite: a hundred thousand records
// at the ceiling add up to 10^10, far from where float64 overflows or
// loses whole units.
const (
	// MaxQuantity is the most pieces, persons or documents one record
	// counts: a print run of 100 000 leaflets is the largest plausible.
	MaxQuantity = 100_000
	// MaxHours is the most hours one record counts: 1 000 hours is half
	// a working year; hours are the event's duration, and even a course
	// of several weeks stays below.
	MaxHours = 1_000
	// MaxParticipants is the most participants one event has: 100 000
	// fills the largest stadium of the country twice.
	MaxParticipants = 100_000
)

// Within returns v when it is a usable amount (finite, at most ceiling in
// size) and 0 otherwise, so that an absurd value, which has its error,
// adds nothing to any sum.
func Within(v, ceiling float64) float64 {
	if math.IsNaN(v) || math.Abs(v) > ceiling {
		return 0
	}
	return v
}

// Ceiling is the largest amount a record may add to an output counted in
// unit: hours for hour outputs, otherwise its quantity.
func Ceiling(unit string) float64 {
	if unit == plan.UnitHour {
		return MaxHours
	}
	return MaxQuantity
}
