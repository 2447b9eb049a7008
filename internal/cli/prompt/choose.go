package prompt

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kraj-hk/rrp/internal/suggest"
)

// Option is one entry of a numbered list.
type Option struct {
	// Key is what the option stands for; it may be typed instead of the
	// option's number.
	Key   string
	Label string
	// Group, when it differs from the previous option's, is shown as a
	// heading above the option.
	Group string
}

// Choose lists the options numbered from 1 and asks until the answer is
// a number of the list or a key; it returns the key. def is a key or "".
func (p *Prompter) Choose(question string, options []Option, def string) (string, error) {
	p.list(options)
	var key string
	_, err := p.Ask(question, def, func(a string) error {
		k, err := pick(options, a)
		key = k
		return err
	})
	return key, err
}

// list prints the options under their groups, keys and labels aligned
// across the groups (fmt pads by characters, so Czech letters count once).
func (p *Prompter) list(options []Option) {
	width := 0
	for _, o := range options {
		width = max(width, utf8.RuneCountInString(o.Key))
	}
	group := ""
	for i, o := range options {
		if o.Group != "" && o.Group != group {
			fmt.Fprintf(p.out, "  %s\n", o.Group)
		}
		group = o.Group
		line := fmt.Sprintf("  %4d  %-*s  %s", i+1, width, o.Key, o.Label)
		fmt.Fprintln(p.out, strings.TrimRight(line, " "))
	}
}

// pick finds the option an answer names, by number or key.
func pick(options []Option, answer string) (string, error) {
	if answer == "" {
		return "", fmt.Errorf("choose one: type its number (1–%d)", len(options))
	}
	if n, err := strconv.Atoi(answer); err == nil {
		if n < 1 || n > len(options) {
			return "", fmt.Errorf("%d is not in the list: type a number from 1 to %d", n, len(options))
		}
		return options[n-1].Key, nil
	}
	keys := make([]string, len(options))
	for i, o := range options {
		if o.Key == answer {
			return o.Key, nil
		}
		keys[i] = o.Key
	}
	if hint := suggest.DidYouMean(answer, keys); hint != "" {
		return "", fmt.Errorf("%q is not in the list; %s", answer, hint)
	}
	return "", fmt.Errorf("%q is not in the list: type a number from 1 to %d", answer, len(options))
}
