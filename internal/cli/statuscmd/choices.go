package statuscmd

import "github.com/kraj-hk/rrp/internal/cli/cmdutil"

// viewChoices say what each --by view shows, for shell completion, in
// the order of viewNames.
func viewChoices() []cmdutil.Choice {
	return []cmdutil.Choice{
		cmdutil.Described("output", "every output, its parts and territories"),
		cmdutil.Described("activity", "the outputs summed up per activity"),
		cmdutil.Described("ka", "the outputs summed up per key activity"),
		cmdutil.Described("territory", "records and participants per territory"),
		cmdutil.Described("group", "participants per target group"),
	}
}
