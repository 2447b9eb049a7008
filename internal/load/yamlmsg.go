package load

import "github.com/kraj-hk/rrp/internal/i18n"

// yamlProblems are the problems the YAML parser reports most, said in the
// reader's language; any other is quoted as the parser words it.
var yamlProblems = map[string]i18n.Text{}

func init() {
	for _, t := range []i18n.Text{
		i18n.T("mapping values are not allowed in this context"),
		i18n.T("mapping keys are not allowed in this context"),
		i18n.T("block sequence entries are not allowed in this context"),
		i18n.T("found a tab character that violates indentation"),
		i18n.T("found a tab character where an indentation space is expected"),
		i18n.T("found character that cannot start any token"),
		i18n.T("found unexpected end of stream"),
		i18n.T("found unexpected document indicator"),
		i18n.T("found unknown escape character"),
		i18n.T("could not find expected ':'"),
		i18n.T("did not find expected key"),
		i18n.T("did not find expected node content"),
		i18n.T("did not find expected '-' indicator"),
		i18n.T("did not find expected ',' or ']'"),
		i18n.T("did not find expected ',' or '}'"),
		i18n.T("did not find expected comment or line break"),
		i18n.T("did not find expected alphabetic or numeric character"),
		i18n.T("did not find expected whitespace or line break"),
		i18n.T("found undefined tag handle"),
		i18n.T("control characters are not allowed"),
		i18n.T("invalid leading UTF-8 octet"),
	} {
		yamlProblems[t.Format] = t
	}
}

// yamlProblem is the parser's problem as a message's argument.
func yamlProblem(msg string) any {
	if t, ok := yamlProblems[msg]; ok {
		return t
	}
	return msg
}
