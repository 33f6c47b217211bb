package session

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// linkedSession opens text with a PER → DATE link (حفتر date-of أمس).
func linkedSession(t *testing.T) (*Session, *store.Memory, annotation.Link) {
	t.Helper()
	s, kv := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	per, date := find(s, "حفتر", annotation.PER), find(s, "أمس", annotation.DATE)
	l, err := s.AddLink(per.ID, date.ID, annotation.DateOf)
	if err != nil {
		t.Fatal(err)
	}
	return s, kv, l
}

func TestLinkAddUndoRedoAndStore(t *testing.T) {
	s, kv, l := linkedSession(t)
	u := NewUndo(s)
	if got := s.Links(); len(got) != 1 || got[0] != l {
		t.Fatalf("Links = %v, want [%v]", got, l)
	}
	// Stored: a new session over the same storage (a reload) has it.
	s2 := New(store.New(kv), kv)
	if _, err := s2.OpenCurrent(annotation.Document{}); err != nil {
		t.Fatal(err)
	}
	if got := s2.Links(); !slices.Equal(got, []annotation.Link{l}) {
		t.Fatalf("after reload Links = %v, want [%v]", got, l)
	}
	// Refused: self link, duplicate, unknown end, bad type.
	for _, bad := range []annotation.Link{
		{From: l.From, To: l.From, Type: annotation.DateOf},
		{From: l.From, To: l.To, Type: annotation.DateOf},
		{From: l.From, To: "nope", Type: annotation.DateOf},
		{From: l.From, To: l.To, Type: "has space"},
	} {
		if _, err := s.AddLink(bad.From, bad.To, bad.Type); annotation.ErrorCode(err) != annotation.EINVALID {
			t.Errorf("AddLink(%v) = %v, want EINVALID", bad, err)
		}
	}
	if len(s.Links()) != 1 {
		t.Fatalf("a refused link changed the links: %v", s.Links())
	}
	// Undo history: link, then unlink, both undoable.
	u.h.Reset()
	loc := find(s, "موسكو", annotation.LOC)
	l2, err := s.AddLink(l.From, loc.ID, annotation.LocatedIn)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteLink(l.ID); err != nil {
		t.Fatal(err)
	}
	if got := s.Links(); !slices.Equal(got, []annotation.Link{l2}) {
		t.Fatalf("after unlink: %v", got)
	}
	if _, ok, err := u.Undo(); !ok || err != nil {
		t.Fatal("undo unlink", ok, err)
	}
	if got := s.Links(); len(got) != 2 {
		t.Fatalf("undo of unlink: %v", got)
	}
	if _, ok, err := u.Undo(); !ok || err != nil {
		t.Fatal("undo link", ok, err)
	}
	if got := s.Links(); !slices.Equal(got, []annotation.Link{l}) {
		t.Fatalf("undo of link: %v", got)
	}
	if _, ok, err := u.Redo(); !ok || err != nil {
		t.Fatal("redo", ok, err)
	}
	if len(s.Links()) != 2 {
		t.Fatalf("redo: %v", s.Links())
	}
	if got, _ := store.New(kv).Links(s.Doc.SHA256); len(got) != 2 {
		t.Fatalf("stored after redo: %v", got)
	}
}

func TestDeletingAnEndDeletesItsLinksUndoably(t *testing.T) {
	s, kv, l := linkedSession(t)
	u := NewUndo(s)
	if err := s.Delete(l.To); err != nil {
		t.Fatal(err)
	}
	if len(s.Links()) != 0 {
		t.Fatalf("a link outlived its annotation: %v", s.Links())
	}
	if got, _ := store.New(kv).Links(s.Doc.SHA256); len(got) != 0 {
		t.Fatalf("stored: %v", got)
	}
	if _, ok, err := u.Undo(); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if got := s.Links(); !slices.Equal(got, []annotation.Link{l}) {
		t.Fatalf("undo of the deletion did not bring the link back: %v", got)
	}
	if got, _ := store.New(kv).Links(s.Doc.SHA256); len(got) != 1 {
		t.Fatalf("stored after undo: %v", got)
	}
}

func TestLinksExportImportAnotherProfile(t *testing.T) {
	s, _, l := linkedSession(t)
	_, data, err := s.Export()
	if err != nil {
		t.Fatal(err)
	}
	// Another browser profile: empty storage, same text opened, file imported.
	o, okv := newSession(t, 0)
	if err := o.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	u := NewUndo(o)
	if _, ok, err := o.Import(data); !ok || err != nil {
		t.Fatal(ok, err)
	}
	got := o.Links()
	if len(got) != 1 || got[0].From != l.From || got[0].To != l.To || got[0].Type != l.Type {
		t.Fatalf("imported links = %v, want %v", got, l)
	}
	if st, _ := store.New(okv).Links(o.Doc.SHA256); len(st) != 1 {
		t.Fatalf("imported link not stored: %v", st)
	}
	// Importing again adds nothing; undoing the import removes the link.
	if _, _, err := o.Import(data); err != nil || len(o.Links()) != 1 {
		t.Fatalf("second import: %v, %v", err, o.Links())
	}
	for u.CanUndo() {
		if _, _, err := u.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if len(o.Links()) != 0 {
		t.Fatalf("undoing the import kept %v", o.Links())
	}
	// A file of a document not stored here opened as such keeps its links.
	p, _ := newSession(t, 0)
	if err := p.Open(annotation.NewDocument("x", "نص آخر")); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Import(data); err == nil {
		t.Fatal("import of another document's file succeeded")
	} else if ce, ok := err.(*ConflictError); !ok {
		t.Fatal(err)
	} else if _, err := p.OpenFile(ce.File); err != nil {
		t.Fatal(err)
	}
	if len(p.Links()) != 1 {
		t.Fatalf("OpenFile links = %v", p.Links())
	}
}

func TestRefreshLinksFromAnotherTab(t *testing.T) {
	s, kv, l := linkedSession(t)
	other := New(store.New(kv), kv)
	if _, err := other.OpenCurrent(annotation.Document{}); err != nil {
		t.Fatal(err)
	}
	if err := other.DeleteLink(l.ID); err != nil {
		t.Fatal(err)
	}
	n, err := s.RefreshLinks()
	if err != nil || n != 1 || len(s.Links()) != 0 {
		t.Fatalf("RefreshLinks = %d, %v; links %v", n, err, s.Links())
	}
}

func TestTxThenLinks(t *testing.T) {
	a := annotation.Link{ID: "l", From: "x", To: "y", Type: annotation.SameAs}
	add := Tx{Links: []LinkChange{{After: &a}}}
	del := Tx{Links: []LinkChange{{Before: &a}}}
	if got := add.Then(del); !got.Empty() {
		t.Errorf("add then delete = %+v, want empty", got)
	}
	if inv := add.Invert(); len(inv.Links) != 1 || inv.Links[0].After != nil || inv.Links[0].Before.ID != "l" {
		t.Errorf("Invert = %+v", inv)
	}
}

func TestImportOtherBratRelations(t *testing.T) {
	s, _ := newSession(t, 0)
	if err := s.Open(annotation.NewDocument("t", text)); err != nil {
		t.Fatal(err)
	}
	at := func(w string) int { return len([]rune(text[:strings.Index(text, w)])) }
	ann := fmt.Sprintf("T1\tPER %d %d\tحفتر\nT2\tLOC %d %d\tموسكو\nR1\tlocated-in Arg1:T1 Arg2:T2\n", at("حفتر"), at("حفتر")+4, at("موسكو"), at("موسكو")+5)
	u := NewUndo(s)
	if _, _, ok, err := s.ImportOther("x.ann", []byte(ann)); !ok || err != nil {
		t.Fatal(ok, err)
	}
	got := s.Links()
	per, loc := find(s, "حفتر", annotation.PER), find(s, "موسكو", annotation.LOC)
	if len(got) != 1 || got[0].From != per.ID || got[0].To != loc.ID || got[0].Type != annotation.LocatedIn {
		t.Fatalf("links %+v; want حفتر located-in موسكو (%s → %s)", got, per.ID, loc.ID)
	}
	if _, ok, err := u.Undo(); !ok || err != nil || len(s.Links()) != 0 {
		t.Fatalf("undo of the import: %v %v %v", ok, err, s.Links())
	}
}
