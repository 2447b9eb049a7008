package cmdutil

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// cobraMessages are the errors cobra and pflag make of a wrong command
// line, as patterns of their English text, and the message rrp says for
// each in the user's language. Every group of a pattern fills a verb of
// the message: a group of digits is a number (%d, for plural forms), any
// other is a text (%s), quotes included. The English message is the
// pattern's text, so English output is what cobra says.
var cobraMessages = []struct {
	pattern *regexp.Regexp
	format  string
}{
	{regexp.MustCompile(`^unknown command (".*") for (".*")$`), "unknown command %s for %s"},
	{regexp.MustCompile(`^unknown flag: (--.*)$`), "unknown flag: %s"},
	{regexp.MustCompile(`^unknown shorthand flag: ('.*') in (-.*)$`), "unknown shorthand flag: %s in %s"},
	{regexp.MustCompile(`^flag needs an argument: (--.*)$`), "flag needs an argument: %s"},
	{regexp.MustCompile(`^flag needs an argument: ('.*') in (-.*)$`), "flag needs an argument: %s in %s"},
	{regexp.MustCompile(`^invalid argument (".*") for (".*") flag: (.*)$`), "invalid argument %s for %s flag: %s"},
	{regexp.MustCompile(`^invalid argument (".*") for (".*")$`), "invalid argument %s for %s"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "bad flag syntax: %s"},
	{regexp.MustCompile(`^accepts at most (\d+) arg\(s\), received (\d+)$`), "accepts at most %d arg(s), received %d"},
	{regexp.MustCompile(`^accepts (\d+) arg\(s\), received (\d+)$`), "accepts %d arg(s), received %d"},
	{regexp.MustCompile(`^requires at least (\d+) arg\(s\), only received (\d+)$`), "requires at least %d arg(s), only received %d"},
	{regexp.MustCompile(`^accepts between (\d+) and (\d+) arg\(s\), received (\d+)$`), "accepts between %d and %d arg(s), received %d"},
	{regexp.MustCompile(`^required flag\(s\) (.*) not set$`), "required flag(s) %s not set"},
	{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set they must all be set; missing \[(.*)\]$`), "if any flags in the group [%s] are set they must all be set; missing [%s]"},
	{regexp.MustCompile(`^if any flags in the group \[(.*)\] are set none of the others can be; \[(.*)\] were all set$`), "if any flags in the group [%s] are set none of the others can be; [%s] were all set"},
	{regexp.MustCompile(`^at least one of the flags in the group \[(.*)\] is required$`), "at least one of the flags in the group [%s] is required"},
}

// didYouMean is how cobra appends the commands it suggests for a
// mistyped one.
const didYouMean = "\n\nDid you mean this?\n"

// cobraError makes an error of cobra's or pflag's parsing one that is said
// in the user's language; any other error is returned as it is.
func cobraError(err error) error {
	var said *i18n.Error
	if err == nil || errors.As(err, &said) {
		return err
	}
	msg, suggestions, suggested := strings.Cut(err.Error(), didYouMean)
	for _, m := range cobraMessages {
		groups := m.pattern.FindStringSubmatch(msg)
		if groups == nil {
			continue
		}
		args := make([]any, 0, len(groups)-1)
		for _, g := range groups[1:] {
			args = append(args, numberOrText(g))
		}
		if suggested {
			return i18n.Errorf("%s\n\nDid you mean this?\n%s", i18n.T(m.format, args...), suggestions)
		}
		return i18n.Errorf(m.format, args...)
	}
	return err
}

func numberOrText(s string) any {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return s
}
