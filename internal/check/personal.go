package check

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/personal"
	"github.com/kraj-hk/rrp/internal/plan"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// Records live in a shared git repository forever: personal data of
// participants must never get there (GDPR). A finding names the kind of
// data and where it is, never the value: validate's output lands in CI
// logs and the workbook's Kontrola sheet.

// detector is the project's detector: its public contacts are not
// personal data.
func detector(p *plan.Project) *personal.Detector {
	contacts := make([]string, len(p.PublicContacts))
	for i, c := range p.PublicContacts {
		contacts[i] = c.Val
	}
	return personal.New(contacts)
}

func personalData(d *personal.Detector, r *record.Record, fs *finding.List) {
	for t := range r.Texts {
		if t.IsSet() {
			personalText(d, t, fs)
		}
	}
}

// personalText checks one text.
func personalText(d *personal.Detector, t source.Value[string], fs *finding.List) {
	for _, k := range d.Kinds(t.Val) {
		errorAt(fs, t.Pos, finding.CodePersonalData,
			i18n.T("records are kept in a shared repository: leave personal data out (keep it in the attendance sheet)"), k.Text())
	}
}

// PlanTexts checks the plan's free texts: the plan files are as much in
// the shared repository as the records.
func PlanTexts(p *plan.Project, fs *finding.List) {
	d := detector(p)
	for t := range p.Texts {
		personalText(d, t, fs)
	}
}

// Comments checks the comments of the project's YAML files: a comment is
// as much in the repository as a value.
func Comments(p *plan.Project, comments []source.Value[string], fs *finding.List) {
	d := detector(p)
	for _, c := range comments {
		for _, k := range d.Kinds(c.Val) {
			fs.Errorf(c.Pos, finding.CodePersonalData,
				"delete the comment: records are kept in a shared repository: leave personal data out (keep it in the attendance sheet)",
				"%s in a comment", k.Text())
		}
	}
}

// Flagged is the set of the records' texts that fs says hold personal
// data, an evidence path on someone's computer (it names the user)
// included: every output withholds them.
func Flagged(records []record.Record, fs *finding.List) personal.Set {
	at := map[source.Pos]bool{}
	for _, f := range fs.Sorted() {
		if f.Code == finding.CodePersonalData || f.Code == finding.CodeEvidencePath {
			at[f.Pos] = true
		}
	}
	set := personal.Set{}
	for i := range records {
		for t := range records[i].Texts {
			if t.IsSet() && at[t.Pos] {
				set[t.Pos] = true
			}
		}
	}
	return set
}

// Withhold returns fs with the personal data a finding quotes replaced
// by personal.Withheld: a flagged text of the records wherever it appears
// (an unknown output or status, an id used twice), and any quoted value
// the detector flags (a value of the wrong kind). A message never repeats
// personal data.
func Withhold(p *plan.Project, fs *finding.List, records []record.Record, set personal.Set) *finding.List {
	w := withholder{d: detector(p)}
	for i := range records {
		for t := range records[i].Texts {
			if set.Has(t.Pos) && t.Val != "" {
				w.values = append(w.values, t.Val)
			}
		}
	}
	var out finding.List
	changed := false
	for _, f := range fs.Sorted() {
		g := f
		g.Message, g.Hint = w.text(f.Message), w.text(f.Hint)
		g.Args, g.HintArgs = w.args(f.Args), w.args(f.HintArgs)
		changed = changed || g.Message != f.Message || g.Hint != f.Hint
		out.Add(g)
	}
	if !changed {
		return fs
	}
	return &out
}

type withholder struct {
	d      *personal.Detector
	values []string
}

var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func (w withholder) text(s string) string {
	for _, v := range w.values {
		s = strings.ReplaceAll(s, v, personal.Withheld)
	}
	if !strings.Contains(s, `"`) {
		return s
	}
	return quoted.ReplaceAllStringFunc(s, func(q string) string {
		if u, err := strconv.Unquote(q); err == nil && w.d.Find(u) != personal.None {
			return strconv.Quote(personal.Withheld)
		}
		return q
	})
}

// args withholds the arguments of a message, and those of the messages
// and errors among them, which are said in the reader's language from
// their own arguments. nil stays nil: a Text without arguments is no
// format.
func (w withholder) args(args []any) []any {
	if args == nil {
		return nil
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = w.arg(a)
	}
	return out
}

func (w withholder) arg(a any) any {
	switch v := a.(type) {
	case string:
		if w.d.Find(v) != personal.None || w.text(v) != v {
			return personal.Withheld
		}
	case i18n.Text:
		return i18n.Text{Format: v.Format, Args: w.args(v.Args)}
	case *i18n.Error:
		return i18n.Errorf(v.Format, w.args(v.Args)...)
	case error:
		if s := w.text(v.Error()); s != v.Error() {
			return s
		}
	}
	return a
}
