package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// untranslated are the packages whose messages are still being put into
// the Czech catalogue. A package leaves the list when its last message has
// a Czech text; the test fails if a listed package has none missing, so
// the list only shrinks.
var untranslated = map[string]bool{}

// TestEveryMessageHasCzech reads rrp's source for the messages people see
// (findings and their hints, usage errors, help texts, flag usage, prompts
// and every text printed through a Printer) and fails on each one the Czech
// catalogue lacks, and on help or flag text that bypasses the catalogue.
func TestEveryMessageHasCzech(t *testing.T) {
	cs, err := Load(Czech)
	if err != nil {
		t.Fatal(err)
	}
	msgs, raw := scanMessages(t, filepath.Join("..", ".."))
	missing := map[string][]string{}
	for _, m := range msgs {
		if _, ok := cs[key(m.text)]; !ok {
			missing[m.pkg] = append(missing[m.pkg], m.pos+": "+strconv.Quote(m.text))
		}
	}
	for _, m := range raw {
		missing[m.pkg] = append(missing[m.pkg], m.pos+": "+m.text)
	}
	pkgs := make([]string, 0, len(missing))
	for p := range missing {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		if untranslated[p] {
			continue
		}
		for _, line := range missing[p] {
			t.Errorf("no Czech text: %s", line)
		}
	}
	for p := range untranslated {
		if len(missing[p]) == 0 {
			t.Errorf("%s has every message in Czech: take it off the untranslated list", p)
		}
	}
}

type srcMessage struct{ pkg, pos, text string }

// scanMessages returns the literal messages of the source below root and
// the places where a help or usage text is written without the catalogue.
func scanMessages(t *testing.T, root string) (msgs, raw []srcMessage) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "golden" || d.Name() == "synth" || strings.HasPrefix(d.Name(), ".")) && path != root {
			// golden and synth serve tests only.
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		s := scanner{fset: fset, pkg: filepath.ToSlash(rel)}
		ast.Inspect(f, s.visit)
		msgs, raw = append(msgs, s.msgs...), append(raw, s.raw...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return msgs, raw
}

type scanner struct {
	fset      *token.FileSet
	pkg       string
	msgs, raw []srcMessage
}

// messageArgs are the calls that carry messages: the name of the function
// or method and which of its arguments are messages. fmt's own functions
// are not among them (the receiver fmt is skipped).
var messageArgs = map[string][]int{
	"Errorf":    {2, 3}, // finding.List.Errorf(pos, code, hint, format, …); i18n.Errorf below
	"Warnf":     {2, 3},
	"errorf":    {2, 3}, // the loader's reader.errorf(node, code, hint, format, …)
	"WithHint":  {0},
	"InSheet":   {6, 7}, // finding.InSheet(sev, file, row, column, index, code, hint, format, …)
	"Usagef":    {0, 1},
	"Described": {1}, // cmdutil.Described(name, description): a completion's description
	"Progress":  {0}, // f.Progress(what): the progress line
	"T":         {0},
	"Sprintf":   {0},
	"OneOf":     {2}, // suggest.OneOf(word, candidates, list)
	"dup":       {2}, // the checks' firstSeen.dup(list, value, format, …)
	"problem":   {4}, // the import mapping's problem(line, col, code, hint, format, …)
	"problemAt": {3}, // and problemAt(node, code, hint, format, …)
	// gitrev.userError(hint, format, …) and fulfil.badRequest(hint, format, …)
	"userError":  {0, 1},
	"badRequest": {1},
}

// helpFields are the fields of cobra.Command that people read.
var helpFields = map[string]bool{"Short": true, "Long": true, "Example": true}

// flagDefs are pflag's definitions; their last argument is the usage.
var flagDefs = map[string]bool{}

func init() {
	for _, typ := range []string{"String", "Bool", "Int", "Float64", "StringSlice", "StringArray", "Duration", "Count", "IntSlice"} {
		for _, form := range []string{"", "P", "Var", "VarP"} {
			flagDefs[typ+form] = true
		}
	}
}

func (s *scanner) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		s.call(n)
	case *ast.KeyValueExpr:
		s.field(n)
	}
	return true
}

func (s *scanner) call(c *ast.CallExpr) {
	name, recv := callee(c)
	if recv == "fmt" || recv == "errors" || recv == "strings" || recv == "strconv" {
		return
	}
	if recv == "finding" && name == "New" {
		s.literals(c, []int{3, 4})
		return
	}
	if recv == "i18n" && (name == "Errorf" || name == "T") {
		s.literals(c, []int{0})
		return
	}
	if flagDefs[name] && len(c.Args) >= 3 {
		if lit, ok := literal(c.Args[len(c.Args)-1]); ok && lit != "" {
			s.raw = append(s.raw, srcMessage{s.pkg, s.where(c), "flag usage without the catalogue: " + strconv.Quote(lit)})
		}
		return
	}
	idx, ok := messageArgs[name]
	if !ok || (name == "Errorf" || name == "Warnf" || name == "errorf") && len(c.Args) < 4 {
		return
	}
	s.literals(c, idx)
}

func (s *scanner) literals(c *ast.CallExpr, idx []int) {
	for _, i := range idx {
		if i < len(c.Args) {
			if lit, ok := literal(c.Args[i]); ok && strings.TrimSpace(lit) != "" {
				s.msgs = append(s.msgs, srcMessage{s.pkg, s.where(c.Args[i]), lit})
			}
		}
	}
}

// field checks cobra's help fields, which must go through the catalogue,
// and literal hints of errors, which are said through it when printed.
func (s *scanner) field(kv *ast.KeyValueExpr) {
	k, ok := kv.Key.(*ast.Ident)
	if !ok {
		return
	}
	lit, isLit := literal(kv.Value)
	switch {
	case helpFields[k.Name] && isLit && lit != "":
		s.raw = append(s.raw, srcMessage{s.pkg, s.where(kv), k.Name + " without the catalogue: " + strconv.Quote(firstLine(lit))})
	case k.Name == "Hint" && isLit && strings.TrimSpace(lit) != "":
		s.msgs = append(s.msgs, srcMessage{s.pkg, s.where(kv.Value), lit})
	}
}

func (s *scanner) where(n ast.Node) string {
	p := s.fset.Position(n.Pos())
	return filepath.ToSlash(p.Filename) + ":" + strconv.Itoa(p.Line)
}

// callee names a call's function and its receiver or package ("" when
// it is not a plain name).
func callee(c *ast.CallExpr) (name, recv string) {
	switch fn := c.Fun.(type) {
	case *ast.Ident:
		return fn.Name, ""
	case *ast.SelectorExpr:
		if id, ok := fn.X.(*ast.Ident); ok {
			return fn.Sel.Name, id.Name
		}
		return fn.Sel.Name, "?"
	}
	return "", ""
}

// literal is the text of a string literal or a sum of them.
func literal(e ast.Expr) (string, bool) {
	switch v := e.(type) {
	case *ast.BasicLit:
		if v.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(v.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if v.Op != token.ADD {
			return "", false
		}
		a, ok1 := literal(v.X)
		b, ok2 := literal(v.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literal(v.X)
	}
	return "", false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + "…"
	}
	return s
}
