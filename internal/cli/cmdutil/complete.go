package cmdutil

import (
	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/plan"
)

// Shell completion of the commands' flags and arguments: the values a
// flag takes, each with a few words in the user's language after a tab
// ("KA4\tBroumov – Podpora koncepční činnosti"), which zsh, fish and
// PowerShell show beside the value. A command registers each with one
// line; the values of the plan come from the project the command would
// open. Completion never fails: without a project it offers nothing.

// Choice is a value a flag takes and what it does, in English; completion
// says it in the user's language (the catalogue holds the Czech).
type Choice struct {
	Name, Description string
}

// Described makes a choice; the coverage test of the catalogue reads its
// description as a message.
func Described(name, description string) Choice { return Choice{name, description} }

// CompleteChoices completes a flag with fixed values.
func (f *Factory) CompleteChoices(choices ...Choice) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		out := make([]string, len(choices))
		for i, c := range choices {
			out[i] = described(c.Name, f.T(c.Description))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// CompleteFormats completes --format with the names of a registry of
// formats, described by describe (the registry's Description).
func (f *Factory) CompleteFormats(names []string, describe func(string) string) cobra.CompletionFunc {
	choices := make([]Choice, len(names))
	for i, n := range names {
		choices[i] = Choice{n, describe(n)}
	}
	return f.CompleteChoices(choices...)
}

// CompleteFiles completes a file argument with the files whose names end
// in one of exts ("csv", "xlsx"), and folders.
func CompleteFiles(exts ...string) cobra.CompletionFunc {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// CompleteKA completes --ka with the plan's key activities, described by
// their territory and title.
func (f *Factory) CompleteKA(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return f.fromPlan(func(p *plan.Project) []string {
		names := territoryNames(p)
		var out []string
		for _, ka := range p.KeyActivities {
			desc := ka.Title.Val
			if name := names[ka.Territory.Val]; name != "" {
				desc = name + " – " + desc
			}
			out = append(out, described(ka.ID.Val, desc))
		}
		return out
	})
}

// CompletePeriod completes --period with the plan's monitoring periods,
// described by their dates.
func (f *Factory) CompletePeriod(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return f.fromPlan(func(p *plan.Project) []string {
		var out []string
		for _, per := range p.Periods {
			out = append(out, described(per.ID.Val, f.date(per.From.Val)+" – "+f.date(per.To.Val)))
		}
		return out
	})
}

// CompleteTerritory completes a territory with the plan's territories,
// described by name and type.
func (f *Factory) CompleteTerritory(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return f.fromPlan(func(p *plan.Project) []string {
		var out []string
		for _, t := range p.Territories {
			desc := t.Name.Val
			if t.Type.Val != "" {
				desc += " (" + t.Type.Val + ")"
			}
			out = append(out, described(t.ID.Val, desc))
		}
		return out
	})
}

// CompleteOutput completes an argument naming an output, the command's
// first: every output and part of the plan as records name it
// (activity/output, activity/output/part), described by its title.
func (f *Factory) CompleteOutput(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return f.fromPlan(func(p *plan.Project) []string {
		var out []string
		for _, t := range p.Targets() {
			desc := t.Output.Title.Val
			if t.Part != nil {
				desc += " – " + t.Part.Title.Val
			}
			out = append(out, described(t.Ref(), desc))
		}
		return out
	})
}

// fromPlan completes with values of the project's plan; nothing when there
// is no project.
func (f *Factory) fromPlan(values func(*plan.Project) []string) ([]string, cobra.ShellCompDirective) {
	snap, err := f.Snapshot()
	if err != nil || snap.Project == nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return values(snap.Project), cobra.ShellCompDirectiveNoFileComp
}

// date is a date as the user writes it: 1. 7. 2025 in Czech.
func (f *Factory) date(d date.Date) string {
	if s := d.LocalForm(string(f.Printer().Lang())); s != "" {
		return s
	}
	return d.String()
}

// described is a value with its description after a tab, as cobra passes
// it to the shell; a value without one stands alone.
func described(value, description string) string {
	if description == "" {
		return value
	}
	return value + "\t" + description
}

func territoryNames(p *plan.Project) map[string]string {
	names := map[string]string{}
	for _, t := range p.Territories {
		names[t.ID.Val] = t.Name.Val
	}
	return names
}

// CompleteSelection completes the flags of a Selection that name the
// plan's entries: --ka and --period.
func (f *Factory) CompleteSelection(cmd *cobra.Command) {
	_ = cmd.RegisterFlagCompletionFunc("ka", f.CompleteKA)
	_ = cmd.RegisterFlagCompletionFunc("period", f.CompletePeriod)
}
