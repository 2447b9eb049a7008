package prompt

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kraj-hk/rrp/internal/czech"
	"github.com/kraj-hk/rrp/internal/i18n"
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
	// Number is the option's own number (4 for KA4), 0 for none. A list
	// whose options all have numbers of their own, each a different one,
	// shows them instead of the options' places: a number typed is the
	// option's own first, and a place in the list only when it is no
	// option's own.
	Number int
	// Names are other answers that choose the option, as people name it
	// (a key activity's territory: "Broumov"); case and diacritics do not
	// matter. A name that fits several options chooses none.
	Names []string
}

// Choose lists the options, numbered, and asks until the answer is a
// number of the list, a key or a name; it returns the key. def is a key
// or "".
func (p *Prompter) Choose(question i18n.Text, options []Option, def string) (string, error) {
	l := newList(options)
	l.show(p)
	var key string
	_, err := p.Ask(question, def, func(a string) error {
		k, err := l.pick(a)
		key = k
		return err
	})
	return key, err
}

// list is the options with the numbers they are shown and chosen by.
type list struct {
	options []Option
	numbers []int
	// own: the numbers are the options' own, not their places.
	own bool
}

func newList(options []Option) list {
	l := list{options: options, numbers: make([]int, len(options))}
	seen := map[int]bool{}
	own := true
	for i, o := range options {
		own = own && o.Number > 0 && !seen[o.Number]
		seen[o.Number] = true
		l.numbers[i] = i + 1
	}
	l.own = own && len(options) > 0
	if l.own {
		for i, o := range options {
			l.numbers[i] = o.Number
		}
	}
	return l
}

// show prints the options under their groups, keys and labels aligned
// across the groups (fmt pads by characters, so Czech letters count once).
func (l list) show(p *Prompter) {
	width := 0
	for _, o := range l.options {
		width = max(width, utf8.RuneCountInString(o.Key))
	}
	group := ""
	for i, o := range l.options {
		if o.Group != "" && o.Group != group {
			fmt.Fprintf(p.out, "  %s\n", o.Group)
		}
		group = o.Group
		line := fmt.Sprintf("  %4d  %-*s  %s", l.numbers[i], width, o.Key, o.Label)
		fmt.Fprintln(p.out, strings.TrimRight(line, " "))
	}
}

// pick finds the option an answer names: by its key, the number shown
// (an option's own, else its place), or one of its names.
func (l list) pick(answer string) (string, error) {
	if answer == "" {
		return "", i18n.Errorf("choose one: type its number (%s)", l.span())
	}
	if k, ok := l.byKey(answer); ok {
		return k, nil
	}
	if n, err := strconv.Atoi(answer); err == nil {
		for i, shown := range l.numbers {
			if shown == n {
				return l.options[i].Key, nil
			}
		}
		// A number that is no option's own may still be a place in the
		// list, as lists are numbered elsewhere: it means only that.
		if n >= 1 && n <= len(l.options) {
			return l.options[n-1].Key, nil
		}
		if !l.own {
			return "", i18n.Errorf("%d is not in the list: type a number from 1 to %d", n, len(l.options))
		}
		return "", i18n.Errorf("%d is not in the list: type one of its numbers (%s)", n, l.span())
	}
	if k, err := l.byName(answer); k != "" || err != nil {
		return k, err
	}
	keys := make([]string, len(l.options))
	for i, o := range l.options {
		keys[i] = o.Key
	}
	if c, ok := suggest.Closest(answer, keys); ok {
		return "", i18n.Errorf("%q is not in the list; did you mean %q?", answer, c)
	}
	if !l.own {
		return "", i18n.Errorf("%q is not in the list: type a number from 1 to %d", answer, len(l.options))
	}
	return "", i18n.Errorf("%q is not in the list: type one of its numbers (%s)", answer, l.span())
}

// byKey finds the option whose key is the answer, as typed or loosely.
func (l list) byKey(answer string) (string, bool) {
	for _, o := range l.options {
		if o.Key == answer {
			return o.Key, true
		}
	}
	for _, o := range l.options {
		if loose(o.Key) == loose(answer) {
			return o.Key, true
		}
	}
	return "", false
}

// loose is a key as people may type it: any case, with or without
// spaces and diacritics (ka 4 for KA4).
func loose(s string) string { return strings.ReplaceAll(czech.Normalize(s), " ", "") }

// byName finds the one option with the answer among its names; "" and no
// error when none has it.
func (l list) byName(answer string) (string, error) {
	want := czech.Normalize(answer)
	var fits []string
	for _, o := range l.options {
		for _, name := range o.Names {
			if czech.Normalize(name) == want {
				fits = append(fits, o.Key)
				break
			}
		}
	}
	switch len(fits) {
	case 0:
		return "", nil
	case 1:
		return fits[0], nil
	}
	return "", i18n.Errorf("%q fits %s: type the number of the one meant", answer, strings.Join(fits, ", "))
}

// run reports whether the numbers follow one another (4, 5, 6).
func (l list) run() bool {
	for i := 1; i < len(l.numbers); i++ {
		if l.numbers[i] != l.numbers[i-1]+1 {
			return false
		}
	}
	return true
}

// span says which numbers the list shows: 1–8, 4–17, or each of them
// when they do not follow one another.
func (l list) span() string {
	if len(l.numbers) == 0 {
		return ""
	}
	if l.run() {
		return strconv.Itoa(l.numbers[0]) + "–" + strconv.Itoa(l.numbers[len(l.numbers)-1])
	}
	parts := make([]string, len(l.numbers))
	for i, n := range l.numbers {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}
