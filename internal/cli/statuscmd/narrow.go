package statuscmd

// narrow lists, per view, the columns a terminal too narrow for the
// table leaves out, the first first: what a reader misses least (the
// forecast, the internal outputs, the reach) goes before what the view is
// about (the status counts, the achieved value, the status).
var narrow = map[string][]string{
	"output": {"forecast", "expected", "in_period", "unit", "ka", "target"},
	"activity": {"internal", "milestones_open", "milestones_late", "milestones_done", "events", "participants",
		"ka", "outputs", "title"},
	"ka": {"internal", "milestones_open", "milestones_late", "milestones_done", "events", "participants",
		"territory", "outputs", "title"},
	"territory": {"type", "events_in_period", "participants_in_period", "target"},
	"group":     {"events_in_period", "participants_in_period"},
}
