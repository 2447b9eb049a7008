package importer

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// workbook is a small valid .xlsx, its first sheet changed by edit.
func workbook(t *testing.T, edit func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	if err := f.SetCellValue("Sheet1", "A1", "datum"); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(f)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// withPart copies the workbook zip and adds a part of size zero bytes,
// deflated: a few megabytes that expand to size.
func withPart(t *testing.T, xlsx []byte, name string, size int64) []byte {
	t.Helper()
	in, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return flate.NewWriter(out, flate.BestSpeed) })
	for _, f := range in.File {
		if err := w.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	part, err := w.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for written := int64(0); written < size; written += int64(len(zeros)) {
		if _, err := part.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestXLSXBomb: a workbook of a few megabytes that expands to 2 GiB is
// refused from its zip directory, fast and without expanding it.
func TestXLSXBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2 GiB expansion")
	}
	bomb := withPart(t, workbook(t, nil), "xl/media/image1.bin", 2<<30)
	if len(bomb) > 4<<20 {
		t.Fatalf("the bomb is %d bytes, want a few megabytes", len(bomb))
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := ReadXLSX("bomb.xlsx", bytes.NewReader(bomb), "")
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "expands to more than 64 MiB") {
		t.Fatalf("error %v, want the workbook refused for its expanded size", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 300<<20 {
		t.Errorf("reading the bomb allocated %d MiB, want under 300", alloc>>20)
	}
	if elapsed > 2*time.Second {
		t.Errorf("refusing the bomb took %v", elapsed)
	}
}

// TestXLSXSheetBounds: a sheet with a value beyond the last row or column
// rrp reads is refused; below the bounds it reads, and empty rows after
// the last value are left out as before.
func TestXLSXSheetBounds(t *testing.T) {
	tests := []struct {
		name string
		cell string
		want string // in the error; "" for none
		rows int
	}{
		{"last row read", "A100000", "", 100_000},
		{"beyond the last row", "A100001", "has values beyond row 100000", 0},
		{"last column read", "ALL2", "", 2},
		{"beyond the last column", "ALM2", "has values beyond column 1000 in row 2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xlsx := workbook(t, func(f *excelize.File) {
				if err := f.SetCellValue("Sheet1", tt.cell, "x"); err != nil {
					t.Fatal(err)
				}
			})
			tab, err := ReadXLSX("a.xlsx", bytes.NewReader(xlsx), "")
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) {
					t.Fatalf("error %v, want %q", err, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(tab.Rows) != tt.rows {
				t.Errorf("%d rows, want %d", len(tab.Rows), tt.rows)
			}
		})
	}
}
