package anchor

import (
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/arabic"
)

// Placed is an annotation anchored in the new text.
type Placed struct {
	Ann   annotation.Annotation // with Start, End, Quote, Prefix and Suffix of the new text
	From  Selector              // where it was in the text it came from
	Match Match
}

// Result is the outcome of Annotations.
type Result struct {
	Placed  []Placed                // in the order given
	Orphans []annotation.Annotation // not anchored, unchanged, in the order given
}

// Count returns how many annotations were anchored by method m (Orphan
// counts the orphans).
func (r Result) Count(m Method) int {
	if m == Orphan {
		return len(r.Orphans)
	}
	n := 0
	for _, p := range r.Placed {
		if p.Match.Method == m {
			n++
		}
	}
	return n
}

// Annotations anchors anns, made on another text, in text. A placed
// annotation takes its span, quote and context from text and keeps its
// other fields, except that one placed by fuzzy matching whose quote
// changed beyond tashkeel, tatweel and hamza/alef variants (arabic.Fold)
// goes back to Status suggested, to be reviewed again (its value, for a
// date, may no longer fit its words). Links to an orphan are
// cleared. anns is not modified.
func Annotations(text string, anns []annotation.Annotation) Result {
	return collect(anns, NewText(text).placeAll(anns, nil))
}

// placeAll anchors anns in t in order, skipping those already placed
// (done[i] non-nil, when done is given), and returns where each went (nil
// for an orphan).
func (t *Text) placeAll(anns []annotation.Annotation, done []*Placed) []*Placed {
	out := make([]*Placed, len(anns))
	shift := 0 // how far the last span placed moved: the next is expected to move as far
	for i, a := range anns {
		if done != nil && done[i] != nil {
			out[i] = done[i]
			shift = done[i].Match.Start - done[i].From.Start
			continue
		}
		sel := FromAnnotation(a)
		m := t.anchor(sel, sel.Start+shift)
		if m.Method == Orphan {
			continue
		}
		shift = m.Start - sel.Start
		o, n := t.orig, annotation.ContextLen
		a.Start, a.End = m.Start, m.End
		a.Quote = string(o[m.Start:m.End])
		a.Prefix, a.Suffix = string(o[max(0, m.Start-n):m.Start]), string(o[m.End:min(len(o), m.End+n)])
		if m.Method == Fuzzy && arabic.FoldString(a.Quote) != arabic.FoldString(sel.Exact) {
			a.Status = annotation.Suggested
		}
		out[i] = &Placed{Ann: a, From: sel, Match: m}
	}
	return out
}

// collect turns per-annotation outcomes into a Result, in order, clearing
// links to orphans.
func collect(anns []annotation.Annotation, at []*Placed) Result {
	var r Result
	orphan := map[string]bool{}
	for i, p := range at {
		if p == nil {
			r.Orphans = append(r.Orphans, anns[i])
			orphan[anns[i].ID] = true
			continue
		}
		r.Placed = append(r.Placed, *p)
	}
	for i := range r.Placed {
		if orphan[r.Placed[i].Ann.Link] {
			r.Placed[i].Ann.Link = ""
		}
	}
	return r
}
