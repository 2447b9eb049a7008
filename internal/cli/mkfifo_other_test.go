//go:build !unix

package cli

import "github.com/rogpeppe/go-internal/testscript"

// mkfifo fails on systems without named pipes: a script that makes one
// skips them first.
func mkfifo(ts *testscript.TestScript, neg bool, args []string) {
	ts.Fatalf("no named pipes on this system")
}
