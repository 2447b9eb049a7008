//go:build !unix

package cli

import "github.com/rogpeppe/go-internal/testscript"

// mkfifo skips a script on systems without named pipes.
func mkfifo(ts *testscript.TestScript, neg bool, args []string) {
	ts.Skip("no named pipes on this system")
}
