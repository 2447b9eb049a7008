package report

import (
	"fmt"
	"strings"

	"rrp/internal/date"
	"rrp/internal/finding"
)

// czechFindings say in Czech what the checks that reach a finished report
// found: every warning, and an output not in the plan, the error a forced
// report most often shows. Other errors only reach it with --force and keep
// rrp's own wording, as does any finding whose values are not what is
// expected here.
var czechFindings = map[string]func(args []string) (msg, hint string, ok bool){
	"future-date": func(a []string) (string, string, bool) {
		if len(a) != 1 {
			return "", "", false
		}
		return fmt.Sprintf("Datum %s je v budoucnosti.", czDateText(a[0])),
			"Zapisujte akce, až proběhnou; u plánované akce zkontrolujte datum.", true
	},
	"no-evidence": func(a []string) (string, string, bool) {
		return "Uskutečněná akce bez doložení.",
			"Doplňte evidence: [cesta k prezenční listině nebo jinému dokladu].", true
	},
	"over-target": func(a []string) (string, string, bool) {
		if len(a) != 3 {
			return "", "", false
		}
		what, hint := "Výstup", "Zkontrolujte, že žádný záznam není zapsán u jiného výstupu; změnil-li se plán, upravte cílovou hodnotu."
		if strings.Count(a[0], "/") == 2 {
			what, hint = "Část výstupu", "Zkontrolujte, že žádný záznam není zapsán u jiné části výstupu."
		}
		return fmt.Sprintf("%s %s: zaznamenáno %s, více než cílová hodnota %s.", what, a[0], czNumber(a[1]), czNumber(a[2])), hint, true
	},
	"empty-file": func(a []string) (string, string, bool) {
		return "Soubor záznamů je prázdný.", "Doplňte záznam, nebo soubor smažte.", true
	},
	"link": func(a []string) (string, string, bool) {
		// Only the warning names the file linked to; the errors of a link
		// do not reach a report unless forced.
		if len(a) != 1 {
			return "", "", false
		}
		return fmt.Sprintf("Symbolický odkaz na %s, který se načítá i tak: odkaz se přeskakuje, aby se nic nezapočítalo dvakrát.", a[0]),
			"Odkaz smažte.", true
	},
	"unknown-output": func(a []string) (string, string, bool) {
		if len(a) != 1 {
			return "", "", false
		}
		return fmt.Sprintf("Výstup %s v plánu není; záznam se nezapočítává.", a[0]),
			"Opravte odkaz output: aktivita/výstup podle plánu (plans/); rrp validate navrhne nejbližší.", true
	},
}

// czech is the finding's message and hint in Czech where rrp knows them,
// otherwise as the checks wrote them.
func czech(fd finding.Finding) (msg, hint string) {
	if say, known := czechFindings[fd.Code]; known {
		if msg, hint, ok := say(fd.Args); ok {
			return msg, hint
		}
	}
	return fd.Message, fd.Hint
}

// czDateText writes an ISO date the Czech way; anything else stays as it is.
func czDateText(iso string) string {
	d, err := date.Parse(iso)
	if err != nil {
		return iso
	}
	return czDate(d)
}

// czNumber writes a number as the checks print it (21.5) with a decimal
// comma (21,5).
func czNumber(s string) string { return strings.Replace(s, ".", ",", 1) }
