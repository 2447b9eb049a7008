package check

import (
	"regexp"

	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/plan"
)

// PersonCode is the project's pattern of person codes (person_code, else
// plan.DefaultPersonCode), matched against the whole code: a pattern
// written without ^ and $ must not let a name pass because a code stands
// somewhere inside it. The error is the one of the pattern as written.
func PersonCode(p *plan.Project) (*regexp.Regexp, error) {
	pattern := plan.DefaultPersonCode
	if p.PersonCode.IsSet() {
		pattern = p.PersonCode.Val
	}
	if _, err := regexp.Compile(pattern); err != nil {
		return nil, err
	}
	return regexp.Compile(`^(?:` + pattern + `)$`)
}

// personCodePattern reports a person_code that cannot be used: one that is
// not a regular expression, or empty (no code would match).
func personCodePattern(p *plan.Project, fs *finding.List) {
	pc := p.PersonCode
	if !pc.IsSet() {
		return
	}
	if pc.Val == "" {
		fs.Add(finding.New(finding.Error, pc.Pos, finding.CodePersonCodePattern, "", "person_code is empty").
			WithHint("write the pattern of the codes, e.g. ^K-[0-9]{3}$, or leave person_code out for %s", plan.DefaultPersonCode))
		return
	}
	if _, err := PersonCode(p); err != nil {
		fs.Add(finding.New(finding.Error, pc.Pos, finding.CodePersonCodePattern, "", "person_code is not a usable regular expression").
			WithHint("write a regular expression, e.g. ^K-[0-9]{3}$ (%v)", err))
	}
}
