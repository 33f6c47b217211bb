package session

import (
	"errors"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
)

func noSuggestions(annotation.Document, pipeline.Options) (pipeline.Result, error) {
	return pipeline.Result{DCTSource: pipeline.SourceToday}, nil
}

// Case A17 through the import flow: annotations exported from one version
// of a text are applied to another; the changed أحمد is an orphan, reported
// and not moved; the others are placed and stored.
func TestApplyFile(t *testing.T) {
	src, _ := newSession(t, 0)
	src.Annotate = noSuggestions
	src.Open(annotation.NewDocument("v1", "قال أحمد إن أحمد سيزور دمشق"))
	first, _ := src.Add(4, 8, annotation.PER)
	second, _ := src.Add(12, 16, annotation.PER)
	city, _ := src.Add(23, 27, annotation.LOC)
	_, data, err := src.Export()
	if err != nil {
		t.Fatal(err)
	}

	kv := store.NewMemory(0)
	s := New(store.New(kv), kv)
	s.Annotate = noSuggestions
	s.Open(annotation.NewDocument("v2", "🔴 قال أحمد إن خالد سيزور دمشق"))
	_, _, err = s.Import(data)
	var ce *ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("want a conflict, got %v", err)
	}
	rep, err := s.ApplyFile(ce.File)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Orphans) != 1 || rep.Orphans[0].ID != second.ID || rep.Quote != 2 || rep.Merge.Added != 2 {
		t.Fatalf("report %+v", rep)
	}
	if got := get(s, first.ID); got.Start != 6 || got.End != 10 || got.Quote != "أحمد" {
		t.Errorf("first أحمد placed at %+v, want [6,10)", got)
	}
	if got := get(s, city.ID); got.Quote != "دمشق" {
		t.Errorf("دمشق placed at %+v", got)
	}
	for _, a := range s.Anns() {
		if a.Start == 14 {
			t.Errorf("something was moved onto خالد: %+v", a)
		}
	}
	// Stored.
	_, stored, err := s.Store.Document(s.Doc.SHA256)
	if err != nil || len(stored) != 2 {
		t.Fatalf("stored %d, %v", len(stored), err)
	}
}

// Case A18: whole words only, then the proclitic forms as suggestions.
func TestApplyToAll(t *testing.T) {
	s, _ := newSession(t, 0)
	s.Annotate = noSuggestions
	s.Open(annotation.NewDocument("a18", "حكومة جديدة. وحكومة الظل ترفض، وللحكومة رأي، والحكومةُ تعلن وحكومة"))
	a, _ := s.Add(0, 5, annotation.ORG)
	rep, err := s.ApplyToAll(a.ID, false)
	if err != nil || rep.Added != 0 {
		t.Fatalf("whole words: %+v %v", rep, err)
	}
	rep, err = s.ApplyToAll(a.ID, true)
	if err != nil || rep.Added != 4 { // وحكومة وللحكومة والحكومةُ وحكومة
		t.Fatalf("with proclitics: %+v %v", rep, err)
	}
	for _, b := range s.Anns() {
		if b.ID == a.ID {
			continue
		}
		if b.Status != annotation.Suggested || b.Source != annotation.Manual || b.Label != annotation.ORG || annotationWordStartsWithClitic(s.Doc.Text, b) {
			t.Errorf("%+v", b)
		}
	}
	// Again: nothing new.
	if rep, err := s.ApplyToAll(a.ID, true); err != nil || rep.Added != 0 || rep.Already != 4 {
		t.Fatalf("again: %+v %v", rep, err)
	}
	// A second whole word later in the text, with tashkeel: added, accepted.
	s2, _ := newSession(t, 0)
	s2.Annotate = noSuggestions
	s2.Open(annotation.NewDocument("x", "الحكومة قررت. ثم رفضت الحكومةُ ذلك، وحكومتنا لا"))
	b, _ := s2.Add(0, 7, annotation.ORG)
	b2 := get(s2, b.ID)
	b2.Entity = "e1"
	s2.Apply(Tx{Changes: []Change{Put(b2)}})
	rep, err = s2.ApplyToAll(b.ID, false)
	if err != nil || rep.Added != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
	for _, c := range s2.Anns() {
		if c.ID != b.ID && (c.Quote != "الحكومةُ" || c.Status != annotation.Accepted || c.Entity != "e1") {
			t.Errorf("%+v", c)
		}
	}
}

// annotationWordStartsWithClitic reports whether the span of b starts with
// و (the proclitic must be left out of the span).
func annotationWordStartsWithClitic(text string, b annotation.Annotation) bool {
	return []rune(text)[b.Start] == 'و'
}
