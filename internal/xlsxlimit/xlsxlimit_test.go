package xlsxlimit

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

func zipOf(t *testing.T, parts map[string]int) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for name, size := range parts {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(strings.Repeat("a", size))); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"small", zipOf(t, map[string]int{"xl/workbook.xml": 100}), nil},
		{"just under", zipOf(t, map[string]int{"a": MaxExpanded / 2, "b": MaxExpanded / 2}), nil},
		{"over in sum", zipOf(t, map[string]int{"a": MaxExpanded / 2, "b": MaxExpanded/2 + 1}), ErrTooLarge},
		{"not a zip", []byte("PK nothing"), zip.ErrFormat},
	}
	for _, tt := range tests {
		err := Check(tt.data)
		if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
}
