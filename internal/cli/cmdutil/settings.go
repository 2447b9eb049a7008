package cmdutil

import (
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/suggest"
)

// Setting keys. In rrp.yaml they nest (validate: {format: json}); as
// environment variables they are RRP_ and the key in capitals with _ for .
// (RRP_VALIDATE_FORMAT).
const (
	KeyDir            = "dir"
	KeyToday          = "today"
	KeyValidateFormat = "validate.format"
	KeyValidateStrict = "validate.strict"
	KeyStatusFormat   = "status.format"
	// The thresholds of the output statuses (see fulfil.Thresholds).
	KeyStatusOnTrack    = "status.on_track"
	KeyStatusAtRisk     = "status.at_risk"
	KeyStatusNotStarted = "status.not_started"
	// KeyNoCache bypasses the cache of decoded files (--no-cache).
	KeyNoCache = "no_cache"
	// KeyCacheDir is where the cache is kept (RRP_CACHE_DIR; default
	// the user's cache folder). Not in rrp.yaml: it is the machine's.
	KeyCacheDir = "cache_dir"
)

// ConfigFile is the settings file at the project root.
const ConfigFile = "rrp.yaml"

// fileKeys are the settings rrp.yaml may hold (dir cannot: the file is
// found through it).
var fileKeys = []string{KeyToday, KeyValidateFormat, KeyValidateStrict,
	KeyStatusFormat, KeyStatusOnTrack, KeyStatusAtRisk, KeyStatusNotStarted, KeyLang, KeyNoCache}

// Settings are rrp's settings: flags, then RRP_* environment variables,
// then rrp.yaml at the project root, then defaults. One instance per run.
type Settings struct {
	v *viper.Viper
}

// NewSettings returns settings that read the environment.
func NewSettings() *Settings {
	v := viper.New()
	v.SetEnvPrefix("RRP")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()
	return &Settings{v: v}
}

// BindFlag makes a flag the top source of a setting.
func (s *Settings) BindFlag(key string, flag *pflag.Flag) {
	if err := s.v.BindPFlag(key, flag); err != nil {
		panic(err) // a programming error: the flag does not exist
	}
}

// String returns a setting.
func (s *Settings) String(key string) string { return s.v.GetString(key) }

// Bool returns a boolean setting, false when it is not set. It takes true
// and false as YAML writes them and what strconv.ParseBool accepts (1, 0,
// t, f, TRUE, …). Anything else (yes, ano, on) is a usage error rather than
// a silent false: a CI job that asked for strict checking must not get
// lenient checking because of a word.
func (s *Settings) Bool(key string) (bool, error) {
	switch v := s.v.Get(key).(type) {
	case nil:
		return false, nil
	case bool:
		return v, nil
	default:
		raw := strings.TrimSpace(fmt.Sprint(v))
		if raw == "" {
			return false, nil
		}
		b, err := strconv.ParseBool(raw)
		if err != nil {
			return false, Usagef("write true or false", "setting %s: %q is not true or false", key, raw)
		}
		return b, nil
	}
}

// Date returns a date setting, ok false when it is not set. rrp.yaml may
// hold the date unquoted (today: 2025-03-01), which YAML reads as a
// timestamp rather than text.
func (s *Settings) Date(key string) (d date.Date, ok bool, err error) {
	raw := s.String(key)
	if t, isTime := s.v.Get(key).(time.Time); isTime && isMidnight(t) {
		raw = t.Format(date.Layout)
	}
	if raw == "" {
		return 0, false, nil
	}
	if d, err = date.Parse(raw); err != nil {
		return 0, false, Usagef("write it as YYYY-MM-DD", "setting %s: %v", key, err)
	}
	return d, true, nil
}

// Float returns a numeric setting, def when it is not set. A value that is
// not a number is a usage error rather than a silent 0.
func (s *Settings) Float(key string, def float64) (float64, error) {
	raw := strings.TrimSpace(s.String(key))
	if raw == "" {
		return def, nil
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, Usagef("write a number with a decimal point, e.g. 0.9", "setting %s: %q is not a number", key, raw)
	}
	return v, nil
}

// isMidnight reports whether t is a date alone: a timestamp with a time of
// day is not a date, and is reported as such.
func isMidnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

// ReadFile reads rrp.yaml from the project root, if there is one, and
// rejects settings rrp does not know, so a typo never goes unnoticed.
func (s *Settings) ReadFile(dir string) error {
	path := filepath.Join(dir, ConfigFile)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	own := viper.New()
	own.SetConfigFile(path)
	own.SetConfigType("yaml")
	if err := own.ReadInConfig(); err != nil {
		return Usagef("rrp.yaml is YAML: key: value lines, e.g. validate: {strict: true}", "cannot read %s: %v", path, err)
	}
	for _, key := range own.AllKeys() {
		if !slices.Contains(fileKeys, key) {
			err := &UsageError{Err: i18n.Errorf("%s: unknown setting %q", path, key), Hint: "known settings: %s", HintArgs: []any{strings.Join(fileKeys, ", ")}}
			if c, ok := suggest.Closest(key, fileKeys); ok {
				err.Hint, err.HintArgs = "did you mean %q?", []any{c}
			}
			return err
		}
	}
	s.v.SetConfigFile(path)
	s.v.SetConfigType("yaml")
	return s.v.ReadInConfig()
}
