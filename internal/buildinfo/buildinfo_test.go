package buildinfo

import (
	"regexp"
	"strings"
	"testing"
)

// TestRelease: the release is a semantic version tag, as go install and
// the module proxy need it (v1.2.3, no pre-release or build suffix).
func TestRelease(t *testing.T) {
	if !regexp.MustCompile(`^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`).MatchString(Release) {
		t.Errorf("Release %q is not a version tag such as v1.2.3", Release)
	}
}

// TestStamped: a version the linker wrote wins over what the toolchain
// knows (a test binary's "(devel)" or pseudo-version).
func TestStamped(t *testing.T) {
	defer func(old string) { stamped = old }(stamped)
	stamped = "v9.8.7"
	info := Read()
	if info.Version != "v9.8.7" || !strings.HasPrefix(info.String(), "v9.8.7") {
		t.Errorf("stamped v9.8.7, read %q (%s)", info.Version, info)
	}
}
