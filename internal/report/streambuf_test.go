package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestStreamBufferFound: the buffer found in a new stream writer is the
// one excelize writes the sheet into (it starts with the XML
// declaration). A later excelize that keeps it elsewhere fails here rather
// than silently costing reports their time and memory.
func TestStreamBufferFound(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	buf := streamBuffer(sw)
	if buf == nil {
		t.Fatal("no buffer in excelize's stream writer")
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("<?xml")) {
		t.Fatalf("the buffer found does not hold the sheet: %.40q", buf.Bytes())
	}
}

func TestSheetText(t *testing.T) {
	var s sheetText
	s.add([]cell{{"Broumovsko", 0}, {1.5, 0}, {nil, 0}})
	s.add([]cell{{"čč", 0}, {"", 0}})
	s.add(nil)
	if s != (sheetText{rows: 3, bytes: 10 + 4}) {
		t.Errorf("got %+v", s)
	}
}

// streamed is a sheet written as eventsSheet writes it, and what became
// of the buffer.
type streamed struct {
	xml         string
	sizedCap    int // the buffer's capacity once the first rows are written
	endCap, end int // its capacity and length after the last row
}

// streamSheet writes rows (a header first) into a new workbook's sheet,
// with the buffer sized or left to excelize.
func streamSheet(t *testing.T, rows [][]cell, sized bool) streamed {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	var all sheetText
	for _, row := range rows {
		all.add(row)
	}
	if err := sw.SetRow("A1", []any{"Datum", "Název", "Poznámka"}); err != nil {
		t.Fatal(err)
	}
	sizer := newStreamSizer(sw, all)
	buf := streamBuffer(sw)
	var s streamed
	for i, row := range rows {
		values := make([]any, len(row))
		for c, v := range row {
			values[c] = excelize.Cell{StyleID: v.style, Value: v.v}
		}
		if err := sw.SetRow(ref(1, i+2), values); err != nil {
			t.Fatal(err)
		}
		if sized {
			sizer.wrote(row)
		}
		if i+1 == min(len(rows), sizingRows) {
			s.sizedCap = buf.Cap()
		}
	}
	s.endCap, s.end = buf.Cap(), buf.Len()
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := writeWorkbook(f, &out); err != nil {
		t.Fatal(err)
	}
	s.xml = string(zipParts(t, out.Bytes())["xl/worksheets/sheet1.xml"])
	return s
}

// eventLikeRows are n rows of a date, a title and a note whose length
// varies from row to row, some with characters that XML escapes.
func eventLikeRows(n, noteLen int) [][]cell {
	rows := make([][]cell, n)
	for i := range rows {
		note := strings.Repeat("Setkání & plánování <KA4> ", 1+i%(2*noteLen/26+1))
		rows[i] = []cell{{float64(45658 + i%365), 1}, {fmt.Sprintf("Výstup 4.%d", i%9), 0}, {note, 0}}
	}
	return rows
}

// TestStreamSizer: a sized buffer writes the same sheet as excelize's
// own, grows once, after the first rows, to what the sheet needs (a
// little more, not a second doubling), or to the chunk if the sheet
// spills; a sheet of few rows is left as it is.
func TestStreamSizer(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]cell
		spills  bool
		compare bool // with the sheet excelize writes alone
	}{
		{"few rows", eventLikeRows(sizingRows/2, 40), false, true},
		{"just past the rows measured", eventLikeRows(sizingRows+1, 40), false, true},
		{"10k rows", eventLikeRows(10_000, 120), false, true},
		{"spills", eventLikeRows(4_500, 4_000), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sized := streamSheet(t, tt.rows, true)
			plain := streamSheet(t, tt.rows, false)
			if tt.compare && sized.xml != plain.xml {
				t.Fatalf("the sized buffer wrote another sheet (%d bytes against %d)", len(sized.xml), len(plain.xml))
			}
			if len(tt.rows) <= sizingRows {
				if sized.endCap != plain.endCap {
					t.Errorf("a sheet of %d rows got a buffer of %d bytes, not excelize's %d", len(tt.rows), sized.endCap, plain.endCap)
				}
				return
			}
			if sized.endCap != sized.sizedCap {
				t.Errorf("the buffer grew again after it was sized: %d, then %d", sized.sizedCap, sized.endCap)
			}
			if tt.spills {
				if sized.endCap < excelize.StreamChunkSize || sized.endCap > excelize.StreamChunkSize+2*rowMargin {
					t.Errorf("a sheet that spills got a buffer of %d bytes", sized.endCap)
				}
				return
			}
			if spare := sized.endCap - sized.end; spare > sized.end/8+sheetEnd {
				t.Errorf("%d bytes of buffer for a sheet of %d", sized.endCap, sized.end)
			}
		})
	}
}
