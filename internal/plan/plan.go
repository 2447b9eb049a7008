// Package plan is the typed model of a project's plan: the project file with
// its codelists and periods, and the key activities with their nested
// activities and planned outputs. Every value keeps the position it was
// written at.
package plan

import (
	"slices"

	"rrp/internal/date"
	"rrp/internal/source"
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
var TerritoryTypes = []string{"ORP", "DSO", "MAS", "mikroregion", "obec", "kraj"}

// Share is one source's share of the funding, in percent.
type Share struct {
	Source Str
	Pct    Num
}

// KeyActivity (klíčová aktivita) is the top plan node, usually one per
// territory and one per plan file.
type KeyActivity struct {
	File       string
	Pos        source.Pos
	ID         Str
	Title      Str
	Territory  Str
	Staff      []Staff
	Activities []*Activity
	Note       Str
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
)

// Units lists the valid units, in the order the documentation gives them.
var Units = []string{UnitEvent, UnitHour, UnitPiece, UnitPerson, UnitDocument}

// Output (výstup) is something counted against a target.
type Output struct {
	Pos      source.Pos
	ID       Str
	Title    Str
	Unit     Str
	Target   Num
	PerUnit  Num
	Parts    []*Part
	Schedule []Milestone
	Reported Flag
	Note     Str
	// Activity is the activity the output belongs to.
	Activity *Activity
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
