package session

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
)

// In the browser the entity model is a file of its own, fetched beside
// app.wasm (ner.Provide); a document opened before it has arrived (or when
// it could not be loaded) gets its temporal suggestions at once and its
// entity suggestions later, from AddEntities. That the entities are still
// to come is kept with the document (pendingPrefix + SHA-256), so a reload
// before the model arrived still adds them.

// pendingPrefix + SHA-256 marks a stored document whose entity
// suggestions are still to be added (value "1").
const pendingPrefix = "hashiya/ui/v1/ner-pending/"

// EntitiesFunc returns the entity suggestions of a document
// (pipeline.Entities).
type EntitiesFunc func(annotation.Document) ([]annotation.Annotation, error)

// entityLabels are the labels the entity recognizer gives.
var entityLabels = map[annotation.Label]bool{"PER": true, "LOC": true, "ORG": true, "MISC": true}

func (s *Session) setPending(sha string, pending bool) {
	s.EntitiesPending = pending
	if s.Meta == nil {
		if s.metaMem == nil {
			s.metaMem = map[string]string{}
		}
		if pending {
			s.metaMem[pendingPrefix+sha] = "1"
		} else {
			delete(s.metaMem, pendingPrefix+sha)
		}
		return
	}
	if pending {
		_ = s.Meta.Set(pendingPrefix+sha, "1") // best effort (storage full: lost on reload only)
	} else {
		_ = s.Meta.Remove(pendingPrefix + sha)
	}
}

func (s *Session) getPending(sha string) bool {
	if s.Meta == nil {
		return s.metaMem[pendingPrefix+sha] == "1"
	}
	v, ok, err := s.Meta.Get(pendingPrefix + sha)
	return err == nil && ok && v == "1"
}

// AddEntities adds the entity suggestions of the open document when they
// are still to come (EntitiesPending): each one unless an annotation of
// the document has its id or its span, or the person deleted it before.
// It is not a transaction (like Open, it completes what the recognizers
// give, so undo does not take them away). It returns the number added; the
// error is the model's (ner.ErrNotLoaded: still awaited; EntitiesPending
// stays set) or the store's (the suggestions stay on the page, Unsaved
// says why).
func (s *Session) AddEntities() (int, error) {
	if !s.EntitiesPending || s.Doc.SHA256 == "" {
		return 0, nil
	}
	s.flushFirst()
	f := s.Entities
	if f == nil {
		f = pipeline.Entities
	}
	fresh, err := f(s.Doc)
	if err != nil {
		return 0, err
	}
	type span struct{ s, e int }
	ids, spans := map[string]bool{}, map[span]bool{}
	for _, a := range s.Anns() {
		ids[a.ID], spans[span{a.Start, a.End}] = true, true
	}
	n := 0
	for _, a := range s.dropDeleted(fresh) {
		if !ids[a.ID] && !spans[span{a.Start, a.End}] {
			s.set.Put(a)
			n++
		}
	}
	s.setPending(s.Doc.SHA256, false)
	if n == 0 {
		return 0, nil
	}
	return n, s.save()
}

// keepEntities returns fresh with, when the recognizers ran without the
// entity model (res.EntityErr), the old unreviewed entity suggestions
// added back, so that re-running the temporal tagger (SetDCT) does not
// drop them.
func keepEntities(old []annotation.Annotation, res pipeline.Result) []annotation.Annotation {
	if res.EntityErr == nil {
		return res.Annotations
	}
	fresh := res.Annotations
	for _, a := range old {
		if a.Source == annotation.Auto && a.Status == annotation.Suggested && entityLabels[a.Label] && a.Type == "" {
			fresh = append(fresh, a)
		}
	}
	Sort(fresh)
	return fresh
}
