// Package czech reads values as Czech users write them, in a spreadsheet
// or at a prompt: numbers with a decimal comma (1,5), dates with dots
// (12. 3. 2025), statuses in Czech (proběhlo, zrušeno) and lists of file
// names. Both the importer and rrp new take answers this way, so that a
// value means the same wherever it is typed.
package czech
