package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/kraj-hk/rrp/internal/fulfil"
)

var controlColumns = []string{"Závažnost", "Soubor", "Řádek", "Sloupec", "Kontrola", "Zjištění", "Jak opravit"}

// controlSheet lists what the reviewer should know about the data behind
// the figures: records left out of the count, then every validation
// finding with its file and line.
func controlSheet(f *excelize.File, st *styles, in *Input) error {
	g := &grid{f: f, sheet: sheetControls, wraps: st.wraps()}
	if err := g.header(st.header, controlColumns); err != nil {
		return err
	}
	for _, note := range countNotes(in.Result) {
		if err := g.fitted(cell{"informace", st.text}, cell{}, cell{}, cell{}, cell{note[0], st.text}, cell{note[1], st.wrap}); err != nil {
			return err
		}
	}
	for _, fd := range in.Findings {
		var line, col any
		if fd.Pos.Line > 0 {
			line, col = int(fd.Pos.Line), int(fd.Pos.Col)
		}
		msg, hint := czech(fd)
		if err := g.fitted(
			cell{severityLabel(fd.Severity), st.text}, cell{fd.Pos.File, st.text}, cell{line, st.integer}, cell{col, st.integer},
			cell{string(fd.Code), st.text}, cell{msg, st.wrap}, cell{hint, st.wrap},
		); err != nil {
			return err
		}
	}
	if g.row == 1 {
		if err := g.add(cell{"v pořádku", st.text}, cell{}, cell{}, cell{}, cell{}, cell{"Data neobsahují žádná zjištění.", st.text}); err != nil {
			return err
		}
	}
	g.limit(5, wrapWidth)
	g.limit(6, wrapWidth)
	if err := g.setWidths(); err != nil {
		return err
	}
	if err := freezeHeader(f, sheetControls, 1); err != nil {
		return err
	}
	return printSetup(f, sheetControls, 1)
}

// countNotes says which records the figures leave out, and why.
func countNotes(r *fulfil.Result) [][2]string {
	var notes [][2]string
	if r.Later > 0 {
		notes = append(notes, [2]string{"po-datu-stavu", fmt.Sprintf("Do čísel nejsou započteny záznamy s datem po %s: %s.", czDate(r.AsOf), records(r.Later))})
	}
	if r.Skipped > 0 {
		notes = append(notes, [2]string{"mimo-plan", fmt.Sprintf("Do čísel nejsou započteny záznamy bez data nebo bez platného odkazu na výstup plánu: %s.", records(r.Skipped))})
	}
	return notes
}
