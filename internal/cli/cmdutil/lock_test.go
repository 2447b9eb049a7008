package cmdutil

import (
	"errors"
	"strings"
	"testing"

	"github.com/kraj-hk/rrp/internal/writeguard"
)

func TestLockError(t *testing.T) {
	if LockError(nil, "rrp new") != nil {
		t.Error("no error became one")
	}
	code, _, hint := ExitCode(LockError(&writeguard.BusyError{Holder: "rrp import (pid 7)"}, "rrp new"), nil)
	if code != ExitFailure || hint != "wait for it to end and run rrp new again" {
		t.Errorf("busy: exit %d, hint %q", code, hint)
	}
	code, msg, hint := ExitCode(LockError(errors.New("read-only file system"), "rrp init"), nil)
	if code != ExitFailure || !strings.HasPrefix(msg, "cannot lock the project: ") || !strings.Contains(hint, "writable") {
		t.Errorf("other: exit %d, %q, hint %q", code, msg, hint)
	}
}
