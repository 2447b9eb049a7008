package golden

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps the failure instead of failing.
type recorder struct {
	testing.TB
	failure string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) { r.failure = fmt.Sprintf(format, args...) }

func (r *recorder) Fatalf(format string, args ...any) { r.failure = fmt.Sprintf(format, args...) }

func (r *recorder) Fatal(args ...any) { r.failure = fmt.Sprint(args...) }

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("a\nb\nc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		got  string
		want string // in the failure; "" for none
	}{
		{"a\nb\nc\n", ""},
		{"a\nB\nc\n", `line 2 (go test -update rewrites it):` + "\n" + ` got: "B"` + "\n" + `want: "b"`},
		{"a\nb\n", "line 3"},
		{"a\nb\nc", `line 4 (go test -update rewrites it):` + "\n" + ` got: end of file` + "\n" + `want: ""`},
		{"a\nb\nc \n", `got: "c "`},
	} {
		r := &recorder{TB: t}
		Check(r, path, []byte(tc.got))
		if tc.want == "" && r.failure != "" || !strings.Contains(r.failure, tc.want) {
			t.Errorf("Check(%q): failure %q, want one with %q", tc.got, r.failure, tc.want)
		}
	}
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "missing.golden"), []byte("x"))
	if !strings.Contains(r.failure, "go test -update creates it") {
		t.Errorf("a missing file: failure %q", r.failure)
	}
}

func TestUpdate(t *testing.T) {
	defer func(was bool) { *update = was }(*update)
	*update = true
	path := filepath.Join(t.TempDir(), "new.golden")
	r := &recorder{TB: t}
	Check(r, path, []byte("new\n"))
	if data, err := os.ReadFile(path); err != nil || string(data) != "new\n" || r.failure != "" {
		t.Errorf("-update wrote %q, %v; failure %q", data, err, r.failure)
	}
}

// TestOnlyTestsImportIt: rrp itself must not carry the -update flag.
func TestOnlyTestsImportIt(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list the packages")
	}
	out, err := exec.Command(goCmd, "list", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "github.com/kraj-hk/rrp/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, " ")
		if strings.Contains(" "+imports+" ", " rrp/internal/golden ") {
			t.Errorf("%s imports rrp/internal/golden outside its tests", pkg)
		}
	}
}
