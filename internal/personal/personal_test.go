package personal

import "testing"

// corpus is what coordinators write in notes and places: every kind of
// personal data in the forms people use, and the numbers that look like it
// but are not.
var corpus = []struct {
	text string
	want Kind
}{
	// Phones: every grouping and separator, prefixes, pasted spaces.
	{"volejte 777 123 456", Phone},
	{"tel. 777-123-456", Phone},
	{"mobil 777.123.456", Phone},
	{"kontakt 777 12 34 56", Phone},
	{"777123456", Phone},
	{"tel:777123456", Phone},
	{"tel.777123456", Phone},
	{"+420 777 123 456", Phone},
	{"+420777123456", Phone},
	{"00420 777 123 456", Phone},
	{"00420777123456", Phone},
	{"+420-777-123-456", Phone},
	{"+420 777-123-456", Phone},
	{"(+420) 777 123 456", Phone},
	{"volala paní z čísla 603 123 456 kvůli dceři", Phone},
	{"777\u00a0123\u00a0456", Phone},
	{"+420\u00a0777\u00a0123\u00a0456", Phone},
	{"777\u202f123\u202f456", Phone},
	{"tel.\u00a0777\u202f12\u202f34\u202f56", Phone},
	{"pevná linka 491 123 456", Phone},
	{"pevná 491-52-34-56", Phone},
	{"sms na 731 000 111, díky", Phone},
	{"T: 608 555 444", Phone},
	{"kontakt (pečující): 725 123 456", Phone},
	{"Na setkání 12. 3. 2025 777 123 456 volal syn", Phone},
	{"12.3.2025 v 10:30, tel 777123456", Phone},
	{"číslo 2025-03-12 a 606 12 34 56", Phone},
	{"vol. 739 555 123 (odpoledne)", Phone},
	{"pan Novák, 777 123 456", Phone},
	{"+421 902 123 456", Phone},
	{"+49 151 23456789", Phone},
	{"klient 604 123 456, dcera 605 987 654", Phone},
	{"tel.: +420 495 000 111 (domů)", Phone},
	{"zavolat na 777 123 456!", Phone},
	{"777 123 456 – nebere", Phone},
	{"777/123 456 ne, to je 777 123 456", Phone},
	// E-mails, plain and obfuscated.
	{"jan.novak@seznam.cz", Email},
	{"kontakt jan.novak@example.cz", Email},
	{"pečující: marie.dvořáková@seznam.cz", Email},
	{"Jana.Nováková@Email.CZ", Email},
	{"novak_jan+rrp@gmail.com", Email},
	{"jan.novak(at)seznam.cz", Email},
	{"jan.novak (at) seznam.cz", Email},
	{"jan.novak[at]seznam.cz", Email},
	{"jan.novak [zavináč] seznam.cz", Email},
	{"jan.novak (zavináč) seznam.cz", Email},
	{"jan.novak{at}seznam.cz", Email},
	{"jan(at)seznam(dot)cz", Email},
	{"jan [at] seznam [tečka] cz", Email},
	{"jan.novak @ seznam.cz", Email},
	{"pozvánku poslala jana.novakova@seznam.cz včera", Email},
	{"<petr.svoboda@centrum.cz>", Email},
	{"mailto:eva@post.cz", Email},
	{"jan.novak zavináč seznam.cz", Email},
	// Birth numbers, with and without the slash.
	{"rč 850315/1239", BirthNumber},
	{"rodné číslo 850315/1239", BirthNumber},
	{"r. č. 855315/1236", BirthNumber},
	{"8553151233", BirthNumber},
	{"narozena 535612/123", BirthNumber},
	{"rč: 8553150045", BirthNumber},
	{"850315 / 1239", BirthNumber},
	{"dítě 045123/4568", BirthNumber},
	{"RČ 736028/5163", BirthNumber},
	{"u paní 8553150045", BirthNumber},

	// Amounts.
	{"rozpočet 123 456 789 Kč", None},
	{"rozpočet 723 456 789 Kč", None},
	{"rozpočet 723 456 789 Kč včetně DPH", None},
	{"celkem 723 456 789,- Kč", None},
	{"723 456 789 CZK", None},
	{"Kč 723 456 789", None},
	{"723\u00a0456\u00a0789\u00a0Kč", None},
	{"1 234 567 890 Kč", None},
	{"723456789Kč", None},
	{"čerpáno 423 456 789 korun", None},
	{"EUR 723 456 789", None},
	// Bank accounts.
	{"123456789/0100", None},
	{"19-123456789/0800", None},
	{"č. ú. 723456789/0300", None},
	{"účet 723456789", None},
	{"č. ú.: 000019-723456789/0800", None},
	{"platba na 2801234567/2010", None},
	{"123456/0800", None},
	// IČO, DIČ.
	{"IČO 12345678", None},
	{"IČ: 72345678", None},
	{"DIČ CZ72345678", None},
	{"DIČ: CZ723456789", None},
	{"IČO 723456789", None},
	// Dates and times.
	{"12. 3. 2025", None},
	{"2025-03-12", None},
	{"12.03.2025", None},
	{"10:30", None},
	{"setkání 12. 3. 2025 od 10:00 do 12:30", None},
	{"od 12. 3. 2025 do 14. 3. 2025", None},
	{"2025-03-12 10:30:00", None},
	{"20250312", None},
	{"12/03/2025", None},
	{"2025/03/12 9:00", None},
	// Case numbers, registrations, invoices, symbols.
	{"č. j. KUKHK-12345/SV/2025", None},
	{"č. j. 723456789", None},
	{"čj. MMHK/123456/2025", None},
	{"sp. zn. 723456789", None},
	{"registrace CZ.03.02.02/00/22_007/0000123", None},
	{"faktura 2025/123", None},
	{"faktura 723456789", None},
	{"VS 723456789", None},
	{"var. symbol 723456789", None},
	{"faktura 2503121234", None},
	{"MSMT-723456789/2025", None},
	{"objednávka OBJ-723456789", None},
	// rrp's own ids.
	{"imp-d653062794", None},
	{"imp-2653062794", None},
	{"imp-a777123456", None},
	{"KA04-2025-03-12-supervize", None},
	{"4.1/supervize", None},
	// Paths, addresses, counts.
	{"evidence/KA04/2025-03-12-prezencni-listina.pdf", None},
	{"evidence/2025/03/12/scan-20250312-104512.pdf", None},
	{"Broumov, Masarykova 123, 550 01", None},
	{"PSČ 550 01 Broumov", None},
	{"místnost 101, 15 osob", None},
	{"@obec na sociálních sítích", None},
	{"sledujte @mesto_broumov", None},
	{"www.seznam.cz", None},
	{"rč 8503151236", None},
	{"8503151236", None},
	{"podíl 85 %", None},
	{"123 456 789", None},
	{"kat. území 723456", None},
	{"100 % účast, 12 osob z 15", None},
	{"meeting at 10 am", None},
	{"verze 1.2.3", None},
	// Public contacts of the project.
	{"podatelna 491 111 222", None},
	{"info +420 491 111 222", None},
	{"pište na podatelna@broumov.cz", None},
	{"Podatelna@Broumov.cz", None},
}

// publicContacts are the project's own offices, listed in project.yaml.
var publicContacts = []string{"+420 491 111 222", "podatelna@broumov.cz"}

// TestDetector measures the detector on the corpus: it prints precision
// and recall and fails below 0.95 and 0.98.
func TestDetector(t *testing.T) {
	d := New(publicContacts)
	var tp, fp, fn, positives, negatives int
	for _, c := range corpus {
		got := d.Find(c.text)
		if c.want != None {
			positives++
		} else {
			negatives++
		}
		switch {
		case c.want != None && got == c.want:
			tp++
		case c.want != None:
			fn++
			if got != None {
				fp++ // found, but the wrong kind
			}
			t.Logf("missed: %q: got %v, want %v", c.text, got, c.want)
		case got != None:
			fp++
			t.Logf("false alarm: %q: got %v", c.text, got)
		}
	}
	if positives < 60 || negatives < 60 {
		t.Fatalf("the corpus has %d positives and %d negatives, want at least 60 of each", positives, negatives)
	}
	precision := float64(tp) / float64(max(tp+fp, 1))
	recall := float64(tp) / float64(positives)
	t.Logf("detector on %d positives, %d negatives: precision %.3f, recall %.3f", positives, negatives, precision, recall)
	if precision < 0.95 || recall < 0.98 {
		t.Errorf("precision %.3f (want ≥ 0.95), recall %.3f (want ≥ 0.98)", precision, recall)
	}
}

func TestKindNamesNoValue(t *testing.T) {
	for _, k := range []Kind{Phone, Email, BirthNumber} {
		if k.String() == "" || k.String() == None.String() {
			t.Errorf("kind %d has no name", k)
		}
	}
}
