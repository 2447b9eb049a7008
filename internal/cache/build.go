package cache

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"runtime/debug"

	"github.com/kraj-hk/rrp/internal/buildinfo"
)

// BuildKey names the running build of rrp: what it decodes may be reused
// only by the same build. A build from a clean commit is named by its
// build information (module versions, commit, Go version, build
// settings), which the toolchain stamps; any other (a work tree with
// changes, a test) by its executable: the file's path, size, modification
// and, on Unix, inode and change time, which a new build changes.
func BuildKey() string {
	h := sha256.New()
	bi, ok := debug.ReadBuildInfo()
	if ok {
		h.Write([]byte(bi.String()))
	}
	if info := buildinfo.Read(); !ok || info.Commit == "" || info.Dirty {
		fmt.Fprint(h, "\x00", executable())
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// executable identifies the running program's file; "" when it cannot be
// found, which still differs from every build that can.
func executable() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprint(path, StatOf(info))
}
