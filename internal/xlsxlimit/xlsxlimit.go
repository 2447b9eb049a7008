// Package xlsxlimit keeps a workbook from taking memory without end. An
// .xlsx is a zip of XML: a few megabytes may expand to gigabytes (a "zip
// bomb", or a format applied to a million empty rows). A workbook rrp reads
// (a sheet to import, the funding body's template) is a few megabytes of
// XML; the limit is far above that and keeps rrp under 300 MB of memory.
package xlsxlimit

import (
	"archive/zip"
	"bytes"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/i18n"
)

// MaxExpanded is the most a workbook's parts may expand to, all together.
const MaxExpanded = 64 << 20

// ErrTooLarge means the workbook's parts expand to more than MaxExpanded.
var ErrTooLarge = i18n.Errorf("the workbook expands to more than 64 MiB")

// Check refuses a workbook whose parts expand to more than MaxExpanded,
// from the sizes its zip directory declares, before anything is expanded.
// The zip reader stops at the declared size, so a part that lies about it
// fails to read rather than growing. Data that is no zip archive (so no
// .xlsx) gives the zip reader's error.
func Check(data []byte) error {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return err
	}
	var total uint64
	for _, f := range z.File {
		total += f.UncompressedSize64
		if total > MaxExpanded {
			return ErrTooLarge
		}
	}
	return nil
}

// Options are excelize's own limits, the same as Check's, so that it keeps
// every part in memory (no temporary files left behind when a part fails
// to read) and never expands past them.
var Options = excelize.Options{UnzipSizeLimit: MaxExpanded, UnzipXMLSizeLimit: MaxExpanded}
