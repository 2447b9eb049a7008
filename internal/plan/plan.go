// Package plan is the typed model of a project's plan: the project file with
// its codelists and periods, and the key activities with their nested
// activities and planned outputs. Every value keeps the position it was
// written at.
package plan

import (
	"slices"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/source"
)

// Str, Num and Day are the value kinds the plan files hold.
type (
	Str  = source.Value[string]
	Num  = source.Value[float64]
	Day  = source.Value[date.Date]
	Flag = source.Value[bool]
)

// Project is plans/project.yaml plus the key activities of the other plan
// files, in file order.
type Project struct {
	File         string
	ID           Str
	Name         Str
	Registration Str
	Beneficiary  Str
	Programme    Str
	Start        Day
	End          Day
	Periods      []Period
	// DefaultPeriods is true when the file names no periods and Periods
	// were cut by rrp (consecutive six-month periods from the start).
	DefaultPeriods bool
	TargetGroups   []Code
	Territories    []Territory
	Levels         []Str
	Budget         Num
	Funding        []Share
	// Provisional marks the project's dates (start, end, periods) as not
	// yet final: the pace and the statuses rest on them.
	Provisional Flag
	// PersonCode is the pattern (a regular expression) the pseudonymous
	// codes of supported persons match; unset: DefaultPersonCode.
	PersonCode Str
	// PublicContacts are phone numbers and e-mail addresses of offices
	// (a switchboard, a shared mailbox): records may name them, they are
	// not personal data.
	PublicContacts []Str
	KeyActivities  []*KeyActivity
	// Unread names the keys of the project file whose value was written
	// but could not be read, or is AllUnread when the file itself could
	// not be: its codelists are then unknown, not empty, and ids are not
	// checked against them.
	Unread []string
}

// AllUnread in Project.Unread means that nothing of the project file could
// be read.
const AllUnread = "*"

// IsUnread reports whether the project file's key was written but could
// not be read.
func (p *Project) IsUnread(key string) bool {
	return slices.Contains(p.Unread, key) || slices.Contains(p.Unread, AllUnread)
}

// Period is a monitoring period (sledované období) a report covers.
type Period struct {
	ID   Str
	From Day
	To   Day
	Pos  source.Pos
}

// Code is an entry of a codelist: a stable id and its Czech name.
type Code struct {
	ID   Str
	Name Str
}

// Territory is an ORP, DSO, MAS or similar area an activity serves.
type Territory struct {
	ID      Str
	Name    Str
	Type    Str
	Members []Str
	Note    Str
	Pos     source.Pos
}

// TerritoryTypes are the kinds of territory the codelist accepts.
var TerritoryTypes = []string{"ORP", "DSO", "MAS", "mikroregion", "obec", "kraj", "okres"}

// DefaultPersonCode is the pattern of person codes when the project sets
// none: capitals, digits and dashes, 2 to 16 characters (K-017).
const DefaultPersonCode = `^[A-Z0-9][A-Z0-9-]{1,15}$`

// Share is one source's share of the funding, in percent.
type Share struct {
	Source Str
	Pct    Num
}

// KeyActivity (klíčová aktivita) is the top plan node, usually one per
// territory and one per plan file.
type KeyActivity struct {
	File  string
	Pos   source.Pos
	ID    Str
	Title Str
	// Territory is the key activity's territory; when the file leaves it
	// out and the project has one territory, that one (not written: an
	// invalid position).
	Territory  Str
	Staff      []Staff
	Activities []*Activity
	Note       Str
	// Unread names the keys whose value was written but could not be read.
	Unread []string
}

// Staff is one position: a share of a full-time job or contracted hours.
type Staff struct {
	Pos   source.Pos
	Role  Str
	FTE   Num
	Hours Num
	Note  Str
	// Unread names the keys whose value was written but could not be read
	// (the loader reported why): unknown, not absent.
	Unread []string
}

// Activity (aktivita, podaktivita) is a plan node below a key activity; it
// may nest further for deeper plans.
type Activity struct {
	Pos          source.Pos
	ID           Str
	Title        Str
	TargetGroups []Str
	Outputs      []*Output
	Activities   []*Activity
	Note         Str
	// Responsible, Partners, From, To, When and Funding describe who does
	// the activity, when and paid how, as plans of this kind state it;
	// From and To may lie outside the project.
	Responsible Str
	Partners    []Str
	From, To    Day
	When        Str
	Funding     Str
	// KA is the key activity the activity belongs to.
	KA *KeyActivity
}

// Units an output can be counted in.
const (
	UnitEvent    = "event"
	UnitHour     = "hour"
	UnitPiece    = "piece"
	UnitPerson   = "person"
	UnitDocument = "document"
	// UnitMilestone is a qualitative output: no number, done by its first
	// held record.
	UnitMilestone = "milestone"
)

// Units lists the valid units, in the order the documentation gives them.
var Units = []string{UnitEvent, UnitHour, UnitPiece, UnitPerson, UnitDocument, UnitMilestone}

// Output (výstup) is something counted against a target.
type Output struct {
	Pos   source.Pos
	ID    Str
	Title Str
	Unit  Str
	// Target, AtLeast and AtMost: one of them gives the output's number
	// (see Goal); a milestone has none.
	Target   Num
	AtLeast  Num
	AtMost   Num
	PerUnit  Num
	Parts    []*Part
	Schedule []Milestone
	Reported Flag
	Note     Str
	// Distinct counts each person once: the distinct codes in the held
	// records' persons; with MinHours, a person once the hours of the
	// records naming them add up to it.
	Distinct Flag
	MinHours Num
	// Opening is what was achieved before the records begin.
	Opening *Opening
	// Due is when a milestone is to be done.
	Due Day
	// ByTerritory splits the target among territories.
	ByTerritory []TerritoryTarget
	// PerEvent is what one held event should at least be.
	PerEvent *PerEvent
	// Activity is the activity the output belongs to.
	Activity *Activity
}

// TargetKind says what an output's number means.
type TargetKind string

// The kinds of target.
const (
	Exact   TargetKind = "exact"    // target: reach it
	AtLeast TargetKind = "at_least" // at_least: reach it; more is good
	AtMost  TargetKind = "at_most"  // at_most: a ceiling; more is a warning
	NoGoal  TargetKind = ""         // a milestone, or a plan that gives none
)

// Goal is the output's number and what it means: target, at_least or
// at_most, whichever the plan gives (the first, when it wrongly gives
// more than one).
func (o *Output) Goal() (float64, TargetKind) {
	switch {
	case o.Target.IsSet():
		return o.Target.Val, Exact
	case o.AtLeast.IsSet():
		return o.AtLeast.Val, AtLeast
	case o.AtMost.IsSet():
		return o.AtMost.Val, AtMost
	}
	return 0, NoGoal
}

// IsMilestone reports whether the output is qualitative.
func (o *Output) IsMilestone() bool { return o.Unit.Val == UnitMilestone }

// Opening is the value an output reached before rrp's records begin: it
// counts in the cumulative value from Date on, in no period.
type Opening struct {
	Pos   source.Pos
	Value Num
	Date  Day
	Note  Str
}

// TerritoryTarget is one territory's share of an output's target.
type TerritoryTarget struct {
	Territory Str
	Target    Num
}

// PerEvent is what one held event of an output should at least be.
type PerEvent struct {
	Pos          source.Pos
	Hours        Num
	Participants Num
}

// Ref is how records name the output: "<activity id>/<output id>".
func (o *Output) Ref() string { return o.Activity.ID.Val + "/" + o.ID.Val }

// IsReported reports whether the output is one of those listed for the
// funding body (the default).
func (o *Output) IsReported() bool { return o.Reported.Or(true) }

// Divisor is how many records make one unit of the output (per_unit, or 1).
func (o *Output) Divisor() float64 { return o.PerUnit.Or(1) }

// Part is a component of an output; the parts' targets sum to the output's.
type Part struct {
	Pos    source.Pos
	ID     Str
	Title  Str
	Target Num
	Note   Str
	// Output is the output the part belongs to.
	Output *Output
}

// Ref is how records name the part: "<activity>/<output>/<part>".
func (p *Part) Ref() string { return p.Output.Ref() + "/" + p.ID.Val }

// Milestone is a point of an output's schedule: the cumulative value
// planned by a date.
type Milestone struct {
	Pos   source.Pos
	By    Day
	Value Num
}
