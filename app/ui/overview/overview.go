// Package overview derives the document-level views of the annotator from a
// document's annotations: the timeline of its dates and the list of its
// entities with their mentions. Rejected annotations are left out.
package overview

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Item is one entry of the timeline.
type Item struct {
	Key string // the sort key shown: the TIMEX3 value, else "AH " + the Hijri value
	Ann annotation.Annotation
}

// Timeline returns the DATE and TIME annotations that have a TIMEX3 value
// (or, failing that, a Hijri value) in chronological order: by value, which
// sorts as ISO 8601 for full and partial dates (2016 < 2016-06 <
// 2016-11-29 < 2016-11-29T11:11); values with X placeholders or reference
// words (PAST_REF) and Hijri-only values come after, then by position in the
// text.
func Timeline(anns []annotation.Annotation) []Item {
	var out []Item
	for _, a := range anns {
		if a.Status == annotation.Rejected || (a.Label != annotation.DATE && a.Label != annotation.TIME) {
			continue
		}
		switch {
		case a.Value != "":
			out = append(out, Item{a.Value, a})
		case a.Hijri != "":
			out = append(out, Item{"AH " + a.Hijri, a})
		}
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
	// Sort a permutation with the ranks computed once: an Item holds a
	// whole annotation, and moving those is what a sort of thousands of
	// dates would spend its time on.
	ranks := make([]int8, len(out))
	perm := make([]int32, len(out))
	for i := range out {
		ranks[i], perm[i] = int8(rank(out[i].Key)), int32(i)
	}
	slices.SortStableFunc(perm, func(x, y int32) int {
		a, b := &out[x], &out[y]
		if ra, rb := ranks[x], ranks[y]; ra != rb {
			return int(ra) - int(rb)
		}
		if c := strings.Compare(a.Key, b.Key); c != 0 {
			return c
		}
		return a.Ann.Start - b.Ann.Start
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
	Mentions []annotation.Annotation // in text order
}

// Entities groups the PER, LOC, ORG and MISC annotations: by their entity
// group id when they have one (mentions the recognizer linked), else by
// label and folded quote (app/arabic.Fold, so hamza and tashkeel variants
// group together). Groups are ordered by number of mentions, then by first
// mention.
func Entities(anns []annotation.Annotation) []Group {
	idx := map[string]int{}
	var out []Group
	for _, a := range anns {
		if a.Status == annotation.Rejected || a.Label.IsTemporal() {
			continue
		}
		key := string(a.Label) + ":" + arabic.FoldString(a.Quote)
		if a.Entity != "" {
			key = "entity:" + a.Entity
		}
		i, ok := idx[key]
		if !ok {
			i = len(out)
			idx[key] = i
			out = append(out, Group{Key: key, Label: a.Label})
		}
		g := &out[i]
		g.Mentions = append(g.Mentions, a)
		if utf8.RuneCountInString(a.Quote) > utf8.RuneCountInString(g.Name) {
			g.Name = a.Quote
		}
	}
	byStart := func(a, b annotation.Annotation) int { return a.Start - b.Start }
	for i := range out {
		if !slices.IsSortedFunc(out[i].Mentions, byStart) { // the editor's annotations come in text order
			slices.SortStableFunc(out[i].Mentions, byStart)
		}
	}
	slices.SortStableFunc(out, func(a, b Group) int {
		if len(a.Mentions) != len(b.Mentions) {
			return len(b.Mentions) - len(a.Mentions)
		}
		return a.Mentions[0].Start - b.Mentions[0].Start
	})
	return out
}
