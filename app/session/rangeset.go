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
	// byID locates each annotation (its sort key), so that the set holds
	// one copy of each annotation (~250 bytes), in its chunk.
	byID map[string]spanKey
}

// spanKey is what Compare orders by, besides the id.
type spanKey struct {
	start, end int
	label      annotation.Label
}

func keyOf(a *annotation.Annotation) spanKey { return spanKey{a.Start, a.End, a.Label} }

type chunk struct {
	anns           []annotation.Annotation // sorted by Compare
	minStart, maxE int                     // smallest Start (anns[0].Start), largest End
}

func (c *chunk) bounds() {
	c.minStart, c.maxE = c.anns[0].Start, 0
	for i := range c.anns {
		c.maxE = max(c.maxE, c.anns[i].End)
	}
}

// Compare orders annotations by Start, longer spans first (so an enclosing
// span comes before the spans nested in it), then Label, then ID.
func Compare(a, b annotation.Annotation) int { return compareKey(keyOf(&a), a.ID, keyOf(&b), b.ID) }

// compareKey is Compare on sort keys (no copy of the annotations: they are
// large values, and sorting or searching copies them at every comparison).
func compareKey(a spanKey, aid string, b spanKey, bid string) int {
	switch {
	case a.start != b.start:
		return a.start - b.start
	case a.end != b.end:
		return b.end - a.end
	case a.label != b.label:
		return strings.Compare(string(a.label), string(b.label))
	}
	return strings.Compare(aid, bid)
}

// NewRangeSet returns a set of anns (in any order; a later duplicate id
// replaces an earlier one).
func NewRangeSet(anns []annotation.Annotation) *RangeSet {
	r := &RangeSet{byID: make(map[string]spanKey, len(anns))}
	for i := range anns {
		r.byID[anns[i].ID] = keyOf(&anns[i])
	}
	var idx []int32
	if len(r.byID) == len(anns) { // no id twice (a stored set): one map pass
		idx = make([]int32, len(anns))
		for i := range idx {
			idx[i] = int32(i)
		}
	} else { // the last of each id wins
		last := make(map[string]int32, len(r.byID))
		for i := range anns {
			last[anns[i].ID] = int32(i)
		}
		idx = make([]int32, 0, len(last))
		for i := range anns {
			if last[anns[i].ID] == int32(i) {
				idx = append(idx, int32(i))
			}
		}
	}
	// Sorting indices moves 4 bytes per swap instead of an annotation.
	slices.SortFunc(idx, func(x, y int32) int {
		a, b := &anns[x], &anns[y]
		return compareKey(keyOf(a), a.ID, keyOf(b), b.ID)
	})
	for i := 0; i < len(idx); i += chunkMax / 2 {
		part := idx[i:min(len(idx), i+chunkMax/2)]
		c := &chunk{anns: make([]annotation.Annotation, len(part), len(part)+chunkMax/4)}
		for k, j := range part {
			c.anns[k] = anns[j]
		}
		c.bounds()
		r.chunks = append(r.chunks, c)
	}
	return r
}

// Len returns the number of annotations.
func (r *RangeSet) Len() int { return len(r.byID) }

// Get returns the annotation with the given id.
func (r *RangeSet) Get(id string) (annotation.Annotation, bool) {
	if k, ok := r.byID[id]; ok {
		ci, j := r.find(k, id)
		return r.chunks[ci].anns[j], true
	}
	return annotation.Annotation{}, false
}

// chunkFor returns the index of the chunk where an annotation with key k
// and id belongs: the first whose last annotation is not before it (the
// last chunk when it is after all).
func (r *RangeSet) chunkFor(k spanKey, id string) int {
	i, _ := slices.BinarySearchFunc(r.chunks, k, func(c *chunk, k spanKey) int {
		l := &c.anns[len(c.anns)-1]
		return compareKey(keyOf(l), l.ID, k, id)
	})
	return min(i, len(r.chunks)-1)
}

// search returns the position in c where an annotation with key k and id
// is or belongs.
func (c *chunk) search(k spanKey, id string) (int, bool) {
	return slices.BinarySearchFunc(c.anns, k, func(a annotation.Annotation, k spanKey) int {
		return compareKey(keyOf(&a), a.ID, k, id)
	})
}

// find returns the chunk and position of the annotation with key k and id,
// which is in the set.
func (r *RangeSet) find(k spanKey, id string) (ci, j int) {
	ci = r.chunkFor(k, id)
	j, found := r.chunks[ci].search(k, id)
	if !found {
		panic("session: RangeSet index out of step for " + id)
	}
	return ci, j
}

// Put adds a, or replaces the annotation with its id. It returns the
// annotation replaced and whether there was one.
func (r *RangeSet) Put(a annotation.Annotation) (old annotation.Annotation, replaced bool) {
	if r.byID == nil {
		r.byID = map[string]spanKey{}
	}
	if k, ok := r.byID[a.ID]; ok {
		old, replaced = r.remove(k, a.ID), true
	}
	k := keyOf(&a)
	r.byID[a.ID] = k
	if len(r.chunks) == 0 {
		r.chunks = []*chunk{{anns: []annotation.Annotation{a}, minStart: a.Start, maxE: a.End}}
		return old, replaced
	}
	ci := r.chunkFor(k, a.ID)
	c := r.chunks[ci]
	j, _ := c.search(k, a.ID)
	c.anns = slices.Insert(c.anns, j, a)
	if len(c.anns) > chunkMax {
		half := len(c.anns) / 2
		d := &chunk{anns: slices.Clone(c.anns[half:])}
		clear(c.anns[half:]) // no stale copies kept alive
		c.anns = slices.Clip(c.anns[:half])
		d.bounds()
		r.chunks = slices.Insert(r.chunks, ci+1, d)
	}
	c.bounds()
	return old, replaced
}

// Delete removes the annotation with the given id and returns it.
func (r *RangeSet) Delete(id string) (annotation.Annotation, bool) {
	k, ok := r.byID[id]
	if !ok {
		return annotation.Annotation{}, false
	}
	delete(r.byID, id)
	return r.remove(k, id), true
}

func (r *RangeSet) remove(k spanKey, id string) annotation.Annotation {
	ci, j := r.find(k, id)
	c := r.chunks[ci]
	a := c.anns[j]
	c.anns = slices.Delete(c.anns, j, j+1)
	if len(c.anns) == 0 {
		r.chunks = slices.Delete(r.chunks, ci, ci+1)
		return a
	}
	c.bounds()
	return a
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
