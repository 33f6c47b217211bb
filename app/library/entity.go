package library

import (
	"cmp"
	"slices"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Mention is one entity annotation of the library.
type Mention struct {
	Doc int // index into Library.Docs
	Ann int // index into Docs[Doc].Anns
}

// Entity is one entity of the library: the mentions, across documents,
// of one name. Within a document, mentions are grouped by their
// annotation.Annotation.Entity group id (the recognizer's mention grouping
// of app/ner, or the person's); across documents, groups with the same
// label and the same folded longest form (app/arabic.FoldString: hamza
// forms, ة/ه, ى/ي, tashkeel and tatweel folded) are one entity. Merge and
// Split change that.
type Entity struct {
	ID       int
	Label    annotation.Label
	Name     string // longest mention as written
	key      string // label + folded longest form
	folded   string // Name folded (app/arabic.FoldString)
	Mentions []Mention
	Docs     []int // documents mentioning it, ascending
	// First and Last are the earliest start and the latest end of the
	// placed events in sentences that mention it; zero when none.
	First, Last time.Time
}

// groupKey names a mention group of one document.
type groupKey struct {
	doc   int
	group string
}

// addMentions indexes the entity mentions of document di, recording in
// bySent the entities of each sentence.
func (l *Library) addMentions(di int, d Doc, sentOf func(int) int, bySent map[int][]int, entOf map[int]int) {
	groups := map[string][]int{}
	var order []string
	for i, a := range d.Anns {
		if a.Status == annotation.Rejected || a.Label.IsTemporal() {
			continue
		}
		g := a.Entity
		if g == "" {
			g = "q:" + arabic.FoldString(a.Quote)
		}
		g = string(a.Label) + "|" + g
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], i)
	}
	if l.byKey == nil {
		l.byKey = map[string]*Entity{}
	}
	byKey := l.byKey
	for _, g := range order {
		ms := groups[g]
		name := ""
		for _, i := range ms {
			if q := d.Anns[i].Quote; len([]rune(q)) > len([]rune(name)) {
				name = q
			}
		}
		label := d.Anns[ms[0]].Label
		folded := arabic.FoldString(name)
		key := string(label) + "|" + folded
		e := byKey[key]
		if e == nil {
			e = &Entity{ID: len(l.Entities), Label: label, Name: name, key: key, folded: folded}
			l.Entities = append(l.Entities, e)
			byKey[key] = e
		} else if len([]rune(name)) > len([]rune(e.Name)) {
			e.Name, e.folded = name, folded
		}
		for _, i := range ms {
			e.Mentions = append(e.Mentions, Mention{di, i})
			entOf[i] = e.ID
			bySent[sentOf(d.Anns[i].Start)] = append(bySent[sentOf(d.Anns[i].Start)], e.ID)
		}
	}
}

// stats fills Docs, First and Last of every entity (and forgets the
// Index order).
func (l *Library) stats() {
	l.index = nil
	for _, e := range l.Entities {
		e.Docs = e.Docs[:0]
		for _, m := range e.Mentions {
			if len(e.Docs) == 0 || e.Docs[len(e.Docs)-1] != m.Doc {
				e.Docs = append(e.Docs, m.Doc)
			}
		}
		slices.Sort(e.Docs)
		e.Docs = slices.Compact(e.Docs)
		e.First, e.Last = time.Time{}, time.Time{}
	}
	for i := range l.Events[:l.placed] {
		ev := &l.Events[i]
		for _, id := range ev.Entities {
			e := l.Entities[id]
			if e.First.IsZero() || ev.Start.Before(e.First) {
				e.First = ev.Start
			}
			if ev.End.After(e.Last) {
				e.Last = ev.End
			}
		}
	}
}

// Index returns the entities with at least one mention, most mentioned
// first (then by label and name). The slice is kept until the next Merge
// or Split: do not modify it.
func (l *Library) Index() []*Entity {
	if l.index != nil {
		return l.index
	}
	out := make([]*Entity, 0, len(l.Entities))
	for _, e := range l.Entities {
		if len(e.Mentions) > 0 {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b *Entity) int {
		return cmp.Or(len(b.Mentions)-len(a.Mentions), cmp.Compare(a.Label, b.Label), cmp.Compare(a.Name, b.Name))
	})
	l.index = out
	return out
}

// FoldedName returns the entity's name folded as app/arabic.FoldString
// folds it, for matching what a person types.
func (e *Entity) FoldedName() string { return e.folded }

// Merge moves the mentions of entity from into entity into (a person saying
// they are one), and returns into. Events then name into instead of from.
// It returns EINVALID for unknown or equal ids.
func (l *Library) Merge(into, from int) (*Entity, error) {
	if into == from || into < 0 || from < 0 || into >= len(l.Entities) || from >= len(l.Entities) {
		return nil, annotation.Errorf(annotation.EINVALID, "Entities %d and %d cannot be merged: they must be two different entities of the index.", into, from)
	}
	a, b := l.Entities[into], l.Entities[from]
	a.Mentions = append(a.Mentions, b.Mentions...)
	slices.SortFunc(a.Mentions, func(x, y Mention) int { return cmp.Or(x.Doc-y.Doc, x.Ann-y.Ann) })
	b.Mentions = nil
	if len([]rune(b.Name)) > len([]rune(a.Name)) {
		a.Name, a.folded = b.Name, b.folded
	}
	l.renumber(from, into)
	l.stats()
	l.Edits = append(l.Edits, EntityEdit{Op: "merge", Into: a.key, From: b.key})
	return a, nil
}

// EntityEdit is a person's merge or split in the entity index, naming the
// entities by their keys (label and folded name; a split-off entity is its
// entity's key, "#" and the document's SHA-256), so that it applies again
// to a library built later from the same documents (Library.Apply).
type EntityEdit struct {
	Op   string `json:"op"`             // "merge" or "split"
	Into string `json:"into,omitempty"` // merge: the entity kept
	From string `json:"from,omitempty"` // merge: the entity merged into it
	Key  string `json:"key,omitempty"`  // split: the entity split
	Doc  string `json:"doc,omitempty"`  // split: the document (SHA-256) whose mentions leave it
}

// Apply replays edits (Library.Edits of an earlier build) in order and
// returns how many applied. An edit that does not apply (an entity or a
// document no longer there, a merge already made) changes nothing, and is
// kept in Edits all the same, so that it applies again once its documents
// are back.
func (l *Library) Apply(edits []EntityEdit) int {
	n := 0
	for _, ed := range edits {
		before := len(l.Edits)
		switch ed.Op {
		case "merge":
			if a, b := l.byKey[ed.Into], l.byKey[ed.From]; a != nil && b != nil && len(b.Mentions) > 0 {
				l.Merge(a.ID, b.ID)
			}
		case "split":
			if e := l.byKey[ed.Key]; e != nil {
				for di, d := range l.Docs {
					if d.Doc.SHA256 == ed.Doc {
						l.Split(e.ID, di)
						break
					}
				}
			}
		}
		if len(l.Edits) > before {
			n++
		} else {
			l.Edits = append(l.Edits, ed)
		}
	}
	return n
}

// Split moves the mentions of entity id that are in document doc into a
// new entity (a person saying that document speaks of someone else) and
// returns it. EINVALID when the entity has no mention there or has no
// mention elsewhere.
func (l *Library) Split(id, doc int) (*Entity, error) {
	if id < 0 || id >= len(l.Entities) {
		return nil, annotation.Errorf(annotation.EINVALID, "There is no entity %d.", id)
	}
	e := l.Entities[id]
	var here, rest []Mention
	for _, m := range e.Mentions {
		if m.Doc == doc {
			here = append(here, m)
		} else {
			rest = append(rest, m)
		}
	}
	if len(here) == 0 || len(rest) == 0 {
		return nil, annotation.Errorf(annotation.EINVALID, "%q cannot be split at document %d: it must be mentioned there and elsewhere.", e.Name, doc)
	}
	sha := l.Docs[doc].Doc.SHA256
	n := &Entity{ID: len(l.Entities), Label: e.Label, Name: e.Name, key: e.key + "#" + sha, folded: e.folded, Mentions: here}
	l.byKey[n.key] = n
	l.Edits = append(l.Edits, EntityEdit{Op: "split", Key: e.key, Doc: sha})
	e.Mentions = rest
	l.Entities = append(l.Entities, n)
	for i := range l.Events {
		if ev := &l.Events[i]; ev.Doc == doc {
			if k, ok := slices.BinarySearch(ev.Entities, id); ok {
				// Only if no mention of e remains in this sentence: all of
				// the document's mentions moved, so the event now names n.
				ev.Entities = slices.Delete(ev.Entities, k, k+1)
				ev.Entities = append(ev.Entities, n.ID) // n.ID is the largest id
			}
		}
	}
	l.stats()
	return n, nil
}

// renumber replaces entity from by into in every event.
func (l *Library) renumber(from, into int) {
	for i := range l.Events {
		ev := &l.Events[i]
		if k, ok := slices.BinarySearch(ev.Entities, from); ok {
			ev.Entities = slices.Delete(ev.Entities, k, k+1)
			if _, ok := slices.BinarySearch(ev.Entities, into); !ok {
				ev.Entities = append(ev.Entities, into)
				slices.Sort(ev.Entities)
			}
		}
	}
}
