package cli

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// sayHelp puts what cobra writes itself into p's language: the headings
// of the usage text, the --help and --version flags, and the help and
// completion commands. English is what cobra writes.
func sayHelp(root *cobra.Command, p *i18n.Printer) {
	// cobra adds these when it runs; added now, they are there to be
	// said in the user's language.
	root.InitDefaultCompletionCmd()
	root.InitDefaultHelpCmd()
	sayHelpCommand(root, p)
	root.Flags().BoolP("version", "v", false, p.Sprintf("version for %s", root.DisplayName()))
	markCobras(root, "version")
	walk(root, func(c *cobra.Command) {
		c.Flags().BoolP("help", "h", false, p.Sprintf("help for %s", c.DisplayName()))
		markCobras(c, "help")
		c.Short, c.Long = cobraText(p, c, c.Short), cobraText(p, c, c.Long)
		if fl := c.Flags().Lookup("no-descriptions"); fl != nil {
			fl.Usage = p.T(fl.Usage)
		}
	})
	if p.Lang() != i18n.English {
		root.SetUsageTemplate(usageTemplate(root.UsageTemplate(), p))
	}
}

// markCobras marks a flag as cobra's own, as cobra does when it adds it.
func markCobras(c *cobra.Command, flag string) {
	_ = c.Flags().SetAnnotation(flag, cobra.FlagSetByCobraAnnotation, []string{"true"})
}

func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}

// sayHelpCommand makes rrp help say in p's language that it knows no
// such command; the rest is cobra's help command.
func sayHelpCommand(root *cobra.Command, p *i18n.Printer) {
	for _, help := range root.Commands() {
		if help.Name() != "help" {
			continue
		}
		help.Use = "help " + p.T("[command]")
		run := help.Run
		help.Run = func(c *cobra.Command, args []string) {
			if cmd, _, err := c.Root().Find(args); cmd == nil || err != nil {
				c.Println(p.Sprintf("Unknown help topic %s", fmt.Sprintf("%#q", args)))
				cobra.CheckErr(c.Root().Usage())
				return
			}
			run(c, args)
		}
	}
}

// cobraTexts are the help texts of the commands cobra adds (help,
// completion and its shells), as formats of the command's name (%[1]s)
// and the program's (%[2]s).
var cobraTexts = []string{
	"Help about any command",
	"Help provides help for any command in the application.\nSimply type %[2]s help [path to command] for full details.",
	"Generate the autocompletion script for the specified shell",
	"Generate the autocompletion script for %[2]s for the specified shell.\nSee each sub-command's help for details on how to use the generated script.\n",
	"Generate the autocompletion script for %[1]s",
	completionBash, completionZsh, completionFish, completionPowershell,
}

// cobraText is a help text of c said in p's language when cobra wrote
// it; any other text stays as it is (rrp's own are said already).
func cobraText(p *i18n.Printer, c *cobra.Command, text string) string {
	if text == "" {
		return text
	}
	for _, format := range cobraTexts {
		if len(i18n.Verbs(format)) == 0 {
			if format == text {
				return p.T(text)
			}
			continue
		}
		if fmt.Sprintf(format, c.Name(), c.Root().Name()) == text {
			return p.Sprintf(format, c.Name(), c.Root().Name())
		}
	}
	return text
}

// usageHeadings are the words of cobra's usage template that rrp says in
// the user's language, longest first where one holds another.
var usageHeadings = []string{
	`Use "{{.CommandPath}} [command] --help" for more information about a command.`,
	"{{.CommandPath}} [command]",
	"Additional help topics:",
	"Available Commands:",
	"Additional Commands:",
	"Global Flags:",
	"Flags:",
	"Aliases:",
	"Examples:",
	"Usage:",
}

// flagUsages are where the template lists flags; pflag adds "(default …)"
// to their usage, which the template says in the user's language, and
// aligns them by bytes, which the template aligns by characters again.
var flagUsages = []string{".LocalFlags.FlagUsages", ".InheritedFlags.FlagUsages"}

// useLine is where the template writes how a command is called; cobra
// adds "[flags]" to it.
const useLine = "{{.UseLine}}"

// usageTemplate is cobra's usage template with its headings in p's
// language.
func usageTemplate(tmpl string, p *i18n.Printer) string {
	pairs := make([]string, 0, 2*(len(usageHeadings)+len(flagUsages)))
	for _, h := range usageHeadings {
		pairs = append(pairs, h, usageHeading(h, p))
	}
	// pflag writes " (default %s)"; the catalogue's text of it, cut
	// before the value, replaces its words.
	def := strings.TrimSuffix(p.Sprintf("(default %s)", ""), ")")
	for _, f := range flagUsages {
		pairs = append(pairs, f, fmt.Sprintf("(%s | replaceAll %s %s | alignFlags)", f, strconv.Quote("(default "), strconv.Quote(def)))
	}
	pairs = append(pairs, useLine, fmt.Sprintf("{{.UseLine | replaceAll %s %s}}", strconv.Quote("[flags]"), strconv.Quote(p.T("[flags]"))))
	return strings.NewReplacer(pairs...).Replace(tmpl)
}

// usageHeading says a heading; the template's own actions stay.
func usageHeading(h string, p *i18n.Printer) string {
	const path = "{{.CommandPath}}"
	if !strings.Contains(h, path) {
		return p.T(h)
	}
	// The catalogue knows the text with %s for the command's path.
	format := strings.Replace(h, path, "%s", 1)
	return p.Sprintf(format, path)
}

func init() {
	// A pipeline's value comes last: {{x | replaceAll "old" "new"}}.
	cobra.AddTemplateFunc("replaceAll", func(old, new, s string) string { return strings.ReplaceAll(s, old, new) })
	cobra.AddTemplateFunc("alignFlags", alignFlags)
}

// alignFlags aligns the usage column of pflag's list of flags by
// characters: pflag counts bytes, so a line whose value has a Czech name
// (--period období) would start its usage further left than the others.
// Each line is its flag and value, two spaces or more, then the usage.
func alignFlags(usages string) string {
	lines := strings.Split(usages, "\n")
	heads := make([]string, len(lines))
	rests := make([]string, len(lines))
	width := 0
	for i, l := range lines {
		body := strings.TrimLeft(l, " ")
		cut := strings.Index(body, "  ")
		if cut < 0 {
			continue
		}
		heads[i] = l[:len(l)-len(body)+cut]
		rests[i] = strings.TrimLeft(body[cut:], " ")
		width = max(width, utf8.RuneCountInString(heads[i]))
	}
	for i := range lines {
		if heads[i] != "" {
			// pflag puts the usage three columns after the longest flag.
			lines[i] = heads[i] + strings.Repeat(" ", width+3-utf8.RuneCountInString(heads[i])) + rests[i]
		}
	}
	return strings.Join(lines, "\n")
}

// The help texts of cobra's completion commands, as cobra v1.10 writes
// them; a test fails when cobra's change.
const (
	completionBash = `Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(%[2]s completion bash)

To load completions for every new session, execute once:

#### Linux:

	%[2]s completion bash > /etc/bash_completion.d/%[2]s

#### macOS:

	%[2]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[2]s

You will need to start a new shell for this setup to take effect.
`
	completionZsh = `Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(%[2]s completion zsh)

To load completions for every new session, execute once:

#### Linux:

	%[2]s completion zsh > "${fpath[1]}/_%[2]s"

#### macOS:

	%[2]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[2]s

You will need to start a new shell for this setup to take effect.
`
	completionFish = `Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	%[2]s completion fish | source

To load completions for every new session, execute once:

	%[2]s completion fish > ~/.config/fish/completions/%[2]s.fish

You will need to start a new shell for this setup to take effect.
`
	completionPowershell = `Generate the autocompletion script for powershell.

To load completions in your current shell session:

	%[2]s completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`
)
