package report

import (
	"bytes"
	"reflect"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// excelize's stream writer keeps a sheet in a bytes.Buffer until it holds
// excelize.StreamChunkSize (16 MiB), then moves it to a temporary file and
// fills the same buffer again. The buffer doubles as it fills, and each
// larger buffer is zeroed: a sheet of 10k records (7.6 MB of XML) made and
// cleared 16 MB of buffers, nearly half the time of the report; a sheet that
// spills doubled its buffer to 32 MiB at the line, half of it never used
// (100k records: 13 MB more peak memory, a tenth more processor time).
// excelize has no setting for it, so the sheet's first rows are written,
// what the rest needs is worked out from what they took, and the buffer is
// grown once to that, or to the chunk if the sheet spills.

// sizingRows is how many rows are written before the buffer is sized: few
// enough that their buffers cost nothing, enough to measure a row by.
const sizingRows = 256

// rowMargin is room past the chunk for the row that crosses it. A longer
// row grows the buffer as before: the sheet is the same, the memory not
// spared.
const rowMargin = 1 << 20

// sheetText counts the rows of a sheet and the bytes of their texts: a
// row's XML is its texts and a part of about the same size for every row
// (tags, references, numbers).
type sheetText struct{ rows, bytes int }

// add counts a row of cells.
func (s *sheetText) add(row []cell) {
	s.rows++
	for _, c := range row {
		if text, ok := c.v.(string); ok {
			s.bytes += len(text)
		}
	}
}

// streamSizer grows the buffer of a stream writer once, to what the whole
// sheet needs, after its first rows are written.
type streamSizer struct {
	buf   *bytes.Buffer // nil: nothing to size
	all   sheetText     // every row of the sheet
	seen  sheetText     // the rows written so far
	start int           // what the buffer held before the first row
}

// newStreamSizer sizes the buffer of sw for the rows of all, which are to
// be written next.
func newStreamSizer(sw *excelize.StreamWriter, all sheetText) *streamSizer {
	z := &streamSizer{buf: streamBuffer(sw), all: all}
	if z.buf != nil {
		z.start = z.buf.Len()
	}
	return z
}

// wrote counts a row written; after the first sizingRows it grows the
// buffer. A sheet of no more rows keeps the small buffer it has.
func (z *streamSizer) wrote(row []cell) {
	if z.buf == nil || z.seen.rows == sizingRows {
		return
	}
	z.seen.add(row)
	if z.seen.rows == sizingRows && z.all.rows > sizingRows {
		grow(z.buf, z.needed())
	}
}

// grow makes room for n more bytes in buf, as buf.Grow does, but in a new
// slice of its own: bytes.Buffer clears all of a larger buffer at once,
// while a new allocation comes cleared from the system and is touched only
// as it is written (Buffer.Grow of 8 MB took 85 ms here, most of it the
// collector waiting for the clearing to end).
func grow(buf *bytes.Buffer, n int) {
	if buf.Available() >= n {
		return
	}
	data := append(make([]byte, 0, buf.Len()+n), buf.Bytes()...)
	*buf = *bytes.NewBuffer(data)
}

// needed is how many more bytes the buffer must hold: the rest of the
// sheet measured by the rows written, a thirty-second more for texts
// longer once escaped, and its end; or up to the chunk and a row, if the
// sheet spills.
func (z *streamSizer) needed() int {
	perRow := max(0, z.buf.Len()-z.start-z.seen.bytes) / z.seen.rows
	rest := z.all.bytes - z.seen.bytes + (z.all.rows-z.seen.rows)*perRow
	rest += rest/32 + sheetEnd
	if z.buf.Len()+rest >= excelize.StreamChunkSize {
		return excelize.StreamChunkSize + rowMargin - z.buf.Len()
	}
	return rest
}

// sheetEnd is room for what follows the rows: the table, the print
// set-up, the closing tags.
const sheetEnd = 4 << 10

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
