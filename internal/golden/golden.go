// Package golden compares what a test produced with a file of expected
// output kept in testdata, and rewrites the file when the change is
// meant: go test ./... -update, then review the files with git diff.
// Only tests import it.
package golden

import (
	"bytes"
	"flag"
	"os"
	"strconv"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check fails t when got differs from the file at path, saying where;
// with -update it writes got to path instead.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
		return
	}
	if !bytes.Equal(got, want) {
		line, g, w := firstDifference(got, want)
		t.Errorf("output differs from %s at line %d (go test -update rewrites it):\n got: %s\nwant: %s", path, line, g, w)
	}
}

// firstDifference is the number of the first line where got and want
// differ and the two lines, quoted so that spaces and tabs show.
func firstDifference(got, want []byte) (line int, g, w string) {
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := 0; ; i++ {
		g, w = lineAt(gl, i), lineAt(wl, i)
		if g != w || i >= len(gl) || i >= len(wl) {
			return i + 1, g, w
		}
	}
}

func lineAt(lines [][]byte, i int) string {
	if i < len(lines) {
		return strconv.Quote(string(lines[i]))
	}
	return "end of file"
}
