// Package library gathers many annotated documents into one timeline of
// their dated expressions and one index of their entities.
//
// Times are civil (UTC used as a zone-less calendar); offsets are Unicode
// code points into each document's text.
package library

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Doc is one document of the library with its annotations and links.
type Doc struct {
	Doc   annotation.Document
	Anns  []annotation.Annotation
	Links []annotation.Link
}

// Event is one dated expression (label DATE or TIME) of the library.
type Event struct {
	Doc      int                   // index into Library.Docs
	Ann      annotation.Annotation // the expression
	Sentence string                // the sentence around it
	SentFrom int                   // sentence start, code points
	// [Start, End) is the interval the value stands for, Gran its size;
	// zero times and Vague when it cannot be placed (PAST_REF, XXXX-04, no
	// value).
	Start, End time.Time
	Gran       Granularity
	Entities   []int // ids of the entities mentioned in the same sentence (ascending)
	// Events are the annotation indices (into Docs[Doc].Anns) linked to it
	// by date-of (annotation.Link): the event phrases or mentions it dates.
	// Their entities, and those of their sentences, count in Entities.
	Events []int
	folded string // the quote and the sentence folded (see Library.fold)
	mark   string // the chart mark's attributes and title (Library.markText)
}

// Placed reports whether e has an interval on the axis.
func (e Event) Placed() bool { return e.Gran != Vague }

// Library is an immutable index of documents: Build it, then query it.
type Library struct {
	Docs     []Doc
	Events   []Event   // placed ones sorted by start, end, then vague ones in document order
	Entities []*Entity // see entity.go
	placed   int       // Events[:placed] are placed
	byKey    map[string]*Entity
	index    []*Entity // Index, until Merge or Split
	// Edits are the merges and splits made (Merge, Split, Apply), to be
	// kept and applied again to a library built later.
	Edits []EntityEdit
	// foldOnce folds the events' sentences the first time a filter has a
	// text: most libraries are opened and filtered by entity only.
	foldOnce sync.Once
}

// fold fills the folded text of every event, once: its quote and its
// sentence (app/arabic.FoldString), a sentence folded once for all its
// dates.
func (l *Library) fold() {
	l.foldOnce.Do(func() {
		done := map[[2]int]string{} // document, sentence start → folded
		for i := range l.Events {
			e := &l.Events[i]
			k := [2]int{e.Doc, e.SentFrom}
			f, ok := done[k]
			if !ok {
				f = arabic.FoldString(e.Sentence)
				done[k] = f
			}
			e.folded = f
			if q := arabic.FoldString(e.Ann.Quote); !strings.Contains(f, q) {
				e.folded = q + "\n" + f
			}
		}
	})
}

// sentence is one sentence of a document: [From, To) in code points and
// [from, to) in bytes of the text.
type sentence struct{ From, To, from, to int }

// sentences returns the sentences of text: split after . ! ? ؟ … and at
// line breaks. It reads the text once, without converting it to code
// points.
func sentences(text string) []sentence {
	var out []sentence
	s, sb, cp := 0, 0, 0
	for i, r := range text {
		end, endb := -1, -1
		switch r {
		case '\n':
			end, endb = cp, i
		case '.', '!', '?', '؟', '…':
			end, endb = cp+1, i+utf8.RuneLen(r)
		}
		cp++
		if end >= 0 {
			if end > s {
				out = append(out, sentence{s, end, sb, endb})
			}
			s, sb = cp, i+utf8.RuneLen(r)
		}
	}
	if s < cp {
		out = append(out, sentence{s, cp, sb, len(text)})
	}
	return out
}

// Build indexes docs: every DATE and TIME annotation that is not rejected
// becomes an Event (its interval from Interval), entity mentions are merged
// into Entities (see entity.go), and each event records the entities
// mentioned in its sentence. docs is kept, not copied.
func Build(docs []Doc) *Library {
	l := &Library{Docs: docs}
	n := 0
	for _, d := range docs {
		for i := range d.Anns {
			if lb := d.Anns[i].Label; lb == annotation.DATE || lb == annotation.TIME {
				n++
			}
		}
	}
	l.Events = make([]Event, 0, n)
	var vague []Event
	for di, d := range docs {
		text := d.Doc.Text
		sents := sentences(text)
		sentOf := func(pos int) int {
			k, _ := slices.BinarySearchFunc(sents, pos, func(s sentence, p int) int { return cmp.Compare(s.To, p+1) })
			return min(k, len(sents)-1)
		}
		bySent := map[int][]int{} // sentence → entity ids
		entOf := map[int]int{}    // annotation index → entity id
		l.addMentions(di, d, sentOf, bySent, entOf)
		idx := map[string]int{}
		for i, a := range d.Anns {
			idx[a.ID] = i
		}
		dateOf := map[string][]int{}
		for _, lk := range d.Links {
			if i, ok := idx[lk.From]; ok && lk.Type == annotation.DateOf && d.Anns[i].Status != annotation.Rejected {
				dateOf[lk.To] = append(dateOf[lk.To], i)
			}
		}
		for _, a := range d.Anns {
			if a.Status == annotation.Rejected || (a.Label != annotation.DATE && a.Label != annotation.TIME) || len(sents) == 0 {
				continue
			}
			k := sentOf(a.Start)
			e := Event{Doc: di, Ann: a, SentFrom: sents[k].From, Sentence: strings.TrimSpace(text[sents[k].from:sents[k].to]), Events: dateOf[a.ID]}
			ents := slices.Clone(bySent[k])
			for _, i := range e.Events {
				if id, ok := entOf[i]; ok {
					ents = append(ents, id)
				}
				if len(sents) > 0 {
					ents = append(ents, bySent[sentOf(d.Anns[i].Start)]...)
				}
			}
			slices.Sort(ents)
			e.Entities = slices.Compact(ents)
			if s, en, g, ok := Interval(a.Value); ok {
				e.Start, e.End, e.Gran = s, en, g
				l.Events = append(l.Events, e)
			} else {
				vague = append(vague, e)
			}
		}
	}
	// Sorted through a permutation: an Event is a few hundred bytes.
	perm := make([]int32, len(l.Events))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(a, b int32) int {
		x, y := &l.Events[a], &l.Events[b]
		return cmp.Or(x.Start.Compare(y.Start), x.End.Compare(y.End), cmp.Compare(a, b))
	})
	events := make([]Event, 0, len(l.Events)+len(vague))
	for _, i := range perm {
		events = append(events, l.Events[i])
	}
	l.placed = len(events)
	l.Events = append(events, vague...)
	l.stats()
	return l
}

// Filter selects events. Zero fields select everything.
type Filter struct {
	Entities []int               // events whose sentence mentions one of these entities
	Labels   []annotation.Label  // DATE, TIME
	Statuses []annotation.Status // suggested, accepted (rejected ones are never indexed)
	Docs     []int               // indices into Library.Docs
	// [From, To): placed events whose interval overlaps it; vague events
	// are kept only when both are zero.
	From, To time.Time
	Text     string // folded substring of the quote or sentence (app/arabic.FoldString)
}

// match reports whether e passes f; text is f.Text folded.
func (f Filter) match(e *Event, text string) bool {
	if len(f.Labels) > 0 && !slices.Contains(f.Labels, e.Ann.Label) ||
		len(f.Statuses) > 0 && !slices.Contains(f.Statuses, e.Ann.Status) ||
		len(f.Docs) > 0 && !slices.Contains(f.Docs, e.Doc) {
		return false
	}
	if len(f.Entities) > 0 && !slices.ContainsFunc(f.Entities, func(id int) bool { _, ok := slices.BinarySearch(e.Entities, id); return ok }) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		if !e.Placed() || !f.From.IsZero() && !e.End.After(f.From) || !f.To.IsZero() && !e.Start.Before(f.To) {
			return false
		}
	}
	return text == "" || strings.Contains(e.folded, text)
}

// Timeline returns the placed events matching f in time order and, apart,
// the vague and underspecified ones matching f, in document order. The
// events are pointers into l.Events: do not modify them.
func (l *Library) Timeline(f Filter) (placed, apart []*Event) {
	text := arabic.FoldString(f.Text)
	if text != "" {
		l.fold()
	}
	lo, hi := 0, l.placed
	if !f.To.IsZero() { // events starting at or after To cannot overlap
		hi, _ = slices.BinarySearchFunc(l.Events[:l.placed], f.To, func(e Event, t time.Time) int {
			if e.Start.Before(t) {
				return -1
			}
			return 1
		})
	}
	for i := lo; i < hi; i++ {
		if e := &l.Events[i]; f.match(e, text) {
			placed = append(placed, e)
		}
	}
	for i := l.placed; i < len(l.Events); i++ {
		if e := &l.Events[i]; f.match(e, text) {
			apart = append(apart, e)
		}
	}
	return placed, apart
}
