package session

import (
	"slices"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/store"
)

type state struct {
	anns []annotation.Annotation
	dct  string
}

func snapshot(s *Session) state { return state{s.Anns(), s.Doc.DCT} }

func (a state) equal(b state) bool { return a.dct == b.dct && slices.Equal(a.anns, b.anns) }

// Every kind of change is undone and redone, step by step, in memory and in
// storage, and the history survives a reload of the page.
func TestUndoEveryChange(t *testing.T) {
	s, kv := newSession(t, 0)
	clock := time.Date(2026, 12, 2, 22, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(10 * time.Second); return clock }
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	if u.CanUndo() {
		t.Fatal("opening a document is undoable")
	}
	per := find(s, "حفتر", annotation.PER)
	loc := find(s, "موسكو", annotation.LOC)
	steps := []struct {
		kind string
		do   func() error
	}{
		{"add", func() error { _, err := s.Add(0, 8, annotation.DATE); return err }},
		{"accept", func() error { return s.SetStatus(per.ID, annotation.Accepted) }},
		{"reject", func() error { return s.SetStatus(loc.ID, annotation.Rejected) }},
		{"relabel", func() error { return s.Relabel(per.ID, annotation.ORG) }},
		{"note", func() error { return s.SetNote(per.ID, "ملاحظة") }},
		{"delete", func() error { return s.Delete(per.ID) }},
		{"dct", func() error { return s.SetDCT("2020-01-10") }},
		{"apply-all", func() error { _, err := s.ApplyToAll(loc.ID, false); return err }},
	}
	states := []state{snapshot(s)}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.kind, err)
		}
		if cur := snapshot(s); !cur.equal(states[len(states)-1]) {
			states = append(states, cur)
			if u.UndoKind() != st.kind {
				t.Errorf("after %s UndoKind = %q", st.kind, u.UndoKind())
			}
		}
	}
	// Reload: a new session over the same storage.
	s2 := New(store.New(kv), kv)
	s2.Annotate = fakeAnnotate
	u2 := NewUndo(s2)
	if _, err := s2.OpenCurrent(annotation.Document{}); err != nil {
		t.Fatal(err)
	}
	for i := len(states) - 2; i >= 0; i-- {
		if _, ok, err := u2.Undo(); !ok || err != nil {
			t.Fatalf("undo to state %d: %v %v", i, ok, err)
		}
		if !snapshot(s2).equal(states[i]) {
			t.Fatalf("undo to state %d: %d annotations, DCT %q; want %d, %q", i, s2.Len(), s2.Doc.DCT, len(states[i].anns), states[i].dct)
		}
		_, stored, _ := s2.Store.Document(s2.Doc.SHA256)
		if Sort(stored); !slices.Equal(stored, states[i].anns) {
			t.Fatalf("undo to state %d: storage differs", i)
		}
	}
	if _, ok, _ := u2.Undo(); ok {
		t.Fatal("undo past the opening of the document")
	}
	for i := 1; i < len(states); i++ {
		if _, ok, err := u2.Redo(); !ok || err != nil {
			t.Fatalf("redo to state %d: %v %v", i, ok, err)
		}
		if !snapshot(s2).equal(states[i]) {
			t.Fatalf("redo to state %d differs", i)
		}
	}
	if u2.CanRedo() {
		t.Fatal("redo left after redoing everything")
	}
	// Import is one step.
	_, export, _ := s2.Export()
	for u2.CanUndo() {
		u2.Undo()
	}
	if _, ok, err := s2.Import(export); !ok || err != nil {
		t.Fatalf("import: %v", err)
	}
	if k := u2.UndoKind(); k != "import" {
		t.Fatalf("import recorded as %q", k)
	}
	u2.Undo()
	if !snapshot(s2).equal(states[0]) {
		t.Fatal("undoing the import does not give back the state before it")
	}
}

// C5: deleting one of two overlapping spans and undoing brings it back
// unchanged, as a separate record.
func TestUndoC5(t *testing.T) {
	s, _ := newSession(t, 0)
	s.Annotate = noSuggestions
	u := NewUndo(s)
	txt := "التقى وزير الخارجية المصري سامح شكري نظيره الأردني"
	if err := s.Open(annotation.NewDocument("c5", txt)); err != nil {
		t.Fatal(err)
	}
	a, err := s.Add(6, 26, annotation.MISC)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Add(20, 36, annotation.PER)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(a.ID); err != nil {
		t.Fatal(err)
	}
	if got := s.Anns(); len(got) != 1 || got[0] != b {
		t.Fatalf("after delete: %+v", got)
	}
	if _, ok, err := u.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got, ok := s.Get(a.ID); !ok || got != a || s.Len() != 2 {
		t.Fatalf("undo gives %+v (%d annotations), want %+v", got, s.Len(), a)
	}
}

// Typing a note is one step; a change made elsewhere (another tab) since
// does not block undoing.
func TestUndoNoteGroupingAndConflict(t *testing.T) {
	s, _ := newSession(t, 0)
	clock := time.Date(2026, 12, 2, 22, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { clock = clock.Add(200 * time.Millisecond); return clock }
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	for _, n := range []string{"م", "مل", "ملا", "ملاحظة"} {
		if err := s.SetNote(per.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	if n, _ := u.h.Len(); n != 1 {
		t.Fatalf("typing a note made %d steps", n)
	}
	u.Undo()
	if get(s, per.ID).Note != "" {
		t.Fatalf("note after undo = %q", get(s, per.ID).Note)
	}
	// Add, then delete the same annotation without the history (as a
	// storage event from another tab would): undoing the add still works.
	a, _ := s.Add(0, 8, annotation.DATE)
	u.applying = true
	s.Delete(a.ID)
	u.applying = false
	if _, ok, err := u.Undo(); !ok || err != nil {
		t.Fatalf("undo of an add deleted elsewhere: %v %v", ok, err)
	}
}

// A document's history is its own: switching documents switches it.
func TestUndoPerDocument(t *testing.T) {
	s, _ := newSession(t, 0)
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("a", text)); err != nil {
		t.Fatal(err)
	}
	shaA := s.Doc.SHA256
	per := find(s, "حفتر", annotation.PER)
	s.SetStatus(per.ID, annotation.Accepted)
	if err := s.Open(annotation.NewDocument("b", text+" ثانية")); err != nil {
		t.Fatal(err)
	}
	if u.CanUndo() {
		t.Fatal("document b has a's history")
	}
	if err := s.OpenStored(shaA); err != nil {
		t.Fatal(err)
	}
	if u.UndoKind() != "accept" {
		t.Fatalf("document a's history lost: %q", u.UndoKind())
	}
}

func TestHistoryIsBoundedInStorage(t *testing.T) {
	s, kv := newSession(t, 0)
	s.Annotate = noSuggestions
	u := NewUndo(s)
	long := ""
	for range 2000 {
		long += "كلمة "
	}
	if err := s.Open(annotation.NewDocument("big", long)); err != nil {
		t.Fatal(err)
	}
	var anns []annotation.Annotation
	for i := 0; i < 2000; i++ {
		a, _ := annotation.Select(long, i*5, i*5+4, annotation.MISC)
		a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
		anns = append(anns, a)
	}
	data, err := hashiyajson.Encode(s.Doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		s.Import(data)
		for _, a := range s.Anns()[:50] {
			s.Delete(a.ID)
		}
	}
	v, ok, _ := kv.Get(historyPrefix + s.Doc.SHA256)
	if !ok || len(v) > HistoryBytes {
		t.Fatalf("stored history: %d bytes (ok %v), bound %d", len(v), ok, HistoryBytes)
	}
	if n, _ := u.h.Len(); n < 100 {
		t.Fatalf("only %d steps in memory", n)
	}
}

// A full storage never loses annotations to the history: its stored copy
// is dropped, undo still works in memory.
func TestHistoryYieldsToQuota(t *testing.T) {
	s, kv := newSession(t, 0)
	u := NewUndo(s)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per := find(s, "حفتر", annotation.PER)
	s.SetStatus(per.ID, annotation.Accepted)
	if _, ok, _ := kv.Get(historyPrefix + s.Doc.SHA256); !ok {
		t.Fatal("history not stored")
	}
	kv.Quota = 1 // nothing more fits
	s.SetStatus(per.ID, annotation.Rejected)
	if _, ok, _ := kv.Get(historyPrefix + s.Doc.SHA256); ok {
		t.Fatal("the stored history was kept while storage is full")
	}
	if u.Err == nil {
		t.Fatal("no error reported")
	}
	if _, ok, _ := u.Undo(); !ok || get(s, per.ID).Status != annotation.Accepted {
		t.Fatal("undo in memory does not work with storage full")
	}
}
