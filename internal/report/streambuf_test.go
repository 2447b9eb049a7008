package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestStreamBufferFound: the buffer found in a new stream writer is the
// one excelize writes the sheet into (it starts with the XML
// declaration). A later excelize that keeps it elsewhere fails here rather
// than silently costing reports their memory.
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

func TestSheetSize(t *testing.T) {
	tests := []struct {
		name   string
		rows   int
		row    []cell
		want   int
		spills bool
	}{
		{"no rows", 0, []cell{{"x", 0}}, 0, false},
		{"numbers count their cell only", 2, []cell{{1.5, 0}, {nil, 0}}, 2 * 2 * minCellXML, false},
		{"texts count their bytes", 1, []cell{{"Broumovsko", 0}, {"čč", 0}}, 2*minCellXML + 10 + 4, false},
		{"a chunk of text spills", 1 << 10, []cell{{strings.Repeat("a", 1<<14), 0}}, 1 << 10 * (minCellXML + 1<<14), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s sheetSize
			for range tt.rows {
				s.add(tt.row)
			}
			if int(s) != tt.want || s.spills() != tt.spills {
				t.Errorf("size %d, spills %v; want %d, %v", s, s.spills(), tt.want, tt.spills)
			}
		})
	}
}

// TestSizedStreamSpillsOnce: a sheet past the chunk, written into a sized
// buffer, is the same sheet as excelize writes on its own, and the buffer
// made before the first row is the one it ends with.
func TestSizedStreamSpillsOnce(t *testing.T) {
	text := strings.Repeat("Setkání pracovní skupiny & plánování ", 200) // ~7.6 kB
	row := []any{text, text, text, 42}
	rows := excelize.StreamChunkSize/(3*len(text)) + 100
	var size sheetSize
	for range rows {
		size.add([]cell{{text, 0}, {text, 0}, {text, 0}, {42, 0}})
	}
	if !size.spills() {
		t.Fatalf("the test's sheet (%d bytes at least) does not spill", size)
	}
	sheet := func(sized bool) (xml string, grown bool) {
		f := excelize.NewFile()
		defer f.Close()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			t.Fatal(err)
		}
		if sized && !sizeStream(sw, size) {
			t.Fatal("buffer not found")
		}
		before := streamBuffer(sw).Cap()
		for r := range rows {
			cellRef, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := sw.SetRow(cellRef, row); err != nil {
				t.Fatal(err)
			}
		}
		grown = streamBuffer(sw).Cap() != before
		if err := sw.Flush(); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := writeWorkbook(f, &out); err != nil {
			t.Fatal(err)
		}
		return string(zipParts(t, out.Bytes())["xl/worksheets/sheet1.xml"]), grown
	}
	plain, plainGrown := sheet(false)
	sized, sizedGrown := sheet(true)
	if sized != plain {
		t.Errorf("the sized buffer wrote another sheet (%d bytes against %d)", len(sized), len(plain))
	}
	if sizedGrown || !plainGrown {
		t.Errorf("the sized buffer grew: %v; excelize's own: %v", sizedGrown, plainGrown)
	}
}
