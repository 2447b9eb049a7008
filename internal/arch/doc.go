// Package arch keeps rrp's packages in layers: its test fails when a
// package imports one of its own layer or a higher one, when a package is
// in no layer, or when code outside the commands imports a renderer. The
// layers are listed in Layers, lowest first; docs/architecture.md says
// what each package is for.
package arch
