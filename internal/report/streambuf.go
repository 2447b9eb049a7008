package report

import (
	"bytes"
	"reflect"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// excelize's stream writer keeps a sheet in a bytes.Buffer until it holds
// excelize.StreamChunkSize (16 MiB), then moves it to a temporary file and
// fills the same buffer again. A bytes.Buffer doubles as it fills: it is
// exactly 16 MiB just before the line, so the row that crosses it doubles
// the buffer to 32 MiB, zeroed, of which half is never used, after 32 MiB of
// smaller buffers thrown away on the way (100k records: 13 MB more peak
// memory and a tenth more processor time). excelize has no setting for it,
// so a sheet that will spill gets a buffer of the chunk and a row's margin
// before its first row.

// rowMargin is room past the chunk for the row that crosses it. A longer
// row grows the buffer as before: the sheet is the same, the memory not
// spared.
const rowMargin = 1 << 20

// minCellXML is the fewest bytes excelize writes for a cell of a row:
// `<c r="A2"></c>` and the cell's text, escaped. The row's own tags add
// more, so a sheet's size estimated from this is never too large.
const minCellXML = len(`<c r="A2"></c>`)

// sheetSize adds up the least a streamed sheet's XML takes, row by row, to
// tell whether it spills.
type sheetSize int

// add counts a row of cells.
func (s *sheetSize) add(row []cell) {
	n := len(row) * minCellXML
	for _, c := range row {
		if text, ok := c.v.(string); ok {
			n += len(text)
		}
	}
	*s += sheetSize(n)
}

// spills says whether the sheet outgrows the stream writer's buffer.
func (s sheetSize) spills() bool { return int(s) >= excelize.StreamChunkSize }

// sizeStream gives the stream writer the buffer of a sheet that spills
// before its first row; it does nothing to a smaller sheet, whose buffer
// grows to fit as it would. It reports whether it found the buffer.
func sizeStream(sw *excelize.StreamWriter, s sheetSize) bool {
	buf := streamBuffer(sw)
	if buf == nil {
		return false
	}
	if s.spills() {
		buf.Grow(excelize.StreamChunkSize + rowMargin)
	}
	return true
}

// streamBuffer is the buffer inside the stream writer, or nil if excelize
// no longer keeps one where this looks (TestStreamBufferFound tells).
func streamBuffer(sw *excelize.StreamWriter) *bytes.Buffer {
	raw := reflect.ValueOf(sw).Elem().FieldByName("rawData")
	if !raw.IsValid() || raw.Kind() != reflect.Struct {
		return nil
	}
	buf := raw.FieldByName("buf")
	if !buf.IsValid() || buf.Type() != reflect.TypeFor[bytes.Buffer]() {
		return nil
	}
	return (*bytes.Buffer)(unsafe.Pointer(buf.UnsafeAddr()))
}
