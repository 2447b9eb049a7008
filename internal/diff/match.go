package diff

import (
	"cmp"
	"slices"
)

// RecordChanges are the records a change adds, removes and edits. Moved
// counts records that only went to another file: they change nothing.
type RecordChanges struct {
	Added   []Rec
	Removed []Rec
	Changed []RecordChange
	Moved   int
}

// RecordChange is one record edited in place.
type RecordChange struct {
	Before, After Rec
	Fields        []FieldChange
}

// MatchRecords pairs the records of two sides and tells which were added,
// removed or edited.
//
// Records have no mandatory identity, so they are paired in steps, each
// on what is left by the ones before:
//
//  1. by id, when the record has one: the author said which record it is,
//     wherever it moved and whatever was edited;
//  2. in the same file, by identical content: inserting or deleting a
//     record shifts the positions of every record after it, so position
//     alone would call them all edited; identical records pair in file
//     order, so a duplicate removed is one removed;
//  3. in the same file, records left over that share their output or
//     their date (the best such pair first, then in file order), as one
//     record edited: a reviewer wants "quantity 1 → 3", not one record
//     removed and another added; records that share neither are
//     different events;
//  4. in other files, by identical content: a record moved to another
//     file changes nothing.
//
// What is left is added (head) or removed (base).
func MatchRecords(base, head []Rec) RecordChanges {
	m := &matcher{base: base, head: head, baseDone: make([]bool, len(base)), headDone: make([]bool, len(head))}
	m.byID()
	m.byContent(true)
	m.edited()
	m.byContent(false)
	return m.changes()
}

type matcher struct {
	base, head         []Rec
	baseDone, headDone []bool
	out                RecordChanges
}

// pair records base[i] and head[j] as the same record.
func (m *matcher) pair(i, j int) {
	m.baseDone[i], m.headDone[j] = true, true
	b, h := &m.base[i], &m.head[j]
	switch fs := changedFields(b, h); {
	case len(fs) > 0:
		m.out.Changed = append(m.out.Changed, RecordChange{Before: *b, After: *h, Fields: fs})
	case b.File != h.File:
		m.out.Moved++
	}
}

// queue returns, per key, the unpaired head records in order.
func (m *matcher) queue(key func(*Rec) (string, bool)) map[string][]int {
	q := map[string][]int{}
	for j := range m.head {
		if m.headDone[j] {
			continue // paired already: its key (a record's whole content) is not made
		}
		if k, ok := key(&m.head[j]); ok {
			q[k] = append(q[k], j)
		}
	}
	return q
}

// take pairs each unpaired base record with the first unpaired head
// record of the same key.
func (m *matcher) take(key func(*Rec) (string, bool)) {
	q := m.queue(key)
	if len(q) == 0 {
		return
	}
	for i := range m.base {
		if m.baseDone[i] {
			continue
		}
		k, ok := key(&m.base[i])
		if !ok || len(q[k]) == 0 {
			continue
		}
		m.pair(i, q[k][0])
		q[k] = q[k][1:]
	}
}

func (m *matcher) byID() {
	m.take(func(r *Rec) (string, bool) { return r.ID, r.ID != "" })
}

func (m *matcher) byContent(sameFile bool) {
	m.take(func(r *Rec) (string, bool) {
		if sameFile {
			return r.File + "\x00" + r.content(), true
		}
		return r.content(), true
	})
}

// edited pairs the records left in each file that share their output or
// date: both first, then the output, then the date.
func (m *matcher) edited() {
	for _, want := range []int{3, 2, 1} {
		for i := range m.base {
			if m.baseDone[i] {
				continue
			}
			for j := range m.head {
				if !m.headDone[j] && m.base[i].File == m.head[j].File && likeness(&m.base[i], &m.head[j]) == want {
					m.pair(i, j)
					break
				}
			}
		}
	}
}

// likeness scores how alike two records are: 2 for the same output, 1
// for the same date.
func likeness(a, b *Rec) int {
	s := 0
	if a.Get("output") == b.Get("output") {
		s += 2
	}
	if a.Get("date") == b.Get("date") {
		s++
	}
	return s
}

// changes collects the unpaired records and orders everything as the
// files list it.
func (m *matcher) changes() RecordChanges {
	for i, done := range m.baseDone {
		if !done {
			m.out.Removed = append(m.out.Removed, m.base[i])
		}
	}
	for j, done := range m.headDone {
		if !done {
			m.out.Added = append(m.out.Added, m.head[j])
		}
	}
	slices.SortStableFunc(m.out.Changed, func(a, b RecordChange) int { return compareRecs(&a.After, &b.After) })
	return m.out
}

func compareRecs(a, b *Rec) int {
	if c := cmp.Compare(a.File, b.File); c != 0 {
		return c
	}
	return cmp.Compare(a.Index, b.Index)
}
