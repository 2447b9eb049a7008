package cmdutil

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// FuzzSettingsFile feeds any bytes to rrp.yaml. Reading it must never
// panic; whatever goes wrong is a usage error (exit 2, with a hint), and
// a file that is accepted holds only known settings, each of which reads
// as its kind or is a usage error too.
func FuzzSettingsFile(f *testing.F) {
	for _, seed := range []string{
		"validate:\n  format: json\n  strict: true\n",
		"today: 2025-03-01\nstatus:\n  format: csv\n  on_track: 0.9\n  at_risk: 0.6\n  not_started: 0\n",
		"status: {on_track: .inf, at_risk: nan}\n",
		"today: 2025-03-01T10:00:00Z\n",
		"validate: {strict: ano}\n",
		"validate: {fromat: json}\n",
		"dir: /tmp\n",
		"- a\n- b\n",
		"a: &x {b: *x}\n",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, ConfigFile), data, 0o600); err != nil {
			t.Fatal(err)
		}
		s := NewSettings()
		err := s.ReadFile(dir)
		if err != nil {
			mustBeUsage(t, "ReadFile", err)
			return
		}
		for _, key := range s.v.AllKeys() {
			if !slices.Contains(fileKeys, key) {
				t.Fatalf("accepted an unknown setting %q", key)
			}
		}
		_ = s.String(KeyValidateFormat)
		_ = s.String(KeyStatusFormat)
		if _, err := s.Bool(KeyValidateStrict); err != nil {
			mustBeUsage(t, "Bool", err)
		}
		if d, ok, err := s.Date(KeyToday); err != nil {
			mustBeUsage(t, "Date", err)
		} else if ok && d.String() == "" {
			t.Fatalf("today read as %v", d)
		}
		for _, key := range []string{KeyStatusOnTrack, KeyStatusAtRisk, KeyStatusNotStarted} {
			v, err := s.Float(key, 0.5)
			if err != nil {
				mustBeUsage(t, "Float", err)
			} else if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("setting %s read as %v", key, v)
			}
		}
	})
}

func mustBeUsage(t *testing.T, what string, err error) {
	t.Helper()
	var usage *UsageError
	if !errors.As(err, &usage) || usage.Hint == "" {
		t.Fatalf("%s: %v is not a usage error with a hint", what, err)
	}
}
