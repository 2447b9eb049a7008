package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// printSetup makes a sheet print as a document: A4 landscape, all columns
// on one page width, the header rows repeated on every page.
func printSetup(f *excelize.File, sheet string, headerRows int) error {
	size, landscape, wide, tall := 9, "landscape", 1, 0 // 9: A4
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &size, Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall,
	}); err != nil {
		return err
	}
	margin := 0.5 // inches
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Left: &margin, Right: &margin, Top: &margin, Bottom: &margin,
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddFooter: fmt.Sprintf("&L%s&RStrana &P z &N", sheet),
	}); err != nil {
		return err
	}
	if headerRows == 0 {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$1:$%d", sheet, headerRows),
		Scope:    sheet,
	})
}

// freezeHeader keeps the first rows in view while scrolling.
func freezeHeader(f *excelize.File, sheet string, rows int) error {
	return f.SetPanes(sheet, frozen(rows))
}

func frozen(rows int) *excelize.Panes {
	return &excelize.Panes{
		Freeze: true, YSplit: rows, TopLeftCell: ref(1, rows+1), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: ref(1, rows+1), ActiveCell: ref(1, rows+1), Pane: "bottomLeft"}},
	}
}
