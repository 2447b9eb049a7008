package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestDeflaterAcrossParts: one compressor, reset for each part, gives
// parts that each read back whole, compressed.
func TestDeflaterAcrossParts(t *testing.T) {
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	zw.RegisterCompressor(zip.Deflate, deflater())
	want := map[string]string{}
	for i := range 3 {
		name := fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		want[name] = strings.Repeat(fmt.Sprintf("<row r=\"%d\"><c><v>%d</v></c></row>", i, i*i), 1000*(i+1))
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(want[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	got := zipParts(t, out.Bytes())
	for name, content := range want {
		if string(got[name]) != content {
			t.Errorf("%s read back as %d bytes, want %d", name, len(got[name]), len(content))
		}
	}
	if total := len(want["xl/worksheets/sheet3.xml"]); out.Len() > total/10 {
		t.Errorf("the zip is %d bytes, its largest part %d: not compressed", out.Len(), total)
	}
}
