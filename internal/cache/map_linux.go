package cache

import "syscall"

// mapPopulate asks Linux to map the whole pack at once: it is read whole
// (its checksum first), and one call is cheaper than a fault a page.
const mapPopulate = syscall.MAP_POPULATE
