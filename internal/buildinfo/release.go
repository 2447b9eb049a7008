package buildinfo

// Release is the version this source is released as: the tag it gets, the
// version the CI templates (templates/ci) install, and the one make dist
// stamps on the programs it builds. Raise it with the change that makes
// the next release; a test fails while the templates pin another.
const Release = "v0.9.0"

// stamped is the version written into a program by the linker
// (-ldflags -X …/buildinfo.stamped=v0.9.0), as make dist does: a program
// built from a work tree otherwise knows no version.
var stamped string
