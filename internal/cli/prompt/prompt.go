// Package prompt asks questions one line at a time, for people at a
// terminal: the default in brackets, an empty answer takes it, a wrong
// answer is explained and the question asked again. Questions and
// explanations are said in the user's language.
package prompt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// ErrEnded is returned when the input ends before a question is answered.
var ErrEnded = errors.New("the input ended before every question was answered")

// None is typed to clear an optional answer that has a default.
const None = "-"

// Prompter reads answers from in and writes questions to out.
type Prompter struct {
	in  *bufio.Reader
	out io.Writer
	p   *i18n.Printer
}

// New asks on out in p's language (nil: English) and reads the answers
// from in.
func New(in io.Reader, out io.Writer, p *i18n.Printer) *Prompter {
	return &Prompter{in: bufio.NewReader(in), out: out, p: p}
}

// Ask asks until accept takes the answer and returns it, trimmed. An empty
// answer is def; accept sees it too, so a required value has no "".
// accept's error is shown in the user's language (see i18n.Errorf).
func (p *Prompter) Ask(question i18n.Text, def string, accept func(answer string) error) (string, error) {
	return p.ask(p.p.Text(question), def, accept)
}

func (p *Prompter) ask(question, def string, accept func(answer string) error) (string, error) {
	for {
		answer, err := p.line(question, def)
		if err != nil {
			return "", err
		}
		if err := accept(answer); err != nil {
			fmt.Fprintf(p.out, "  ! %s\n", p.p.Error(err))
			continue
		}
		return answer, nil
	}
}

// Optional asks for a value that may be left out: an empty answer keeps
// def, None clears it.
func (p *Prompter) Optional(question i18n.Text, def string, accept func(answer string) error) (string, error) {
	q := p.p.Text(question)
	if def != "" {
		q = p.p.Sprintf("%s (%s for none)", q, None)
	}
	answer, err := p.ask(q, def, func(a string) error {
		if a == "" || a == None {
			return nil
		}
		return accept(a)
	})
	if answer == None {
		answer = ""
	}
	return answer, err
}

// Confirm asks a yes/no question; y, yes, a and ano (Czech) are yes,
// n, no and ne are no.
func (p *Prompter) Confirm(question i18n.Text, def bool) (bool, error) {
	hint := p.p.T("y/N")
	if def {
		hint = p.p.T("Y/n")
	}
	var yes bool
	_, err := p.ask(p.p.Text(question)+" ["+hint+"]", "", func(a string) error {
		switch strings.ToLower(a) {
		case "":
			yes = def
		case "y", "yes", "a", "ano":
			yes = true
		case "n", "no", "ne":
			yes = false
		default:
			return i18n.Errorf("answer y (yes) or n (no)")
		}
		return nil
	})
	return yes, err
}

// Say writes a line between the questions.
func (p *Prompter) Say(line i18n.Text) {
	fmt.Fprintln(p.out, p.p.Text(line))
}

// line shows the question and reads one answer; the default stands for
// an empty one.
func (p *Prompter) line(question, def string) (string, error) {
	if def != "" {
		fmt.Fprintf(p.out, "%s [%s]: ", question, def)
	} else {
		fmt.Fprintf(p.out, "%s: ", question)
	}
	text, err := p.in.ReadString('\n')
	if err != nil && (err != io.EOF || text == "") {
		// The question stays on the line: end it, so the error that
		// follows starts a line of its own.
		fmt.Fprintln(p.out)
		if err == io.EOF {
			return "", ErrEnded
		}
		return "", err
	}
	answer := strings.TrimSpace(text)
	if answer == "" {
		answer = def
	}
	return answer, nil
}
