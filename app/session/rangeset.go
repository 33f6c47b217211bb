package session

import (
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/annotation"
)

// chunkMax is the most annotations a RangeSet chunk holds before it is split
// in two; CodeMirror 6 uses 250 (src/rangeset.ts, ChunkSize).
const chunkMax = 256

// RangeSet is the annotations of one document, sorted (Compare) and kept in
// chunks of at most chunkMax, after CodeMirror 6's RangeSet: a query visits
// only the chunks whose extent overlaps it, and an insertion or removal
// rewrites one chunk, so an edit costs O(log n + chunkMax) and a query
// O(n/chunkMax + k), never O(n) over all annotations. Offsets are absolute
// code points: a document's text never changes (it is identified by its
// SHA-256), so unlike CodeMirror's chunks these need no relative offsets.
//
// Annotation ids are unique in a set. The zero RangeSet is empty and ready
// to use. A RangeSet is not safe for concurrent use.
type RangeSet struct {
	chunks []*chunk
	byID   map[string]annotation.Annotation
}

type chunk struct {
	anns           []annotation.Annotation // sorted by Compare
	minStart, maxE int                     // smallest Start (anns[0].Start), largest End
}

func (c *chunk) bounds() {
	c.minStart, c.maxE = c.anns[0].Start, 0
	for _, a := range c.anns {
		c.maxE = max(c.maxE, a.End)
	}
}

// Compare orders annotations by Start, longer spans first (so an enclosing
// span comes before the spans nested in it), then Label, then ID.
func Compare(a, b annotation.Annotation) int {
	switch {
	case a.Start != b.Start:
		return a.Start - b.Start
	case a.End != b.End:
		return b.End - a.End
	case a.Label != b.Label:
		return strings.Compare(string(a.Label), string(b.Label))
	}
	return strings.Compare(a.ID, b.ID)
}

// NewRangeSet returns a set of anns (in any order; a later duplicate id
// replaces an earlier one).
func NewRangeSet(anns []annotation.Annotation) *RangeSet {
	r := &RangeSet{byID: make(map[string]annotation.Annotation, len(anns))}
	for _, a := range anns {
		r.byID[a.ID] = a
	}
	all := make([]annotation.Annotation, 0, len(r.byID))
	for _, a := range r.byID {
		all = append(all, a)
	}
	slices.SortFunc(all, Compare)
	for i := 0; i < len(all); i += chunkMax / 2 {
		c := &chunk{anns: slices.Clone(all[i:min(len(all), i+chunkMax/2)])}
		c.bounds()
		r.chunks = append(r.chunks, c)
	}
	return r
}

// Len returns the number of annotations.
func (r *RangeSet) Len() int { return len(r.byID) }

// Get returns the annotation with the given id.
func (r *RangeSet) Get(id string) (annotation.Annotation, bool) {
	a, ok := r.byID[id]
	return a, ok
}

// chunkFor returns the index of the chunk where a belongs: the first whose
// last annotation is not before a (the last chunk when a is after all).
func (r *RangeSet) chunkFor(a annotation.Annotation) int {
	i, _ := slices.BinarySearchFunc(r.chunks, a, func(c *chunk, a annotation.Annotation) int {
		return Compare(c.anns[len(c.anns)-1], a)
	})
	return min(i, len(r.chunks)-1)
}

// Put adds a, or replaces the annotation with its id. It returns the
// annotation replaced and whether there was one.
func (r *RangeSet) Put(a annotation.Annotation) (old annotation.Annotation, replaced bool) {
	if r.byID == nil {
		r.byID = map[string]annotation.Annotation{}
	}
	if old, replaced = r.byID[a.ID]; replaced {
		r.remove(old)
	}
	r.byID[a.ID] = a
	if len(r.chunks) == 0 {
		r.chunks = []*chunk{{anns: []annotation.Annotation{a}, minStart: a.Start, maxE: a.End}}
		return old, replaced
	}
	ci := r.chunkFor(a)
	c := r.chunks[ci]
	j, _ := slices.BinarySearchFunc(c.anns, a, Compare)
	c.anns = slices.Insert(c.anns, j, a)
	if len(c.anns) > chunkMax {
		half := len(c.anns) / 2
		d := &chunk{anns: slices.Clone(c.anns[half:])}
		c.anns = slices.Clip(c.anns[:half])
		d.bounds()
		r.chunks = slices.Insert(r.chunks, ci+1, d)
	}
	c.bounds()
	return old, replaced
}

// Delete removes the annotation with the given id and returns it.
func (r *RangeSet) Delete(id string) (annotation.Annotation, bool) {
	a, ok := r.byID[id]
	if ok {
		r.remove(a)
		delete(r.byID, id)
	}
	return a, ok
}

func (r *RangeSet) remove(a annotation.Annotation) {
	ci := r.chunkFor(a)
	c := r.chunks[ci]
	j, found := slices.BinarySearchFunc(c.anns, a, Compare)
	if !found {
		panic("session: RangeSet index out of step for " + a.ID)
	}
	c.anns = slices.Delete(c.anns, j, j+1)
	if len(c.anns) == 0 {
		r.chunks = slices.Delete(r.chunks, ci, ci+1)
		return
	}
	c.bounds()
}

// Between calls f, in order, for each annotation that overlaps the code
// points [from,to) (Start < to and End > from; with from == to, those that
// contain from), until f returns false. Only the chunks whose extent
// overlaps [from,to) are visited.
func (r *RangeSet) Between(from, to int, f func(annotation.Annotation) bool) {
	if to == from {
		to++
	}
	for _, c := range r.chunks {
		if c.minStart >= to {
			return
		}
		if c.maxE <= from {
			continue
		}
		for i := range c.anns {
			a := &c.anns[i] // no copy of the annotations passed over
			if a.Start >= to {
				return
			}
			if a.End > from && !f(*a) {
				return
			}
		}
	}
}

// All returns the annotations in order (a new slice).
func (r *RangeSet) All() []annotation.Annotation {
	out := make([]annotation.Annotation, 0, r.Len())
	for _, c := range r.chunks {
		out = append(out, c.anns...)
	}
	return out
}

// Each calls f for each annotation in order until f returns false, without
// copying the set.
func (r *RangeSet) Each(f func(annotation.Annotation) bool) {
	for _, c := range r.chunks {
		for _, a := range c.anns {
			if !f(a) {
				return
			}
		}
	}
}
