package cmdutil

import (
	"testing"

	"github.com/kraj-hk/rrp/internal/cache"
	"github.com/kraj-hk/rrp/internal/load"
)

// LoadOptions are how this run reads the project's files: with a
// progress line when that takes long, through the cache unless the setting no_cache (--no-cache) says not to. A cache
// folder that cannot be had (no home folder) means reading without one:
// the cache saves time and changes nothing else.
func (f *Factory) LoadOptions() (load.Options, error) {
	opts := load.Options{Progress: f.Progress("reading record files")}
	off, err := f.Settings.Bool(KeyNoCache)
	if err != nil {
		return opts, err
	}
	dir := f.Settings.String(KeyCacheDir)
	// A test's projects are gone when it ends: it fills no one's cache
	// unless it names one.
	if !off && (dir != "" || !testing.Testing()) {
		opts.Cache, _ = cache.New(dir)
	}
	return opts, nil
}
