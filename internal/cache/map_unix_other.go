//go:build unix && !linux

package cache

// mapPopulate: only Linux maps a file's pages ahead of their first use.
const mapPopulate = 0
