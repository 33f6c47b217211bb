// Package overview derives the document-level views of the annotator from a
// document's annotations: the timeline of its dates and the list of its
// entities with their mentions. Rejected annotations are left out.
package overview

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Item is one entry of the timeline: the sort key shown (the TIMEX3 value,
// else "AH " + the Hijri value) and the annotation's id, label, quote and
// span (code points, half-open).
type Item struct {
	Key, ID, Quote string
	Label          annotation.Label
	Start, End     int
}

// Timeline returns the DATE and TIME annotations that have a TIMEX3 value
// (or, failing that, a Hijri value) in chronological order: by value, which
// sorts as ISO 8601 for full and partial dates (2016 < 2016-06 <
// 2016-11-29 < 2016-11-29T11:11); values with X placeholders or reference
// words (PAST_REF) and Hijri-only values come after, then by position in the
// text.
func Timeline(anns []annotation.Annotation) []Item { return TimelineOf(slices.Values(anns)) }

// TimelineOf is Timeline over the annotations each yields.
func TimelineOf(each iter.Seq[annotation.Annotation]) []Item {
	var out []Item
	for a := range each {
		if a.Status == annotation.Rejected || (a.Label != annotation.DATE && a.Label != annotation.TIME) {
			continue
		}
		it := Item{ID: a.ID, Quote: a.Quote, Label: a.Label, Start: a.Start, End: a.End}
		switch {
		case a.Value != "":
			it.Key = a.Value
		case a.Hijri != "":
			it.Key = "AH " + a.Hijri
		default:
			continue
		}
		out = append(out, it)
	}
	rank := func(k string) int {
		switch {
		case strings.HasPrefix(k, "AH "):
			return 2
		case len(k) >= 4 && isDigits(k[:4]) && !strings.Contains(k, "X"):
			return 0
		}
		return 1
	}
	// Sort a permutation with the ranks computed once (moving indices is
	// cheaper than moving Items).
	ranks := make([]int8, len(out))
	perm := make([]int32, len(out))
	for i := range out {
		ranks[i], perm[i] = int8(rank(out[i].Key)), int32(i)
	}
	slices.SortFunc(perm, func(x, y int32) int {
		a, b := &out[x], &out[y]
		if ra, rb := ranks[x], ranks[y]; ra != rb {
			return int(ra) - int(rb)
		}
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		if c := a.Start - b.Start; c != 0 {
			return c
		}
		return int(x - y)
	})
	sorted := make([]Item, len(out))
	for i, j := range perm {
		sorted[i] = out[j]
	}
	return sorted
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Group is one entity and its mentions.
type Group struct {
	Key      string // the entity group id, or label + folded quote
	Name     string // the longest mention's quote
	Label    annotation.Label
	Mentions []Mention // in text order
}

// Mention is one mention of an entity: its annotation's id and span (code
// points, half-open).
type Mention struct {
	ID         string
	Start, End int
}

// Entities groups the PER, LOC, ORG and MISC annotations: by their entity
// group id when they have one (mentions the recognizer linked), else by
// label and folded quote (app/arabic.Fold, so hamza and tashkeel variants
// group together). Groups are ordered by number of mentions, then by first
// mention.
func Entities(anns []annotation.Annotation) []Group {
	var k Keys
	return k.Entities(slices.Values(anns))
}

// Keys remembers the grouping key of each label and quote between calls of
// Entities, so that recomputing the list of a document after an edit folds
// only the quotes it has not seen (folding every quote is most of the work
// otherwise). The zero value is ready to use; it is not safe for concurrent
// use.
type Keys struct {
	m map[labelQuote]string
}

type labelQuote struct {
	label annotation.Label
	quote string
}

// maxKeys bounds the memo: past it, it starts again empty.
const maxKeys = 1 << 17

func (k *Keys) key(a annotation.Annotation) string {
	if a.Entity != "" {
		return "entity:" + a.Entity
	}
	lq := labelQuote{a.Label, a.Quote}
	if s, ok := k.m[lq]; ok {
		return s
	}
	if k.m == nil || len(k.m) >= maxKeys {
		k.m = map[labelQuote]string{}
	}
	s := string(a.Label) + ":" + arabic.FoldString(a.Quote)
	k.m[lq] = s
	return s
}

// Entities is the package's Entities over the annotations each yields (in
// any order; text order, as the editor's set gives them, saves a sort).
func (k *Keys) Entities(each iter.Seq[annotation.Annotation]) []Group {
	idx := map[string]int32{}
	var out []Group
	var nameLen []int // rune count of each group's Name
	for a := range each {
		if a.Status == annotation.Rejected || a.Label.IsTemporal() {
			continue
		}
		key := k.key(a)
		i, ok := idx[key]
		if !ok {
			i = int32(len(out))
			idx[key] = i
			out = append(out, Group{Key: key, Label: a.Label})
			nameLen = append(nameLen, -1)
		}
		g := &out[i]
		g.Mentions = append(g.Mentions, Mention{a.ID, a.Start, a.End})
		if a.Quote != g.Name {
			if n := utf8.RuneCountInString(a.Quote); n > nameLen[i] {
				g.Name, nameLen[i] = a.Quote, n
			}
		}
	}
	byStart := func(a, b Mention) int { return a.Start - b.Start }
	for i := range out {
		if !slices.IsSortedFunc(out[i].Mentions, byStart) {
			slices.SortStableFunc(out[i].Mentions, byStart)
		}
	}
	// Sort a permutation (a Group is several words; moving indices is
	// cheaper), by mentions then first mention.
	perm := make([]int32, len(out))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(x, y int32) int {
		a, b := &out[x], &out[y]
		if len(a.Mentions) != len(b.Mentions) {
			return len(b.Mentions) - len(a.Mentions)
		}
		if c := a.Mentions[0].Start - b.Mentions[0].Start; c != 0 {
			return c
		}
		return int(x - y)
	})
	sorted := make([]Group, len(out))
	for i, j := range perm {
		sorted[i] = out[j]
	}
	return sorted
}
