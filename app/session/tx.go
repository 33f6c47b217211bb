package session

import (
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/pipeline"
)

// Change is the change of one annotation: Before is nil for an addition,
// After is nil for a deletion, both are set for a modification (same ID).
type Change struct {
	Before *annotation.Annotation `json:"before,omitempty"`
	After  *annotation.Annotation `json:"after,omitempty"`
}

// ID returns the id of the annotation changed.
func (c Change) ID() string {
	if c.After != nil {
		return c.After.ID
	}
	if c.Before != nil {
		return c.Before.ID
	}
	return ""
}

// DCTState is the document creation time of the open document and where it
// comes from (Session.DCTSource).
type DCTState struct {
	DCT    string `json:"dct"`
	Source string `json:"source"`
}

// DCTChange changes the document creation time.
type DCTChange struct {
	Before DCTState `json:"before"`
	After  DCTState `json:"after"`
}

// Tx is a transaction: changes to the open document's annotations (and
// possibly its DCT) applied together by Session.Apply, after CodeMirror 6's
// state transactions. Every change of the annotations goes through Apply,
// which returns the transaction as applied, with each Before set to what
// was there; its Invert undoes it, so an undo history is a list of applied
// transactions (see Session.OnApply).
type Tx struct {
	Changes []Change   `json:"changes"`
	DCT     *DCTChange `json:"dct,omitempty"`
	// Links are changes of the typed links between annotations, made
	// after Changes (links.go); Apply adds the deletion of every link an
	// annotation deletion leaves without an end.
	Links []LinkChange `json:"links,omitempty"`
	// Kind names what the person did ("add", "accept", "reject", "relabel",
	// "note", "delete", "dct", "import", "apply-file", "apply-all",
	// "undo"…), for an undo menu; Apply does not interpret it.
	Kind string `json:"kind,omitempty"`
	// Time is when Apply applied it (Session.Now), set by Apply.
	Time time.Time `json:"time"`
}

// Empty reports whether tx changes nothing.
func (tx Tx) Empty() bool { return len(tx.Changes) == 0 && tx.DCT == nil && len(tx.Links) == 0 }

// Invert returns the transaction that undoes tx (an applied transaction, as
// Apply returns it): additions become deletions and the other way round,
// modifications go back, in reverse order. Kind and Time are kept.
func (tx Tx) Invert() Tx {
	inv := Tx{Kind: tx.Kind, Time: tx.Time, Changes: make([]Change, len(tx.Changes))}
	for i, c := range tx.Changes {
		inv.Changes[len(tx.Changes)-1-i] = Change{Before: c.After, After: c.Before}
	}
	if tx.DCT != nil {
		inv.DCT = &DCTChange{Before: tx.DCT.After, After: tx.DCT.Before}
	}
	inv.Links = invertLinks(tx.Links)
	return inv
}

// Put returns a change that adds a, or replaces the annotation with its id.
func Put(a annotation.Annotation) Change { return Change{After: &a} }

// Del returns a change that deletes the annotation id.
func Del(id string) Change { return Change{Before: &annotation.Annotation{ID: id}} }

// Apply applies tx to the open document: every annotation After is
// validated against the text first (an EINVALID error, or ENOTFOUND for a
// deletion of an id that does not exist, applies nothing), then each change
// is made in order (an After replaces the annotation with its id, or is
// added; a nil After deletes Before.ID), the DCT is set, and what changed is
// written to the store (only the records of the changed annotations when
// the store supports it, see Patcher). It returns the transaction as
// applied: each Before holds the annotation as it was (nil for an
// addition), changes that changed nothing are left out, and Time is set.
// A deleted automatic suggestion is remembered as a tombstone, and putting
// it back (undo) forgets it. A storage failure keeps the change in memory,
// sets Unsaved and returns the applied transaction with the storage error.
func (s *Session) Apply(tx Tx) (Tx, error) {
	if err := s.check(tx); err != nil {
		return Tx{}, err
	}
	links, err := s.linksAfter(tx)
	if err != nil {
		return Tx{}, err
	}
	applied := Tx{Kind: tx.Kind, Time: s.now()}
	for _, c := range tx.Changes {
		if c.After == nil {
			old, ok := s.set.Delete(c.Before.ID)
			if !ok {
				continue // deleted twice in one transaction
			}
			s.remember(old)
			applied.Changes = append(applied.Changes, Change{Before: &old})
			continue
		}
		a := *c.After
		old, replaced := s.set.Put(a)
		if replaced && old == a {
			continue
		}
		s.forget(a)
		ch := Change{After: &a}
		if replaced {
			ch.Before = &old
		}
		applied.Changes = append(applied.Changes, ch)
	}
	if d := tx.DCT; d != nil && (d.After.DCT != s.Doc.DCT || d.After.Source != s.DCTSource) {
		applied.DCT = &DCTChange{Before: DCTState{s.Doc.DCT, s.DCTSource}, After: d.After}
		s.Doc.DCT, s.DCTSource = d.After.DCT, d.After.Source
		s.setMeta(s.Doc.SHA256, d.After.Source)
	}
	applied.Links = diffLinks(s.links, links)
	s.links = links
	if applied.Empty() {
		if s.dirty { // nothing new, but what failed before is written now
			return applied, s.saveAll()
		}
		return applied, nil
	}
	err = s.write(applied)
	if err == nil && len(applied.Links) > 0 && !s.dirty {
		err = s.saved(s.saveLinks())
	}
	if s.OnApply != nil {
		s.OnApply(applied)
	}
	return applied, err
}

// check validates tx against the open document without changing anything.
func (s *Session) check(tx Tx) error {
	if s.Doc.SHA256 == "" {
		return annotation.Errorf(annotation.EINVALID, "No document is open.")
	}
	for i, c := range tx.Changes {
		switch {
		case c.After == nil && c.Before == nil:
			return annotation.Errorf(annotation.EINVALID, "Change %d of the transaction is empty.", i+1)
		case c.After == nil:
			if _, ok := s.set.Get(c.Before.ID); !ok && !deletedEarlier(tx.Changes[:i], c.Before.ID) {
				return annotation.Errorf(annotation.ENOTFOUND, "That annotation no longer exists.")
			}
		default:
			if c.Before != nil && c.Before.ID != c.After.ID {
				return annotation.Errorf(annotation.EINVALID, "Change %d of the transaction changes the id %q to %q.", i+1, c.Before.ID, c.After.ID)
			}
			if err := c.After.ValidateRunes(s.text()); err != nil {
				return err
			}
		}
	}
	if d := tx.DCT; d != nil && d.After.DCT != "" {
		if _, err := pipeline.ParseDCT(d.After.DCT); err != nil {
			return annotation.Errorf(annotation.EINVALID, "The DCT %q is not a date: %v.", d.After.DCT, err)
		}
	}
	return nil
}

func deletedEarlier(cs []Change, id string) bool {
	for _, c := range cs {
		if c.After == nil && c.Before.ID == id {
			return true
		}
	}
	return false
}

func (s *Session) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Diff returns the changes that turn the annotation set old into new,
// matched by id (additions and modifications in new's order, then
// deletions in old's order).
func Diff(old, new []annotation.Annotation) []Change {
	was := make(map[string]annotation.Annotation, len(old))
	for _, a := range old {
		was[a.ID] = a
	}
	var out []Change
	kept := make(map[string]bool, len(new))
	for _, a := range new {
		kept[a.ID] = true
		b, ok := was[a.ID]
		switch {
		case !ok:
			out = append(out, Put(a))
		case b != a:
			out = append(out, Change{Before: &b, After: &a})
		}
	}
	for _, b := range old {
		if !kept[b.ID] {
			out = append(out, Change{Before: &b})
		}
	}
	return out
}
