package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
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
	finding.CodeOverTarget:        overTarget,
	finding.CodeOverMaximum:       overMaximum,
	finding.CodeOpeningOverTarget: openingOverTarget,
	finding.CodePerEventHours: func(fd finding.Finding) (string, string, bool) {
		return refAndNumbers(fd, "Výstup %s: akce trvala %s h, méně než %s h, které má trvat jedna akce.",
			"Zkontrolujte hodiny; kratší akci, než plán uvádí v per_event, nemusí poskytovatel uznat.")
	},
	finding.CodePerEventParticipants: func(fd finding.Finding) (string, string, bool) {
		return refAndNumbers(fd, "Výstup %s: počet účastníků %s je menší než %s, kolik má mít jedna akce.",
			"Zkontrolujte účastníky; menší akci, než plán uvádí v per_event, nemusí poskytovatel uznat.")
	},
	finding.CodePersonTwice: func(fd finding.Finding) (string, string, bool) {
		n, ok1 := finding.Arg[int](fd, 0)
		first, ok2 := finding.Arg[int](fd, 1)
		return fmt.Sprintf("Kód osoby č. %d je stejný jako kód osoby č. %d.", n, first),
			"Každou osobu uveďte v záznamu jednou.", ok1 && ok2 && len(fd.Args) == 2
	},
	finding.CodePersonsNotCounted: func(fd finding.Finding) (string, string, bool) {
		ref, ok := finding.Arg[string](fd, 0)
		return fmt.Sprintf("Výstup %s osoby nepočítá: kódy osob v záznamu se nezapočítávají.", ref),
			"Zapište záznam k výstupu, který osoby počítá (distinct: true), nebo persons vynechte.", ok && len(fd.Args) == 1
	},
	finding.CodeTextComment: func(fd finding.Finding) (string, string, bool) {
		key, ok := finding.Arg[string](fd, 0)
		return fmt.Sprintf("%s: text za „ #“ se čte jako komentář a vynechá se.", key),
			fmt.Sprintf("Dejte text do uvozovek: %s: \"…\"", key), ok && len(fd.Args) == 1
	},
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
	finding.CodePossibleDuplicate: func(fd finding.Finding) (string, string, bool) {
		first, ok := finding.Arg[string](fd, 0)
		return fmt.Sprintf("Možná duplicita: záznam na %s má stejný výstup, datum i území.", first),
			"Jde-li o jednu akci, jeden ze záznamů smažte; konaly-li se dvě, uveďte u každé místo (place).", ok && len(fd.Args) == 1
	},
	finding.CodeUnreadFile: func(fd finding.Finding) (string, string, bool) {
		if sub, ok := finding.Arg[string](fd, 0); ok && len(fd.Args) == 1 {
			return fmt.Sprintf("Soubor, který rrp nečte: započítávají se jen soubory .yaml a .yml ve složce %s/.", sub),
				"Obsahuje-li záznamy, přejmenujte ho na .yaml; jinak ho ze složky přesuňte.", true
		}
		return "Soubor, jehož název začíná tečkou, je skrytý a rrp ho nečte.", "Pojmenujte soubor před příponou.", true
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

// overMaximum: an output's or a part's total over its at_most.
func overMaximum(fd finding.Finding) (string, string, bool) {
	ref, _ := finding.Arg[string](fd, 0)
	what, hint := "Výstup", "at_most je strop: zkontrolujte, že žádný záznam není zapsán u jiného výstupu; víc nemusí být proplaceno."
	if strings.Count(ref, "/") == 2 {
		what, hint = "Část výstupu", "Části maxima jsou také maxima: zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."
	}
	return refAndNumbers(fd, what+" %s: zaznamenáno %s, více než maximum %s.", hint)
}

// openingGoalWords name the number an opening figure is over: as the
// message's comparison and as what to update.
var openingGoalWords = map[string][2]string{
	"the target":  {"cílová hodnota", "cílovou hodnotu"},
	"the maximum": {"maximum", "maximum"},
}

// openingOverTarget: an output's opening figure above its exact target or
// its maximum, which the message names in words.
func openingOverTarget(fd finding.Finding) (string, string, bool) {
	id, ok1 := finding.Arg[string](fd, 0)
	noun, ok2 := finding.Arg[string](fd, 2)
	value, ok3 := czNumber(argOr(fd, 1))
	goal, ok4 := czNumber(argOr(fd, 3))
	words, known := openingGoalWords[noun]
	if !ok1 || !ok2 || !ok3 || !ok4 || !known || len(fd.Args) != 4 {
		return "", "", false
	}
	return fmt.Sprintf("Výstup %s: počáteční hodnota %s je vyšší než %s %s.", id, value, words[0], goal),
		"Zkontrolujte počáteční hodnotu (opening); změnil-li se plán, upravte " + words[1] + ".", true
}

// refAndNumbers says a finding of an output's or part's reference and two
// numbers (what was recorded, what the plan says) in format.
func refAndNumbers(fd finding.Finding, format, hint string) (string, string, bool) {
	ref, ok := finding.Arg[string](fd, 0)
	first, ok1 := czNumber(argOr(fd, 1))
	second, ok2 := czNumber(argOr(fd, 2))
	if !ok || !ok1 || !ok2 || len(fd.Args) != 3 {
		return "", "", false
	}
	return fmt.Sprintf(format, ref, first, second), hint, true
}

// argOr is the i-th argument of the message, nil when there is none.
func argOr(fd finding.Finding, i int) any {
	if i < len(fd.Args) {
		return fd.Args[i]
	}
	return nil
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
