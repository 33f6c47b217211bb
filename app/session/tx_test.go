package session

import (
	"slices"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// Every command goes through Apply, and the inverse of what it returns
// brings back the state before it, in memory and in storage.
func TestApplyInvert(t *testing.T) {
	s, _ := newSession(t, 0)
	var log []Tx
	s.OnApply = func(tx Tx) { log = append(log, tx) }
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	steps := []struct {
		kind string
		do   func() error
	}{
		{"add", func() error { _, err := s.Add(0, 8, annotation.DATE); return err }},
		{"accept", func() error { return s.SetStatus(per.ID, annotation.Accepted) }},
		{"relabel", func() error { return s.Relabel(per.ID, annotation.ORG) }},
		{"note", func() error { return s.SetNote(per.ID, "ملاحظة") }},
		{"delete", func() error { return s.Delete(per.ID) }},
		{"dct", func() error { return s.SetDCT("2020-01-10") }},
	}
	for _, st := range steps {
		before, dct := s.Anns(), s.Doc.DCT
		n := len(log)
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.kind, err)
		}
		if len(log) != n+1 || log[n].Kind != st.kind || log[n].Time.IsZero() {
			t.Fatalf("%s: OnApply got %+v", st.kind, log[n:])
		}
		if _, err := s.Apply(log[n].Invert()); err != nil {
			t.Fatalf("undo %s: %v", st.kind, err)
		}
		if got := s.Anns(); !slices.Equal(got, before) || s.Doc.DCT != dct {
			t.Fatalf("undo %s: %d annotations, DCT %q; want %d, %q", st.kind, len(got), s.Doc.DCT, len(before), dct)
		}
		_, stored, err := s.Store.Document(s.Doc.SHA256)
		if Sort(stored); err != nil || !slices.Equal(stored, before) {
			t.Fatalf("undo %s: stored %d annotations (%v)", st.kind, len(stored), err)
		}
	}
	// Undoing the deletion of a suggestion forgets its tombstone: a new DCT
	// keeps it.
	if err := s.Delete(per.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(log[len(log)-1].Invert()); err != nil {
		t.Fatal(err)
	}
	if err := s.SetDCT("2020-01-10"); err != nil || !has(s, per.ID) {
		t.Fatalf("undone deletion came back as deleted: %v", err)
	}
}

// A transaction with one bad change applies none of them.
func TestApplyAtomic(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	good := per
	good.Status = annotation.Accepted
	bad := per
	bad.ID, bad.End = "x", 10_000
	for _, tx := range []Tx{
		{Changes: []Change{Put(good), Put(bad)}},
		{Changes: []Change{Put(good), Del("missing")}},
		{Changes: []Change{{}}},
	} {
		if _, err := s.Apply(tx); err == nil {
			t.Errorf("%+v: no error", tx)
		}
		if get(s, per.ID).Status != annotation.Suggested {
			t.Fatalf("%+v: partly applied", tx)
		}
	}
	// A change that changes nothing is left out of the applied transaction.
	if tx, err := s.Apply(Tx{Changes: []Change{Put(per)}}); err != nil || !tx.Empty() {
		t.Errorf("no-op: %+v %v", tx, err)
	}
}

// Case C23 on two sessions (two tabs) over one storage, edits interleaved
// without reloading, each tab refreshing on the other's writes (the storage
// event): every tab, and a third one opened later, has exactly both tabs'
// annotations, and the deleted one does not come back.
func TestTwoTabsC23(t *testing.T) {
	kv := store.NewMemory(0)
	tab := func() *Session {
		s := New(store.New(kv), kv)
		s.Annotate = noSuggestions
		return s
	}
	doc := annotation.NewDocument("قمة", "قال محمد إن القاهرة ستستضيف القمة")
	a, b := tab(), tab()
	if err := a.Open(doc); err != nil {
		t.Fatal(err)
	}
	if err := b.Open(doc); err != nil {
		t.Fatal(err)
	}
	loc, err := a.Add(12, 19, annotation.LOC)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(4, 8, annotation.PER); err != nil { // b has not seen the LOC
		t.Fatal(err)
	}
	if err := a.Delete(loc.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(28, 33, annotation.MISC); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*Session{a, b} {
		if _, err := s.Refresh(); err != nil {
			t.Fatal(err)
		}
	}
	c := tab()
	if _, err := c.OpenCurrent(doc); err != nil {
		t.Fatal(err)
	}
	for i, s := range []*Session{a, b, c} {
		var got []string
		for _, x := range s.Anns() {
			got = append(got, String(x))
		}
		if want := []string{"PER[4,8)manual/accepted", "MISC[28,33)manual/accepted"}; !slices.Equal(got, want) {
			t.Errorf("tab %d: %v, want %v", i+1, got, want)
		}
	}
}
