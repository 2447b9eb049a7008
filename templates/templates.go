// Package templates holds the record templates (one per unit of output, in
// Czech) inside the rrp binary, so that rrp new works in any project's
// repository, not only in this one.
package templates

import "embed"

// Records are the record templates: records/<unit>.yaml.
//
//go:embed records/*.yaml
var Records embed.FS
