package store_test

import (
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// countKV counts Sets, to see which writes a Store makes.
type countKV struct {
	*store.Memory
	sets map[string]int
}

func (c *countKV) Set(k, v string) error {
	c.sets[k]++
	return c.Memory.Set(k, v)
}

// The cache never hides a value changed behind the Store's back: a record
// another tab wrote is read, and a record damaged since it was cached is
// reported and copied aside, never overwritten.
func TestCacheSeesOutsideChanges(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	other := newStore(m) // another tab over the same storage
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}), "")
	_, _, err := s.Document(docA.SHA256) // cached now
	code(t, err, "")

	code(t, other.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "b1", 9, 13, annotation.PER)}), "")
	_, got, err := s.Document(docA.SHA256)
	code(t, err, "")
	if len(got) != 1 || got[0].ID != "b1" {
		t.Fatalf("the other tab's save is hidden: %+v", got)
	}

	key := store.AnnPrefix + docA.SHA256
	m.Set(key, `{"version":1,"sha256":"`+docA.SHA256+`","annotations":[{"id":"x","start":0,"end":999}]}`)
	_, _, err = s.Document(docA.SHA256)
	code(t, err, annotation.ECORRUPT)
	if n := len(damagedCopies(t, s, key)); n != 1 {
		t.Fatalf("%d copies of the damaged record, want 1", n)
	}
}

// Annotations returned are the caller's: changing them does not change what
// the Store returns next.
func TestCacheReturnsCopies(t *testing.T) {
	s := newStore(store.NewMemory(0))
	code(t, s.SaveDocument(docA), "")
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}), "")
	for range 2 { // from the write, then from the read
		_, got, err := s.Document(docA.SHA256)
		code(t, err, "")
		got[0].Label = annotation.ORG
		_, again, _ := s.Document(docA.SHA256)
		if again[0].Label != annotation.LOC {
			t.Fatal("a caller's change reached the cache")
		}
	}
}

// What the cache returns equals what a fresh Store reads from storage,
// including strings that JSON cannot carry unchanged (invalid UTF-8 in a
// note becomes U+FFFD).
func TestCacheEqualsFreshRead(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	a := ann(t, docA, "a1", 30, 35, annotation.LOC)
	a.Note = "bad \xff byte"
	code(t, s.SaveAnnotations(docA.SHA256, []annotation.Annotation{a, ann(t, docA, "a2", 9, 13, annotation.PER)}), "")
	d1, got1, err1 := s.Document(docA.SHA256)
	d2, got2, err2 := newStore(m).Document(docA.SHA256)
	if err1 != nil || err2 != nil || d1 != d2 || !slices.Equal(got1, got2) {
		t.Fatalf("cached %+v %v, fresh %+v %v", got1, err1, got2, err2)
	}
	if i := slices.IndexFunc(got1, func(a annotation.Annotation) bool { return a.ID == "a1" }); i < 0 || got1[i].Note != "bad \uFFFD byte" {
		t.Fatalf("note %+v", got1)
	}
}

// A failed write (storage full) leaves the cache describing what is
// stored: the next read returns the old annotations.
func TestCacheAfterQuotaError(t *testing.T) {
	m := store.NewMemory(0)
	s := newStore(m)
	code(t, s.SaveDocument(docA), "")
	old := []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}
	code(t, s.SaveAnnotations(docA.SHA256, old), "")
	m.Quota = m.Used() + 10
	code(t, s.SaveAnnotations(docA.SHA256, append(old, ann(t, docA, "a2", 9, 13, annotation.PER), ann(t, docA, "a3", 14, 22, annotation.ORG))), annotation.EQUOTA)
	_, got, err := s.Document(docA.SHA256)
	if err != nil || !slices.Equal(got, old) {
		t.Fatalf("after a failed save: %+v %v", got, err)
	}
	// Annotations unchanged since the last save are not re-validated, but a
	// changed one is.
	bad := slices.Clone(old)
	bad[0].End = 999
	code(t, s.SaveAnnotations(docA.SHA256, bad), annotation.EINVALID)
}

// Invalidate forgets the cache; reads go on working, and a save writes the
// chunk and the index once each.
func TestInvalidate(t *testing.T) {
	c := &countKV{Memory: store.NewMemory(0), sets: map[string]int{}}
	s := newStore(c)
	code(t, s.SaveDocument(docA), "")
	anns := []annotation.Annotation{ann(t, docA, "a1", 30, 35, annotation.LOC)}
	code(t, s.SaveAnnotations(docA.SHA256, anns), "")
	s.Invalidate(store.AnnPrefix + docA.SHA256)
	if _, got, err := s.Document(docA.SHA256); err != nil || !slices.Equal(got, anns) {
		t.Fatalf("after Invalidate(key): %+v %v", got, err)
	}
	s.Invalidate()
	clear(c.sets)
	code(t, s.SaveAnnotations(docA.SHA256, anns), "")
	if c.sets[store.AnnPrefix+docA.SHA256+"/0"] != 1 || c.sets[store.IndexKey] != 1 || len(c.sets) != 2 {
		t.Fatalf("writes: %v", c.sets)
	}
}
