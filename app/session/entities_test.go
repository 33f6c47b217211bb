package session

import (
	"errors"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/ner"
	"github.com/hashiya/hashiya/app/pipeline"
	"github.com/hashiya/hashiya/app/store"
)

// A document opened before the entity model arrived gets its temporal
// suggestions at once and its entity suggestions from AddEntities, after a
// reload too; a DCT change meanwhile keeps entity suggestions already there.
func TestEntitiesLater(t *testing.T) {
	doc := annotation.NewDocument("t", "القاهرة - الثلاثاء 29 نوفمبر 2016: التقى وزير الخارجية الروسي سيرغي لافروف نظيره في موسكو أمس.")
	full, err := pipeline.Annotate(doc, pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var nEnt int
	for _, a := range full.Annotations {
		if entityLabels[a.Label] {
			nEnt++
		}
	}
	if nEnt == 0 {
		t.Fatal("no entity in the test text")
	}
	waiting := func(d annotation.Document, o pipeline.Options) (pipeline.Result, error) {
		res, err := pipeline.Annotate(d, o)
		var temporal []annotation.Annotation
		for _, a := range res.Annotations {
			if !entityLabels[a.Label] {
				temporal = append(temporal, a)
			}
		}
		res.Annotations, res.EntityErr = temporal, ner.ErrNotLoaded
		return res, err
	}
	notYet := func(annotation.Document) ([]annotation.Annotation, error) { return nil, ner.ErrNotLoaded }

	kv := store.NewMemory(0)
	s := New(store.New(kv), kv)
	s.Annotate, s.Entities = waiting, notYet
	if err := s.Open(doc); err != nil {
		t.Fatal(err)
	}
	if !s.EntitiesPending || s.Len() != len(full.Annotations)-nEnt {
		t.Fatalf("opened without the model: pending %v, %d annotations, want %d", s.EntitiesPending, s.Len(), len(full.Annotations)-nEnt)
	}
	if n, err := s.AddEntities(); n != 0 || !errors.Is(err, ner.ErrNotLoaded) || !s.EntitiesPending {
		t.Fatalf("AddEntities before the model: %d, %v, pending %v", n, err, s.EntitiesPending)
	}
	// The person reviews a temporal suggestion meanwhile.
	first := s.Anns()[0]
	if err := s.SetStatus(first.ID, annotation.Accepted); err != nil {
		t.Fatal(err)
	}

	// Reload: still pending; the model arrives.
	s2 := New(store.New(kv), kv)
	s2.Annotate = waiting
	if _, err := s2.OpenCurrent(doc); err != nil {
		t.Fatal(err)
	}
	if !s2.EntitiesPending {
		t.Fatal("pending flag lost on reload")
	}
	n, err := s2.AddEntities()
	if err != nil || n != nEnt || s2.EntitiesPending || s2.Len() != len(full.Annotations) {
		t.Fatalf("AddEntities: %d (want %d), %v, pending %v, %d annotations", n, nEnt, err, s2.EntitiesPending, s2.Len())
	}
	if a, _ := s2.Get(first.ID); a.Status != annotation.Accepted {
		t.Errorf("the accepted suggestion became %v", a.Status)
	}
	// A DCT change without the model keeps the entity suggestions.
	if err := s2.SetDCT("2016-12-01"); err != nil {
		t.Fatal(err)
	}
	got := 0
	for _, a := range s2.Anns() {
		if entityLabels[a.Label] {
			got++
		}
	}
	if got != nEnt {
		t.Errorf("after SetDCT without the model: %d entity suggestions, want %d", got, nEnt)
	}
	// Stored: a third session sees them and nothing pending.
	s3 := New(store.New(kv), kv)
	if _, err := s3.OpenCurrent(doc); err != nil || s3.EntitiesPending || s3.Len() != len(full.Annotations) {
		t.Errorf("stored: %v, pending %v, %d annotations", err, s3.EntitiesPending, s3.Len())
	}
	if n, err := s3.AddEntities(); n != 0 || err != nil {
		t.Errorf("AddEntities when none pending: %d, %v", n, err)
	}
}
