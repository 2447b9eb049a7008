package report

import (
	"math"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/plan"
)

// Number formats. Separators follow the reader's locale: a Czech Excel or
// LibreOffice shows 1 234,5 for #,##0.0.
var (
	fmtDate    = `d". "m". "yyyy` // Czech display: 12. 3. 2025
	fmtInteger = "#,##0"
	fmtDecimal = "#,##0.0#"
	fmtPercent = "0.0 %" // Czech typography: a space before the sign
	// A minimum or a maximum stays a number (it sorts and sums) and reads
	// "min. 33", "max. 20".
	fmtAtLeast        = `"min. "#,##0`
	fmtAtLeastDecimal = `"min. "#,##0.0#`
	fmtAtMost         = `"max. "#,##0`
	fmtAtMostDecimal  = `"max. "#,##0.0#`
	fmtMoney          = `#,##0" Kč"`
	fmtMoneyDecimal   = `#,##0.00" Kč"`
)

// styles are the cell styles of the workbook, made once.
type styles struct {
	title, label, header, text, wrap, integer, decimal, percent, date, total, totalWrap, totalPercent int
	atLeast, atLeastDecimal, atMost, atMostDecimal, money, moneyDecimal                               int
	// Conditional (differential) formats for the status colours.
	green, amber, red, grey int
}

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	border := []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	font := func(bold bool, size float64) *excelize.Font {
		return &excelize.Font{Family: "Calibri", Size: size, Bold: bold}
	}
	top := &excelize.Alignment{Vertical: "top"}
	defs := []struct {
		dst   *int
		style excelize.Style
	}{
		{&s.title, excelize.Style{Font: font(true, 14)}},
		{&s.label, excelize.Style{Font: font(true, 11), Alignment: top}},
		{&s.header, excelize.Style{Font: font(true, 11), Border: border, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}}},
		{&s.text, excelize.Style{Font: font(false, 11), Alignment: top}},
		{&s.wrap, excelize.Style{Font: font(false, 11), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.integer, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtInteger}},
		{&s.decimal, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtDecimal}},
		{&s.percent, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtPercent}},
		{&s.date, excelize.Style{Font: font(false, 11), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, CustomNumFmt: &fmtDate}},
		{&s.total, excelize.Style{Font: font(true, 11), Alignment: top, Border: []excelize.Border{{Type: "top", Color: "808080", Style: 1}}}},
		{&s.totalWrap, excelize.Style{Font: font(true, 11), Border: []excelize.Border{{Type: "top", Color: "808080", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
		{&s.totalPercent, excelize.Style{Font: font(true, 11), Alignment: top, Border: []excelize.Border{{Type: "top", Color: "808080", Style: 1}}, CustomNumFmt: &fmtPercent}},
		{&s.atLeast, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtAtLeast}},
		{&s.atLeastDecimal, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtAtLeastDecimal}},
		{&s.atMost, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtAtMost}},
		{&s.atMostDecimal, excelize.Style{Font: font(false, 11), Alignment: top, CustomNumFmt: &fmtAtMostDecimal}},
		{&s.money, excelize.Style{Font: font(false, 11), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, CustomNumFmt: &fmtMoney}},
		{&s.moneyDecimal, excelize.Style{Font: font(false, 11), Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}, CustomNumFmt: &fmtMoneyDecimal}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.style)
		if err != nil {
			return nil, err
		}
		*d.dst = id
	}
	conds := []struct {
		dst        *int
		font, fill string
	}{
		{&s.green, "006100", "C6EFCE"},
		{&s.amber, "9C5700", "FFEB9C"},
		{&s.red, "9C0006", "FFC7CE"},
		{&s.grey, "595959", "EDEDED"},
	}
	for _, c := range conds {
		id, err := f.NewConditionalStyle(&excelize.Style{
			Font: &excelize.Font{Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
		if err != nil {
			return nil, err
		}
		*c.dst = id
	}
	return s, nil
}

// number is a numeric cell: whole numbers without decimals, others with
// one or two (a format like #,##0.## would leave a dangling separator on
// whole numbers).
func (s *styles) number(v float64) cell {
	if v == math.Trunc(v) {
		return cell{v, s.integer}
	}
	return cell{v, s.decimal}
}

// target is a target cell: a number that reads as what it is, "min. 33"
// for a minimum, "max. 20" for a maximum, the number alone for a target.
func (s *styles) target(v float64, kind plan.TargetKind) cell {
	whole := v == math.Trunc(v)
	switch {
	case kind == plan.AtLeast && whole:
		return cell{v, s.atLeast}
	case kind == plan.AtLeast:
		return cell{v, s.atLeastDecimal}
	case kind == plan.AtMost && whole:
		return cell{v, s.atMost}
	case kind == plan.AtMost:
		return cell{v, s.atMostDecimal}
	}
	return s.number(v)
}

// amount is a sum of money in crowns, haléře only when there are some.
func (s *styles) amount(v float64) cell {
	if v == math.Trunc(v) {
		return cell{v, s.money}
	}
	return cell{v, s.moneyDecimal}
}

// wraps are the styles that wrap text, for the grid to fit row heights.
func (s *styles) wraps() []int { return []int{s.wrap, s.totalWrap} }
