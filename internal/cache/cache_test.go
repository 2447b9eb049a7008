package cache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/kraj-hk/rrp/internal/safefile"
)

// old is a stat of a file changed well before the run.
var old = Stat{Size: 10, ModNano: time.Now().Add(-time.Hour).UnixNano(), Inode: 7, ChangeNano: 1}

func entry(rel, text string, st Stat) Entry {
	return Entry{Rel: rel, Stat: st, Sum: SumOf([]byte(text)), Payload: []byte("payload of " + text)}
}

func TestPackRoundTrip(t *testing.T) {
	c := ForBuild(t.TempDir(), "b1")
	p := c.Project("/p")
	if _, ok := p.Fast("a.yaml", old); ok {
		t.Fatal("an empty cache found a file")
	}
	if err := p.Save([]Entry{entry("a.yaml", "A", old), entry("b.yaml", "B", old)}); err != nil {
		t.Fatal(err)
	}
	p = c.Project("/p")
	e, ok := p.Fast("a.yaml", old)
	if !ok || string(e.Payload) != "payload of A" || e.Sum != SumOf([]byte("A")) {
		t.Fatalf("Fast(a.yaml) = %+v, %v", e, ok)
	}
	changed := old
	changed.ModNano++
	if _, ok := p.Fast("a.yaml", changed); ok {
		t.Error("a file with another modification time was taken as unchanged")
	}
	if payload, ok := p.ByContent(SumOf([]byte("B"))); !ok || string(payload) != "payload of B" {
		t.Errorf("ByContent(B) = %q, %v", payload, ok)
	}
	if _, ok := p.ByContent(SumOf([]byte("C"))); ok {
		t.Error("ByContent found bytes never cached")
	}
	if other := c.Project("/q"); len(other.byPath) != 0 {
		t.Error("another project read this one's pack")
	}
}

// TestRacyFile: a file changed just before the run is kept without its
// stat, so a second change in the same clock tick cannot hide.
func TestRacyFile(t *testing.T) {
	c := ForBuild(t.TempDir(), "b1")
	recent := Stat{Size: 10, ModNano: time.Now().UnixNano(), Inode: 7, ChangeNano: 1}
	if err := c.Project("/p").Save([]Entry{entry("a.yaml", "A", recent)}); err != nil {
		t.Fatal(err)
	}
	p := c.Project("/p")
	if _, ok := p.Fast("a.yaml", recent); ok {
		t.Error("a file changed just before the run was taken as unchanged by its stat")
	}
	if _, ok := p.ByContent(SumOf([]byte("A"))); !ok {
		t.Error("its contents were not kept")
	}
}

// TestOtherBuild: a pack of another build is not read, even under this
// build's name.
func TestOtherBuild(t *testing.T) {
	dir := t.TempDir()
	a, b := ForBuild(dir, "build-a"), ForBuild(dir, "build-b")
	if err := a.Project("/p").Save([]Entry{entry("a.yaml", "A", old)}); err != nil {
		t.Fatal(err)
	}
	if _, ok := b.Project("/p").Fast("a.yaml", old); ok {
		t.Fatal("build b read build a's pack")
	}
	data, err := os.ReadFile(a.packPath("/p"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(b.packPath("/p"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok := b.Project("/p").Fast("a.yaml", old); ok {
		t.Error("build b read build a's pack put in its place")
	}
}

// TestDamagedPack: a pack with any byte changed, or cut short, reads as
// no pack.
func TestDamagedPack(t *testing.T) {
	c := ForBuild(t.TempDir(), "b1")
	if err := c.Project("/p").Save([]Entry{entry("a.yaml", "A", old), entry("b.yaml", "B", old)}); err != nil {
		t.Fatal(err)
	}
	path := c.packPath("/p")
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damaged := [][]byte{good[:len(good)-1], good[:len(good)/2], nil, append(bytes.Clone(good), 0)}
	for i := range good {
		for _, flip := range []byte{0x01, 0x80, 0xff} {
			b := bytes.Clone(good)
			b[i] ^= flip
			damaged = append(damaged, b)
		}
	}
	for i, b := range damaged {
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		p := c.Project("/p")
		if len(p.byPath) != 0 || len(p.bySum) != 0 {
			t.Fatalf("damage %d: the pack was read", i)
		}
	}
}

// TestEviction: past the limit, the packs used least recently go; the one
// just written stays.
func TestEviction(t *testing.T) {
	dir := t.TempDir()
	c := ForBuild(dir, "b1")
	big := Entry{Rel: "a.yaml", Stat: old, Payload: bytes.Repeat([]byte("x"), 1000)}
	for i := range 5 {
		root := fmt.Sprint("/p", i)
		if err := c.Project(root).Save([]Entry{big}); err != nil {
			t.Fatal(err)
		}
		stamp := time.Now().Add(time.Duration(i-10) * time.Minute)
		if err := os.Chtimes(c.packPath(root), stamp, stamp); err != nil {
			t.Fatal(err)
		}
	}
	stale := filepath.Join(dir, ".x.pack.1.tmp")
	if err := os.WriteFile(stale, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	long := time.Now().Add(-2 * staleTmp)
	if err := os.Chtimes(stale, long, long); err != nil {
		t.Fatal(err)
	}
	c.Limit = 2500 // two packs and a little
	if err := c.Project("/p9").Save([]Entry{big}); err != nil {
		t.Fatal(err)
	}
	for root, want := range map[string]bool{"/p0": false, "/p3": false, "/p4": true, "/p9": true} {
		if _, err := os.Stat(c.packPath(root)); (err == nil) != want {
			t.Errorf("pack of %s kept: %v, want %v", root, err == nil, want)
		}
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the temporary file of a run stopped an hour ago was kept")
	}
}

// TestConcurrentRuns: runs that read and write one project's pack at
// once each see a whole pack, their own or another's.
func TestConcurrentRuns(t *testing.T) {
	c := ForBuild(t.TempDir(), "b1")
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				text := fmt.Sprint(w, "/", i)
				p := c.Project("/p")
				a, _ := p.Fast("a.yaml", old)
				b, _ := p.Fast("b.yaml", old)
				if len(p.byPath) != 0 && (len(p.byPath) != 2 || !bytes.Equal(a.Payload, b.Payload)) {
					t.Errorf("a torn pack: %d entries, %q and %q", len(p.byPath), a.Payload, b.Payload)
				}
				if err := p.Save([]Entry{entry("a.yaml", text, old), entry("b.yaml", text, old)}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	p := c.Project("/p")
	a, okA := p.Fast("a.yaml", old)
	b, okB := p.Fast("b.yaml", old)
	if !okA || !okB || !bytes.Equal(a.Payload, b.Payload) {
		t.Errorf("the last pack is not one run's: %q, %q", a.Payload, b.Payload)
	}
	if left, _ := filepath.Glob(filepath.Join(c.Dir(), "*"+safefile.TempSuffix)); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestBuildKey: the running build has a key, the same each time it is
// asked.
func TestBuildKey(t *testing.T) {
	if k := BuildKey(); k == "" || k != BuildKey() {
		t.Errorf("BuildKey() = %q, then %q", k, BuildKey())
	}
}

// TestPackReplacedWhileOpen: a run whose pack another run replaces (or the
// eviction of another project removes) keeps the payloads it opened,
// whole, since its records' texts live in them; the next run reads the
// new pack.
func TestPackReplacedWhileOpen(t *testing.T) {
	c := ForBuild(t.TempDir(), "b1")
	if err := c.Project("/p").Save([]Entry{entry("a.yaml", "A", old)}); err != nil {
		t.Fatal(err)
	}
	first := c.Project("/p")
	e, ok := first.Fast("a.yaml", old)
	if !ok {
		t.Fatal("the saved pack was not read")
	}
	if err := c.Project("/p").Save([]Entry{entry("a.yaml", "changed", old)}); err != nil {
		t.Fatal(err)
	}
	if string(e.Payload) != "payload of A" {
		t.Errorf("the open pack's payload became %q when the pack was replaced", e.Payload)
	}
	if err := os.Remove(first.path); err != nil {
		t.Fatal(err)
	}
	if string(e.Payload) != "payload of A" {
		t.Errorf("the open pack's payload became %q when the pack was removed", e.Payload)
	}
	if _, ok := c.Project("/p").Fast("a.yaml", old); ok {
		t.Error("a removed pack was read")
	}
}
