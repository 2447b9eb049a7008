//go:build !unix

package cache

import "os"

// readPackFile reads the pack whole: mapping it is left to the systems
// whose mapping rrp is tested on.
func readPackFile(path string) ([]byte, error) { return os.ReadFile(path) }
