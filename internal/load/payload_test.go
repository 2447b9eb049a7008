package load

import (
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"github.com/kraj-hk/rrp/internal/date"
	"github.com/kraj-hk/rrp/internal/finding"
	"github.com/kraj-hk/rrp/internal/i18n"
	"github.com/kraj-hk/rrp/internal/record"
	"github.com/kraj-hk/rrp/internal/source"
)

// roundTrip encodes what a records file decoded to and decodes it again,
// failing unless the result is the same: what the cache returns is what
// parsing the file gives.
func roundTrip(t *testing.T, name string, recs []record.Record, comments []source.Value[string], found *finding.List) {
	t.Helper()
	payload, err := encodeRecordsFile(name, recs, comments, found.Sorted())
	if err != nil {
		t.Logf("not cached: %v", err)
		return
	}
	n, c, _, err := payloadCounts(payload)
	if err != nil || n != len(recs) || c != len(comments) {
		t.Fatalf("counts %d, %d (%v), want %d, %d", n, c, err, len(recs), len(comments))
	}
	gotRecs, gotComments := make([]record.Record, n), make([]source.Value[string], c)
	var gotFound finding.List
	if err := decodePayload(name, payload, gotRecs, gotComments, &gotFound); err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		gotRecs = recs // nil and empty: both no records
	}
	if len(comments) == 0 {
		gotComments = comments
	}
	if !reflect.DeepEqual(gotRecs, recs) {
		t.Errorf("records:\n got %+v\nwant %+v", gotRecs, recs)
	}
	if !reflect.DeepEqual(gotComments, comments) {
		t.Errorf("comments:\n got %+v\nwant %+v", gotComments, comments)
	}
	if got, want := gotFound.Sorted(), found.Sorted(); !reflect.DeepEqual(got, want) {
		t.Errorf("findings:\n got %+v\nwant %+v", got, want)
	}
}

// TestPayloadEveryField: every field of a record and of a finding, each
// set, survives the payload. A field added to either without a place in
// the payload fails here.
func TestPayloadEveryField(t *testing.T) {
	const name = "records/a.yaml"
	var rec record.Record
	fill(reflect.ValueOf(&rec).Elem(), name, new(int))
	var empty record.Record
	empty.Evidence, empty.Unread = []source.Value[string]{}, []string{}
	f := finding.New(finding.Error, source.At(name, 3, 4), "code", "hint", "%s %d %d %d %g %t %v %v",
		"text", 1, int32(2), int64(3), 1.5, true, date.New(2025, 3, 12), []string{"a", "b"})
	f = f.Relate(source.At(name, 1, 1), source.At("plans/other.yaml", 2, 2), source.Pos{})
	f = f.WithHint("write %s or %v", i18n.T("the target"), i18n.T("%d records", 2))
	var g finding.Finding
	fill(reflect.ValueOf(&g).Elem(), name, new(int))
	g.Sheet, g.Args, g.HintArgs = nil, []any{"only strings here"}, []any{"and here"}
	var found finding.List
	found.Add(f)
	found.Add(g)
	comments := []source.Value[string]{{Val: "# a", Pos: source.At(name, 1, 1)}, {Val: "# b", Pos: source.At("elsewhere", 1, 1)}}
	roundTrip(t, name, []record.Record{rec, empty, {}}, comments, &found)
}

// fill sets every field of v to a value that is not zero, positions in
// the file name or in another; n makes the values differ.
func fill(v reflect.Value, name string, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprint("s", *n))
	case reflect.Int, reflect.Int32, reflect.Int64:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.25)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), name, n)
		}
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), name, n)
	case reflect.Interface:
		v.Set(reflect.ValueOf(fmt.Sprint("arg", *n)))
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[source.Pos]() {
			file := name
			if *n%3 == 0 {
				file = "plans/other.yaml"
			}
			v.Set(reflect.ValueOf(source.At(file, *n, *n+1)))
			return
		}
		for i := range v.NumField() {
			fill(v.Field(i), name, n)
		}
	default:
		panic("fill: no value for " + v.Type().String())
	}
}

// TestPayloadDamaged: a payload cut short or changed anywhere decodes to
// an error or to values, never to a panic.
func TestPayloadDamaged(t *testing.T) {
	var found finding.List
	recs := decodeRecords("r.yaml", []byte("- date: 2025-03-12\n  output: 4.1/e\n  hours: x\n  participants: {total: 8, by_group: {seniori: 5}}\n  evidence: [a.pdf]\n"), &found)
	payload, err := encodeRecordsFile("r.yaml", recs, nil, found.Sorted())
	if err != nil {
		t.Fatal(err)
	}
	for i := range payload {
		for _, b := range [][]byte{payload[:i], flip(payload, i)} {
			n, c, _, err := payloadCounts(b)
			if err != nil || n > 100 || c > 100 {
				continue
			}
			var fl finding.List
			_ = decodePayload("r.yaml", b, make([]record.Record, n), make([]source.Value[string], c), &fl)
		}
	}
}

func flip(b []byte, i int) []byte {
	out := append([]byte(nil), b...)
	out[i] ^= 0xff
	return out
}

// TestOneRecordFileAllocatesLittle: decoding the payload of a file of one
// record allocates about what the record's slices need, not a chunk for
// many records: a project may hold 100k files of one record each.
func TestOneRecordFileAllocatesLittle(t *testing.T) {
	const name = "records/2025/r.yaml"
	var found finding.List
	recs, comments := decodeRecordsFile(name, []byte(`- date: 2025-03-12
  output: 4.1/supervize
  participants: {total: 12, by_group: {seniori: 4, neformalni-pecujici: 6}}
  evidence: [a.pdf, b.pdf]
`), &found)
	payload, err := encodeRecordsFile(name, recs, comments, found.Sorted())
	if err != nil || len(recs) != 1 {
		t.Fatalf("%d records, %v", len(recs), err)
	}
	into := make([]record.Record, 1)
	const runs = 100
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		if err := decodePayload(name, payload, into, nil, &found); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / runs; per > 1024 {
		t.Errorf("decoding one record allocates %d bytes", per)
	}
}
