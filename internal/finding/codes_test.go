package finding

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryCodeIsDeclared reads rrp's sources and fails on a finding whose
// code is not declared in codes.go: a new check cannot forget to declare
// its code, and a code built in a way this test cannot follow must be
// written as a literal or a constant instead.
func TestEveryCodeIsDeclared(t *testing.T) {
	declared := declaredCodes(t)
	used := usedCodes(t, filepath.Join("..", "..", "internal"))
	if len(used) < 40 {
		t.Fatalf("found only %d codes in the sources; is the scan broken?", len(used))
	}
	for code, where := range used {
		if !declared[code] {
			t.Errorf("%s: code %q is not declared in internal/finding/codes.go", where, code)
		}
	}
}

// TestEveryCodeIsUsed keeps the declarations honest the other way round.
func TestEveryCodeIsUsed(t *testing.T) {
	used := usedCodes(t, filepath.Join("..", "..", "internal"))
	for code := range declaredCodes(t) {
		if _, ok := used[code]; !ok {
			t.Errorf("code %q is declared but no finding uses it", code)
		}
	}
}

// declaredCodes parses codes.go: every constant of type Code, each with a
// comment saying what it reports.
func declaredCodes(t *testing.T) map[string]bool {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
				t.Errorf("%s: declare codes as Name Code = \"value\"", vs.Names[0].Name)
				continue
			}
			if vs.Doc == nil && vs.Comment == nil {
				t.Errorf("code %s has no comment saying what it reports", vs.Names[0].Name)
			}
			lit := vs.Values[0].(*ast.BasicLit)
			v, _ := strconv.Unquote(lit.Value)
			if out[v] {
				t.Errorf("code %q declared twice", v)
			}
			out[v] = true
		}
	}
	return out
}

// wrapper is a function that passes one of its parameters on as a
// finding's code, perhaps after a prefix and with spaces made dashes
// ("unknown-" + strings.ReplaceAll(what, " ", "-")).
type wrapper struct {
	param  int
	prefix string
	dashes bool
}

func (w wrapper) code(arg string) string {
	if w.dashes {
		arg = strings.ReplaceAll(arg, " ", "-")
	}
	return w.prefix + arg
}

// usedCodes finds the code of every finding made in the non-test sources
// under root: the second argument of Errorf and Warnf, the Code of a
// Finding literal, and what wrappers of them are called with.
func usedCodes(t *testing.T, root string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	var funcs []fn
	consts := map[string]string{}
	own, err := parser.ParseFile(fset, "codes.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	addConstants(own, consts) // finding.CodeX, wherever the sources are
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "testdata" && path != root {
			return filepath.SkipDir // not built, as for the go tool
		}
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		addConstants(f, consts)
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				funcs = append(funcs, fn{fd, f.Name.Name})
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wrappers := findWrappers(funcs)
	used := map[string]string{}
	for _, fd := range funcs {
		params := paramNames(fd.FuncDecl)
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			for _, e := range codeExprs(n, fd.pkg, wrappers) {
				if slices.Contains(params, splitPrefix(e.expr).paramName) {
					continue // a wrapper handing its parameter on
				}
				code, ok := codeValue(e.expr, consts)
				if !ok {
					t.Errorf("%s: cannot tell the finding's code; write it as a literal or a finding.Code constant", fset.Position(e.expr.Pos()))
					continue
				}
				used[e.w.code(code)] = fset.Position(e.expr.Pos()).String()
			}
			return true
		})
	}
	return used
}

// fn is a function and the name of its package.
type fn struct {
	*ast.FuncDecl
	pkg string
}

// key names a wrapper: pkg.Name for a function, pkg..Name for a method.
// Without types the test cannot tell a method's receiver, so it takes a
// method for a wrapper only where it is called in its own package (a
// wrapper is a small unexported helper).
func (f fn) key() string {
	if f.Recv != nil {
		return f.pkg + ".." + f.Name.Name
	}
	return f.pkg + "." + f.Name.Name
}

// wrapperOf finds the wrapper a call in package pkg calls, if any.
func wrapperOf(c *ast.CallExpr, pkg string, wrappers map[string]wrapper) (wrapper, bool) {
	var keys []string
	switch f := c.Fun.(type) {
	case *ast.Ident:
		keys = []string{pkg + "." + f.Name}
	case *ast.SelectorExpr:
		keys = []string{identName(f.X) + "." + f.Sel.Name, pkg + ".." + f.Sel.Name}
	}
	for _, k := range keys {
		if w, ok := wrappers[k]; ok {
			return w, true
		}
	}
	return wrapper{}, false
}

type codeExpr struct {
	expr ast.Expr
	w    wrapper // how the expression becomes the code
}

// codeExprs returns the code expressions of n: the code argument of a
// call to Errorf, Warnf or a wrapper, or the Code field of a literal.
func codeExprs(n ast.Node, pkg string, wrappers map[string]wrapper) []codeExpr {
	switch n := n.(type) {
	case *ast.CallExpr:
		if name := calleeName(n); name == "Errorf" || name == "Warnf" {
			if isFindingf(n) {
				return []codeExpr{{expr: n.Args[1]}}
			}
			return nil
		}
		if w, ok := wrapperOf(n, pkg, wrappers); ok && w.param < len(n.Args) {
			return []codeExpr{{expr: n.Args[w.param], w: w}}
		}
	case *ast.CompositeLit:
		if !isFindingType(n.Type) {
			return nil
		}
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok && identName(kv.Key) == "Code" {
				return []codeExpr{{expr: kv.Value}}
			}
		}
	}
	return nil
}

// isFindingf tells List.Errorf and Warnf (pos, code, hint, format, ...)
// from fmt.Errorf and i18n.Errorf.
func isFindingf(c *ast.CallExpr) bool {
	name := calleeName(c)
	return (name == "Errorf" || name == "Warnf") && len(c.Args) >= 4 && !isPkg(c, "fmt") && !isPkg(c, "i18n")
}

// findWrappers finds the functions that hand a parameter on as the code
// of Errorf, Warnf or another wrapper, until no more are found.
func findWrappers(funcs []fn) map[string]wrapper {
	wrappers := map[string]wrapper{}
	for grew := true; grew; {
		grew = false
		for _, fd := range funcs {
			if _, done := wrappers[fd.key()]; done || fd.Name.Name == "Errorf" || fd.Name.Name == "Warnf" {
				continue
			}
			params := paramNames(fd.FuncDecl)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				for _, e := range codeExprs(n, fd.pkg, wrappers) {
					w := splitPrefix(e.expr)
					if w.param = slices.Index(params, w.paramName); w.param >= 0 {
						wrappers[fd.key()] = wrapper{param: w.param, prefix: e.w.prefix + w.prefix, dashes: w.dashes || e.w.dashes}
						grew = true
					}
				}
				return true
			})
		}
	}
	return wrappers
}

type split struct {
	wrapper
	paramName string
}

// splitPrefix takes apart param, "prefix" + param, or
// "prefix" + strings.ReplaceAll(param, " ", "-"), each perhaps converted
// to a finding.Code.
func splitPrefix(e ast.Expr) split {
	var s split
	if call, ok := e.(*ast.CallExpr); ok && calleeName(call) == "Code" && len(call.Args) == 1 {
		e = call.Args[0] // finding.Code(…)
	}
	if be, ok := e.(*ast.BinaryExpr); ok && be.Op == token.ADD {
		lit, ok := be.X.(*ast.BasicLit)
		if !ok {
			return s
		}
		s.prefix, _ = strconv.Unquote(lit.Value)
		e = be.Y
	}
	if call, ok := e.(*ast.CallExpr); ok && calleeName(call) == "ReplaceAll" && len(call.Args) == 3 {
		s.dashes, e = true, call.Args[0]
	}
	s.paramName = identName(e)
	return s
}

func paramNames(fd *ast.FuncDecl) []string {
	var out []string
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			out = append(out, n.Name)
		}
	}
	return out
}

// addConstants adds the string constants of f, for a code written as a
// constant of the calling package.
func addConstants(f *ast.File, out map[string]string) {
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, s := range gd.Specs {
			vs := s.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i >= len(vs.Values) {
					continue
				}
				if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					out[n.Name], _ = strconv.Unquote(lit.Value)
				}
			}
		}
	}
}

// codeValue is the code an expression stands for: a literal, or a
// constant (finding.CodeX or one of the calling package).
func codeValue(e ast.Expr, consts map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		v, err := strconv.Unquote(e.Value)
		return v, err == nil
	case *ast.Ident:
		v, ok := consts[e.Name]
		return v, ok
	case *ast.SelectorExpr:
		v, ok := consts[e.Sel.Name]
		return v, ok
	}
	return "", false
}

func calleeName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.SelectorExpr:
		return f.Sel.Name
	case *ast.Ident:
		return f.Name
	}
	return ""
}

func isPkg(c *ast.CallExpr, pkg string) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	return ok && identName(sel.X) == pkg
}

func isFindingType(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "Finding"
	case *ast.SelectorExpr:
		return e.Sel.Name == "Finding" && identName(e.X) == "finding"
	}
	return false
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// TestUsedCodes pins what the scan understands, so that it cannot pass by
// finding nothing.
func TestUsedCodes(t *testing.T) {
	got := slices.Sorted(maps.Keys(usedCodes(t, filepath.Join("testdata", "codescan"))))
	want := []string{"in-literal", "literal", "local-constant", "no-evidence", "through-method", "unknown-target-group"}
	if !slices.Equal(got, want) {
		t.Errorf("codes %q, want %q", got, want)
	}
}
