package report

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/fstest"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/fulfil"
	"github.com/kraj-hk/rrp/internal/project"
)

// The files of a project the fuzzer mutates: the project, one key
// activity's plan and one records file.
const (
	fuzzProjectFile = "plans/project.yaml"
	fuzzPlanFile    = "plans/ka.yaml"
	fuzzRecordsFile = "records/r.yaml"
)

// FuzzProject mutates a whole small project and does what rrp validate,
// status and report do with it. Nothing may panic; every finding in one of
// the files points at a line the file has; no figure of the fulfilment is
// infinite or not a number; and the workbook is built.
func FuzzProject(f *testing.F) {
	for _, seed := range [][3]string{
		{"testdata/project/plans/project.yaml", "testdata/project/plans/ka04.yaml", "testdata/project/records/ka04.yaml"},
		{"../../templates/projects/mas-skch-socialni-zaclenovani/plans/project.yaml", "../../templates/projects/mas-skch-socialni-zaclenovani/plans/ka3-dobra-praxe.yaml", "../../templates/projects/mas-skch-socialni-zaclenovani/records/KA3/dokument.yaml"},
		{"../../templates/projects/lk-planovani-socialnich-sluzeb/plans/project.yaml", "../../templates/projects/lk-planovani-socialnich-sluzeb/plans/ka1-planovani.yaml", "../../templates/projects/lk-planovani-socialnich-sluzeb/records/KA1/kulate-stoly.yaml"},
	} {
		var files [3][]byte
		for i, name := range seed {
			data, err := os.ReadFile(filepath.FromSlash(name))
			if err != nil {
				f.Fatal(err)
			}
			files[i] = data
		}
		f.Add(files[0], files[1], files[2])
	}
	f.Add([]byte("id: p\nname: P\nstart: 2025-01-01\nend: 2025-12-31\nterritories: {t: {name: T, type: ORP}}\n"),
		[]byte("id: KA1\ntitle: A\nactivities:\n  - id: \"1.1\"\n    title: B\n    outputs:\n      - {id: o, title: O, unit: hour, target: 1}\n"),
		[]byte("- {date: 2025-03-12, output: 1.1/o, hours: 1.7e308}\n- {date: 2025-03-13, output: 1.1/o, hours: 1.7e308}\n"))
	today := date.New(2026, 6, 30)
	f.Fuzz(func(t *testing.T, projectYAML, planYAML, recordsYAML []byte) {
		fsys := fstest.MapFS{
			fuzzProjectFile: {Data: projectYAML},
			fuzzPlanFile:    {Data: planYAML},
			fuzzRecordsFile: {Data: recordsYAML},
		}
		snap, err := project.Open(fsys, ".", project.Options{Today: today})
		if err != nil {
			return
		}
		checked := snap.Check(0)
		findingsInside(t, checked.Findings, fsys)
		opts, err := snap.Options(fulfil.Request{Today: today, Thresholds: fulfil.DefaultThresholds})
		if err != nil {
			t.Fatalf("the default request is refused: %v", err)
		}
		res := snap.Fulfil(opts)
		if largest(reflect.ValueOf(snap.Records)) <= maxRecordValue {
			if where := notFinite(reflect.ValueOf(res).Elem(), "Result"); where != "" {
				t.Fatalf("%s is not a finite number", where)
			}
		}
		wb, err := Build(&Input{Project: snap.Project, Result: res, Findings: checked.Findings, Generator: "rrp test", Private: snap.Private})
		if err != nil {
			t.Fatalf("the workbook: %v", err)
		}
		wb.Close()
	})
}

// findingsInside fails when a finding in one of the project's files names
// a line the file does not have. Any of YAML's line breaks counts.
func findingsInside(t *testing.T, fs []finding.Finding, files fstest.MapFS) {
	t.Helper()
	for _, fd := range fs {
		file, ok := files[filepath.ToSlash(fd.Pos.File())]
		if !ok || fd.Pos.Line == 0 {
			continue
		}
		lines := 1
		for _, br := range []string{"\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029"} {
			lines += bytes.Count(file.Data, []byte(br))
		}
		if int(fd.Pos.Line) > lines || fd.Pos.Col < 0 {
			t.Fatalf("%s:%d:%d is outside the file's %d lines: %s", fd.Pos.File(), fd.Pos.Line, fd.Pos.Col, lines, fd.Message)
		}
	}
}

// maxRecordValue is far above any real quantity, hours or participants
// and far below what sums of them could overflow. Values above their
// bounds (record.Within) add nothing since the bounds came in; the gate
// keeps the check on the arithmetic's own faults (a percentage of a tiny
// target, a pace over no days) for the inputs it was tuned on.
const maxRecordValue = 1e12

// largest is the largest magnitude of the floats in v, which holds no
// pointers (the records).
func largest(v reflect.Value) float64 {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		return math.Abs(v.Float())
	case reflect.Struct:
		m := 0.0
		for i := range v.NumField() {
			m = math.Max(m, largest(v.Field(i)))
		}
		return m
	case reflect.Slice, reflect.Array:
		m := 0.0
		for i := range v.Len() {
			m = math.Max(m, largest(v.Index(i)))
		}
		return m
	}
	return 0
}

// notFinite walks the fulfilment's values (not the plan and records it
// points to) and names the first float that is infinite or NaN.
func notFinite(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return path
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if where := notFinite(v.Field(i), path+"."+v.Type().Field(i).Name); where != "" {
				return where
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if where := notFinite(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); where != "" {
				return where
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if where := notFinite(it.Value(), path+"[…]"); where != "" {
				return where
			}
		}
	}
	return ""
}
