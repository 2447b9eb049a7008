package table

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/kraj-hk/rrp/internal/golden"
	"github.com/kraj-hk/rrp/internal/i18n"
)

// sample has what the formats must get right: Czech text longer than its
// column, a sub-row, a pipe and Markdown characters in the text, every
// kind of cell, a machine-only column and a people-only one.
func sample() *Document {
	return &Document{
		Title: []string{"Testovací projekt (test)", "as of 2025-02-19 · period P2"},
		Table: Table{
			Columns: []Column{
				{Key: "id", Header: "id", For: Machines},
				{Key: "title", Header: "výstup", Max: 24, Indent: true},
				{Key: "achieved", Header: "splněno", Align: Right},
				{Key: "percent", Header: "%", Align: Right},
				{Key: "status", Header: "stav"},
				{Key: "reported", Header: "reported", For: Machines},
				{Key: "note", Header: "note", For: People},
			},
			Rows: []Row{
				{Cells: []any{"1.1/workshop", "aktivizační workshop – senioři", 1.5, Percent(75), Coded{"on_track", "on track"}, nil, ""}},
				{Cells: []any{"1.1/workshop/a", "Žluťoučký kůň | *úpěl*", 0.3333333, Percent(99.99), Coded{"behind", "behind"}, nil, "x_y"}, Sub: true},
				{Cells: []any{"1.1/letak", "leták", 12.0, Percent(100), Coded{"done", "done"}, false, nil}},
			},
			Footer: []any{nil, "celkem", 13.8333333, Percent(58.33), nil, nil, nil},
		},
		Notes: []string{"* internal output (reported: false)"},
	}
}

func TestFormats(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			r, err := New(name, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := r.Render(&b, sample()); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "sample."+name+".golden"), b.Bytes())
		})
	}
}

func TestJSONData(t *testing.T) {
	doc := sample()
	doc.Data = map[string]any{"český": "ano"}
	var b bytes.Buffer
	if err := (JSON{}).Render(&b, doc); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "{\n  \"český\": \"ano\"\n}\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEmptyTable(t *testing.T) {
	for _, name := range Names() {
		doc := sample()
		doc.Table.Rows, doc.Table.Footer = nil, nil
		r, _ := New(name, Options{})
		var b bytes.Buffer
		if err := r.Render(&b, doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if b.Len() == 0 {
			t.Errorf("%s: nothing printed", name)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xlsx", Options{}); err == nil {
		t.Error("no error for an unknown format")
	}
}

func TestCells(t *testing.T) {
	for _, tt := range []struct {
		v              any
		human, machine string
	}{
		{nil, "–", ""},
		{3, "3", "3"},
		{1.0 / 3, "0.33", "0.3333"},
		{-0.0000001, "0", "0"},
		{Percent(99.999), "99 %", "100"},
		{Percent(100.0000000001), "100 %", "100"},
		{Percent(133.3333), "133 %", "133.33"},
		{Percent(27.98), "28 %", "27.98"},
		{Percent(16.4), "16 %", "16.4"},
		{Percent(0.3), "<1 %", "0.3"},
		{Percent(0), "0 %", "0"},
		{Percent(-0.2), "0 %", "-0.2"},
		{true, "yes", "true"},
		{Bound{"min.", 33}, "min. 33", "33"},
		{Bound{"max.", 20.5}, "max. 20.5", "20.5"},
		{Coded{"at_risk", "at risk"}, "at risk", "at_risk"},
	} {
		if got := human(tt.v, nil); got != tt.human {
			t.Errorf("human(%v) = %q, want %q", tt.v, got, tt.human)
		}
		if got := machine(tt.v); got != tt.machine {
			t.Errorf("machine(%v) = %q, want %q", tt.v, got, tt.machine)
		}
	}
}

// TestHumanInCzech: a Czech reader gets decimal commas and yes/no in
// Czech; a program's cells do not change with the language.
func TestHumanInCzech(t *testing.T) {
	cs := i18n.New(i18n.Czech)
	for v, want := range map[any]string{4.1666: "4,17", 12.0: "12", Bound{Mark: "min.", Value: 2.5}: "min. 2,5", true: "ano", false: "ne", "4.1": "4.1", Percent(50): "50 %"} {
		if got := human(v, cs); got != want {
			t.Errorf("human(%v) in Czech = %q, want %q", v, got, want)
		}
	}
	if got := machine(4.1666); got != "4.1666" {
		t.Errorf("machine(4.1666) = %q", got)
	}
}
