package history

import (
	"reflect"
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
)

// Patch is a change of one document's annotations and reference date: the
// change type of an annotator's undo history. Every operation a person
// performs (add, delete, relabel, accept, reject, note, apply to all,
// import, DCT change) is the Diff between the annotations before and after
// it, so no operation needs its own inverse.
type Patch struct {
	// Ops lists the annotations that changed, by id: Before is nil for an
	// added annotation, After nil for a deleted one.
	Ops []Op `json:"ops"`
	// DCT is set when the reference date changed.
	DCT *DCTChange `json:"dct,omitempty"`
}

// Op is the change of one annotation (same ID before and after).
type Op struct {
	Before *annotation.Annotation `json:"before,omitempty"`
	After  *annotation.Annotation `json:"after,omitempty"`
}

// DCTChange is a change of Document.DCT (pipeline.FormatDCT form, "" unset)
// and of where it came from (pipeline.Source…).
type DCTChange struct {
	Before       string `json:"before"`
	After        string `json:"after"`
	SourceBefore string `json:"sourceBefore,omitempty"`
	SourceAfter  string `json:"sourceAfter,omitempty"`
}

func (o Op) id() string {
	if o.After != nil {
		return o.After.ID
	}
	if o.Before != nil {
		return o.Before.ID
	}
	return ""
}

// Empty reports whether p changes nothing.
func (p Patch) Empty() bool { return len(p.Ops) == 0 && p.DCT == nil }

// Diff returns the patch that turns the annotations old into new (matched by
// ID; order is ignored). The result lists the changed ids in the order of
// new, then the deleted ones in the order of old. Cost O(len(old)+len(new)).
func Diff(old, new []annotation.Annotation) Patch {
	byID := make(map[string]int, len(old))
	for i, a := range old {
		byID[a.ID] = i
	}
	var p Patch
	seen := make(map[string]bool, len(new))
	for i := range new {
		a := new[i]
		seen[a.ID] = true
		j, ok := byID[a.ID]
		switch {
		case !ok:
			p.Ops = append(p.Ops, Op{After: &a})
		case !reflect.DeepEqual(old[j], a):
			b := old[j]
			p.Ops = append(p.Ops, Op{Before: &b, After: &a})
		}
	}
	for i := range old {
		if !seen[old[i].ID] {
			b := old[i]
			p.Ops = append(p.Ops, Op{Before: &b})
		}
	}
	return p
}

// Invert returns the patch that undoes p.
func (p Patch) Invert() Patch {
	q := Patch{Ops: make([]Op, len(p.Ops))}
	for i, o := range p.Ops {
		q.Ops[i] = Op{Before: o.After, After: o.Before}
	}
	if p.DCT != nil {
		q.DCT = &DCTChange{Before: p.DCT.After, After: p.DCT.Before, SourceBefore: p.DCT.SourceAfter, SourceAfter: p.DCT.SourceBefore}
	}
	return q
}

// Then returns the patch that does p and then next: for each id the state
// before p and the state after next; an annotation added by p and deleted
// by next disappears from the result.
func (p Patch) Then(next Patch) Patch {
	idx := map[string]int{}
	out := Patch{Ops: slices.Clone(p.Ops)}
	for i, o := range out.Ops {
		idx[o.id()] = i
	}
	for _, o := range next.Ops {
		if i, ok := idx[o.id()]; ok {
			out.Ops[i].After = o.After
			continue
		}
		idx[o.id()] = len(out.Ops)
		out.Ops = append(out.Ops, o)
	}
	out.Ops = slices.DeleteFunc(out.Ops, func(o Op) bool {
		return o.Before == nil && o.After == nil ||
			o.Before != nil && o.After != nil && reflect.DeepEqual(*o.Before, *o.After)
	})
	switch {
	case p.DCT == nil:
		out.DCT = next.DCT
	case next.DCT == nil:
		out.DCT = p.DCT
	default:
		d := *p.DCT
		d.After, d.SourceAfter = next.DCT.After, next.DCT.SourceAfter
		out.DCT = &d
	}
	return out
}

// Apply returns anns with p applied: the annotations p deletes or changes
// are removed by id and their new states added. It does not sort. conflicts
// counts the ops whose Before did not match the current annotation (changed
// since, e.g. in another tab); they are applied anyway, since the person
// asked for the state After. Cost O(len(anns)+len(p.Ops)).
func (p Patch) Apply(anns []annotation.Annotation) (out []annotation.Annotation, conflicts int) {
	ops := make(map[string]Op, len(p.Ops))
	for _, o := range p.Ops {
		ops[o.id()] = o
	}
	out = make([]annotation.Annotation, 0, len(anns)+len(p.Ops))
	done := make(map[string]bool, len(p.Ops))
	for _, a := range anns {
		o, ok := ops[a.ID]
		if !ok {
			out = append(out, a)
			continue
		}
		done[a.ID] = true
		if o.Before == nil || !reflect.DeepEqual(*o.Before, a) {
			conflicts++
		}
		if o.After != nil {
			out = append(out, *o.After)
		}
	}
	for _, o := range p.Ops {
		if done[o.id()] {
			continue
		}
		if o.Before != nil {
			conflicts++ // already gone
		}
		if o.After != nil {
			out = append(out, *o.After)
		}
	}
	return out, conflicts
}

var _ Change[Patch] = Patch{}
