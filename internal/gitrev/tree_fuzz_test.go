package gitrev

import (
	"archive/tar"
	"bytes"
	"errors"
	"io/fs"
	"testing"
	"time"
)

// tarOf writes entries as git archive does: a global header with the
// commit id, then folders, files and links.
func tarOf(f *testing.F, entries ...tar.Header) []byte {
	f.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	mod := time.Date(2025, 3, 12, 10, 0, 0, 0, time.UTC)
	if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeXGlobalHeader, Name: "pax_global_header", PAXRecords: map[string]string{"comment": "0123456789abcdef0123456789abcdef01234567"}}); err != nil {
		f.Fatal(err)
	}
	for _, h := range entries {
		h.ModTime, h.Mode = mod, 0o644
		var body []byte
		if h.Typeflag == tar.TypeReg {
			body = []byte("date: 2025-03-12\noutput: 4.1/supervize\n")
			h.Size = int64(len(body))
		}
		if err := tw.WriteHeader(&h); err != nil {
			f.Fatal(err)
		}
		if _, err := tw.Write(body); err != nil {
			f.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}

// FuzzReadTar feeds any bytes to the reader of git archive's tar. It must
// never panic; when it accepts them, the tree it made must walk without an
// error, every entry must stat as it was listed, and every file must read
// to its size.
func FuzzReadTar(f *testing.F) {
	dir := func(name string) tar.Header { return tar.Header{Typeflag: tar.TypeDir, Name: name} }
	reg := func(name string) tar.Header { return tar.Header{Typeflag: tar.TypeReg, Name: name} }
	link := func(name, to string) tar.Header {
		return tar.Header{Typeflag: tar.TypeSymlink, Name: name, Linkname: to}
	}
	f.Add(tarOf(f, dir("plans/"), reg("plans/project.yaml"), dir("records/"), dir("records/2025/"), reg("records/2025/a.yaml")))
	f.Add(tarOf(f, dir("records/"), link("records/b.yaml", "a.yaml"), reg("records/a.yaml"), link("records/loop", "loop"), link("records/out", "../../x")))
	f.Add(tarOf(f, link("plans", "elsewhere/plans"), reg("elsewhere/plans/project.yaml"), link("abs", "/etc")))
	f.Add(tarOf(f, reg("a"), reg("a/b")))
	f.Add(tarOf(f, reg("records/a.yaml"), reg("records/a.yaml")))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		m := newMemFS()
		if err := m.readTar(bytes.NewReader(data)); err != nil {
			return
		}
		m.finish()
		err := fs.WalkDir(m, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			info, err := m.Lstat(name)
			if err != nil {
				return err
			}
			if info.Mode().Type() != d.Type() {
				t.Fatalf("%s listed as %v, stats as %v", name, d.Type(), info.Mode().Type())
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if _, err := m.ReadLink(name); err != nil {
					t.Fatalf("link %s: %v", name, err)
				}
				_, _ = m.Stat(name) // may lead nowhere, must not loop
				return nil
			}
			if d.Type().IsRegular() {
				got, err := fs.ReadFile(m, name)
				if err != nil && !errors.Is(err, errNotHeld) {
					t.Fatalf("read %s: %v", name, err)
				}
				if err == nil && int64(len(got)) != info.Size() {
					t.Fatalf("%s read %d bytes of %d", name, len(got), info.Size())
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("walking an accepted tree: %v", err)
		}
		if _, err := m.Open("../x"); err == nil {
			t.Fatal("opened a path out of the tree")
		}
	})
}
