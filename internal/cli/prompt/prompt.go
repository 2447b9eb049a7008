// Package prompt asks questions one line at a time, for people at a
// terminal: the default in brackets, an empty answer takes it, a wrong
// answer is explained and the question asked again.
package prompt

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrEnded is returned when the input ends before a question is answered.
var ErrEnded = errors.New("the input ended before every question was answered")

// None is typed to clear an optional answer that has a default.
const None = "-"

// Prompter reads answers from in and writes questions to out.
type Prompter struct {
	in  *bufio.Reader
	out io.Writer
}

// New asks on out and reads the answers from in.
func New(in io.Reader, out io.Writer) *Prompter {
	return &Prompter{in: bufio.NewReader(in), out: out}
}

// Ask asks until accept takes the answer and returns it, trimmed. An empty
// answer is def; accept sees it too, so a required value has no "".
func (p *Prompter) Ask(question, def string, accept func(answer string) error) (string, error) {
	for {
		answer, err := p.line(question, def)
		if err != nil {
			return "", err
		}
		if err := accept(answer); err != nil {
			p.Sayf("  ! %v", err)
			continue
		}
		return answer, nil
	}
}

// Optional asks for a value that may be left out: an empty answer keeps
// def, None clears it.
func (p *Prompter) Optional(question, def string, accept func(answer string) error) (string, error) {
	if def != "" {
		question += " (" + None + " for none)"
	}
	answer, err := p.Ask(question, def, func(a string) error {
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
func (p *Prompter) Confirm(question string, def bool) (bool, error) {
	hint := "y/N"
	if def {
		hint = "Y/n"
	}
	var yes bool
	_, err := p.Ask(question+" ["+hint+"]", "", func(a string) error {
		switch strings.ToLower(a) {
		case "":
			yes = def
		case "y", "yes", "a", "ano":
			yes = true
		case "n", "no", "ne":
			yes = false
		default:
			return fmt.Errorf("answer y (yes) or n (no)")
		}
		return nil
	})
	return yes, err
}

// Sayf writes a line between the questions.
func (p *Prompter) Sayf(format string, args ...any) {
	fmt.Fprintf(p.out, format+"\n", args...)
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
