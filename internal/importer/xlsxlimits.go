package importer

import (
	"errors"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/xlsxlimit"
)

// Limits of a workbook rrp import reads (see xlsxlimit for why). A sheet
// of records is a few thousand rows of a few dozen columns; the limits are
// far above that and keep rrp import under 300 MB of memory.
const (
	// MaxXLSXExpanded is the most the workbook's parts may expand to,
	// all together.
	MaxXLSXExpanded = xlsxlimit.MaxExpanded
	// MaxSheetRows and MaxSheetColumns bound the sheet read.
	MaxSheetRows    = 100_000
	MaxSheetColumns = 1_000
)

// checkExpanded refuses a workbook whose parts expand to more than
// MaxXLSXExpanded before anything is expanded, saying what to do instead.
func checkExpanded(name string, data []byte) error {
	switch err := xlsxlimit.Check(data); {
	case errors.Is(err, xlsxlimit.ErrTooLarge):
		return i18n.Errorf("%s: the workbook expands to more than %d MiB, more than a sheet of records holds: copy the rows to import into a new workbook, or save the sheet as CSV", name, MaxXLSXExpanded>>20)
	case err != nil:
		return i18n.Errorf("%s: not a readable .xlsx workbook: %w", name, err)
	}
	return nil
}

// xlsxOptions are excelize's own limits, the same as checkExpanded's.
var xlsxOptions = xlsxlimit.Options

// readRows reads the sheet's rows raw, as excelize's GetRows does (empty
// rows after the last are left out), refusing a sheet with a value beyond
// row MaxSheetRows or column MaxSheetColumns as soon as it shows. Empty
// rows below the records (a format applied to the whole column) are
// skipped, not counted.
func readRows(f *excelize.File, name, sheet string) ([][]string, error) {
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, i18n.Errorf("%s: sheet %q: %w", name, sheet, err)
	}
	defer rows.Close()
	var out [][]string
	n, last := 0, 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, i18n.Errorf("%s: sheet %q: %w", name, sheet, err)
		}
		if len(cells) == 0 {
			if n <= MaxSheetRows {
				out = append(out, nil)
			}
			continue
		}
		if n > MaxSheetRows {
			return nil, i18n.Errorf("%s: sheet %q has values beyond row %d: import it in parts", name, sheet, MaxSheetRows)
		}
		if len(cells) > MaxSheetColumns {
			return nil, i18n.Errorf("%s: sheet %q has values beyond column %d in row %d: delete the columns beyond the records", name, sheet, MaxSheetColumns, n)
		}
		out, last = append(out, cells), n
	}
	if err := rows.Error(); err != nil {
		return nil, i18n.Errorf("%s: sheet %q: %w", name, sheet, err)
	}
	return out[:last], nil
}
