package load

import (
	"io/fs"
	"path"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/source"
)

// evidenceExts are the kinds of file a coordinator keeps next to the
// records as evidence or explanation (scans, photos, documents, a README):
// not data, and a warning for each would bury the warnings that matter.
// A .txt, .csv or .json is not among them: it is what an editor makes of a
// record saved under the wrong name, or a sheet meant for rrp import.
var evidenceExts = map[string]bool{
	".pdf": true, ".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".heic": true,
	".tif": true, ".tiff": true, ".webp": true, ".doc": true, ".docx": true, ".odt": true,
	".xls": true, ".xlsx": true, ".ods": true, ".md": true,
}

// unread decides about a file below sub that rrp does not read. In plans/
// every such file is a warning: the plan is YAML and nothing else. In
// records/ evidence is quiet, unless its name says it was meant as YAML
// (x.yaml.pdf); anything else is a warning naming the file, so that no
// record is skipped without a word.
func (t *tree) unread(sub, rel string, fl *finding.List) {
	name := path.Base(rel)
	lower := strings.ToLower(name)
	meantAsYAML := strings.Contains(lower, ".yaml") || strings.Contains(lower, ".yml")
	if sub == RecordsDir && evidenceExts[path.Ext(lower)] && !meantAsYAML {
		return
	}
	hint := i18n.T("rename it to end in .yaml if it holds %s, or move it out of %s/", sub, sub)
	if meantAsYAML {
		hint = i18n.T("rename it to end in .yaml (the editor added %s)", afterYAML(lower))
	}
	fl.Add(finding.New(finding.Warning, source.At(display(t.root, rel), 1, 1), finding.CodeUnreadFile, "",
		"a file rrp does not read: only .yaml and .yml files in %s/ count", sub).WithHintText(hint))
}

// afterYAML is what follows the last .yaml or .yml in a lowercased name
// ("txt" of "a.yaml.txt"), or words saying it is another ending.
func afterYAML(lower string) any {
	at := max(strings.LastIndex(lower, ".yaml")+len(".yaml"), strings.LastIndex(lower, ".yml")+len(".yml"))
	if rest := lower[at:]; rest != "" {
		return strings.TrimPrefix(rest, ".")
	}
	return i18n.T("another ending")
}

// hidden decides about a hidden file: skipped without a word (rrp keeps
// its own working files as .rrp-*, editors and git theirs), except a file
// named only .yaml or .yml, which someone meant as data but saved without
// a name.
func (t *tree) hidden(rel string, d fs.DirEntry, fl *finding.List) {
	lower := strings.ToLower(d.Name())
	if lower != ".yaml" && lower != ".yml" {
		return
	}
	fl.Add(finding.New(finding.Warning, source.At(display(t.root, rel), 1, 1), finding.CodeUnreadFile, "",
		"a file named only %s is hidden, so rrp does not read it", d.Name()).
		WithHint("give the file a name before the %s", d.Name()))
}

// isSpecial reports a named pipe, socket or device: opening a pipe waits
// for a writer forever, and a device is never project data.
func isSpecial(m fs.FileMode) bool {
	return m&(fs.ModeNamedPipe|fs.ModeSocket|fs.ModeDevice|fs.ModeCharDevice|fs.ModeIrregular) != 0
}

// special reports a special file, which is never opened.
func (t *tree) special(rel string, fl *finding.List) {
	fl.Errorf(source.At(display(t.root, rel), 1, 1), finding.CodeSpecialFile, "delete it: only plain files belong in the project",
		"a special file (a pipe, socket or device), not a plain file: rrp does not open it")
}

// notFolder reports plans or records being a file: no record in it could
// be read, and an empty project would pass.
func (t *tree) notFolder(sub string, fl *finding.List) {
	fl.Add(finding.New(finding.Error, source.At(display(t.root, sub), 1, 1), finding.CodeNotFolder, "",
		"%s is a file, not a folder: nothing in it is read as %s", sub, sub).
		WithHint("make %s a folder and put the .yaml files in it", sub))
}

// projectFileError is the usage error of a plans/project.yaml that is a
// folder or another thing rrp cannot read as the project's file.
type projectFileError struct {
	name string
	what i18n.Text
}

func (e *projectFileError) Error() string { return e.text().String() }

// Localize says the error in p's language.
func (e *projectFileError) Localize(p *i18n.Printer) string { return p.Text(e.text()) }

func (e *projectFileError) text() i18n.Text {
	return i18n.T("%s is %s, not the project's file", e.name, e.what)
}

func (e *projectFileError) Is(target error) bool { return target == ErrProjectNotFile }

func projectNotFile(root string, info fs.FileInfo) error {
	what := i18n.T("a folder")
	if !info.IsDir() {
		what = i18n.T("a special file")
	}
	return &projectFileError{name: display(root, ProjectFile), what: what}
}
