package arch

// Layers lists rrp's packages (paths below the module) from the bottom
// up. A package imports only packages of lower layers.
var Layers = [][]string{
	// Values and tools that know nothing of the domain.
	{"internal/source", "internal/date", "internal/registry", "internal/buildinfo", "internal/i18n",
		"internal/safefile", "internal/gitinfo", "internal/synth", "internal/golden", "internal/office", "internal/wire", "templates"},
	// The model: the plan, findings, Czech values; hints that name choices;
	// revisions of the repository, the project's lock and the limits of a
	// workbook (whose errors are said in the user's language); the cache of
	// decoded files, which knows the build it serves.
	{"internal/plan", "internal/finding", "internal/czech", "internal/personal", "internal/suggest", "internal/gitrev",
		"internal/writeguard", "internal/xlsxlimit", "internal/cache"},
	// Records, and the renderers of findings and tables.
	{"internal/record", "internal/finding/format", "internal/table"},
	// Reading files; resolving records against the plan.
	{"internal/load", "internal/entry"},
	// The rules: checks and fulfilment.
	{"internal/check", "internal/fulfil"},
	// The one way into a project's data.
	{"internal/project"},
	// What is made from a project: record files, schemas, the workbook.
	{"internal/recordfile", "internal/schema", "internal/report"},
	// Comparing snapshots; importing sheets.
	{"internal/diff", "internal/importer", "internal/scaffold"},
	// What every command shares.
	{"internal/cli/cmdutil", "internal/cli/prompt"},
	// The commands.
	{"internal/cli/validate", "internal/cli/statuscmd", "internal/cli/reportcmd", "internal/cli/diffcmd",
		"internal/cli/importcmd", "internal/cli/schemacmd", "internal/cli/newrecord", "internal/cli/version", "internal/cli/initcmd"},
	// The command tree; the program.
	{"internal/cli"},
	{"cmd/rrp"},
}

// Renderers turn results into text for a person or a program; only the
// commands choose and call them.
var Renderers = []string{"internal/table", "internal/finding/format"}

// TestOnly are packages that only tests may import.
var TestOnly = []string{"internal/golden", "internal/office", "internal/synth"}
