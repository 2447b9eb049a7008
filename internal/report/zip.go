package report

import (
	"archive/zip"
	"io"

	"github.com/xuri/excelize/v2"
)

// writeWorkbook writes f to w part by part as it is zipped. excelize's own
// WriteTo zips the whole workbook into memory first, a second copy of the
// largest thing rrp makes. The zip goes to w instead of excelize's buffer,
// which stays empty. (excelize patches that buffer only for parts over
// 4 GiB, far beyond the rows a worksheet can hold.)
func writeWorkbook(f *excelize.File, w io.Writer) error {
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zip.NewWriter(w) })
	_, err := f.WriteTo(io.Discard)
	return err
}
