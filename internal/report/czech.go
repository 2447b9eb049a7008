package report

import (
	"fmt"
	"strconv"
	"strings"

	"rrp/internal/date"
	"rrp/internal/finding"
)

// czechSay words one kind of finding in Czech from the values of its
// message; ok is false when the values are not the ones expected.
type czechSay func(fd finding.Finding) (msg, hint string, ok bool)

// czechFindings say in Czech what the checks that reach a finished report
// found: every warning, and an output not in the plan, the error a forced
// report most often shows. Other errors only reach it with --force and keep
// rrp's own wording, as does any finding whose values are not what is
// expected here.
var czechFindings = map[finding.Code]czechSay{
	finding.CodeFutureDate: func(fd finding.Finding) (string, string, bool) {
		d, ok := finding.Arg[date.Date](fd, 0)
		return fmt.Sprintf("Datum %s je v budoucnosti.", czDate(d)),
			"Zapisujte akce, až proběhnou; u plánované akce zkontrolujte datum.", ok && len(fd.Args) == 1
	},
	finding.CodeNoEvidence: func(finding.Finding) (string, string, bool) {
		return "Uskutečněná akce bez doložení.",
			"Doplňte evidence: [cesta k prezenční listině nebo jinému dokladu].", true
	},
	finding.CodeOverTarget: overTarget,
	finding.CodeEmptyFile: func(finding.Finding) (string, string, bool) {
		return "Soubor záznamů je prázdný.", "Doplňte záznam, nebo soubor smažte.", true
	},
	finding.CodeLink: func(fd finding.Finding) (string, string, bool) {
		// Only the warning names the file linked to; the errors of a link
		// do not reach a report unless forced.
		target, ok := finding.Arg[string](fd, 0)
		return fmt.Sprintf("Symbolický odkaz na %s, který se načítá i tak: odkaz se přeskakuje, aby se nic nezapočítalo dvakrát.", target),
			"Odkaz smažte.", ok && len(fd.Args) == 1
	},
	finding.CodeUnknownOutput: func(fd finding.Finding) (string, string, bool) {
		ref, ok := finding.Arg[string](fd, 0)
		return fmt.Sprintf("Výstup %s v plánu není; záznam se nezapočítává.", ref),
			"Opravte odkaz output: aktivita/výstup podle plánu (plans/); rrp validate navrhne nejbližší.", ok && len(fd.Args) == 1
	},
}

// overTarget: an output's or a part's (activity/output/part) total over
// its target.
func overTarget(fd finding.Finding) (string, string, bool) {
	ref, ok := finding.Arg[string](fd, 0)
	if !ok || len(fd.Args) != 3 {
		return "", "", false
	}
	recorded, ok1 := czNumber(fd.Args[1])
	target, ok2 := czNumber(fd.Args[2])
	if !ok1 || !ok2 {
		return "", "", false
	}
	what, hint := "Výstup", "Zkontrolujte, že žádný záznam není zapsán u jiného výstupu; změnil-li se plán, upravte cílovou hodnotu."
	if strings.Count(ref, "/") == 2 {
		what, hint = "Část výstupu", "Zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."
	}
	return fmt.Sprintf("%s %s: zaznamenáno %s, více než cílová hodnota %s.", what, ref, recorded, target), hint, true
}

// czech is the finding's message and hint in Czech where rrp knows them,
// otherwise as the checks wrote them.
func czech(fd finding.Finding) (msg, hint string) {
	if say, known := czechFindings[fd.Code]; known {
		if msg, hint, ok := say(fd); ok {
			return msg, hint
		}
	}
	return fd.Message, fd.Hint
}

// czNumber writes a number with a decimal comma (21,5).
func czNumber(v any) (string, bool) {
	switch v := v.(type) {
	case float64:
		return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1), true
	case int:
		return strconv.Itoa(v), true
	}
	return "", false
}
