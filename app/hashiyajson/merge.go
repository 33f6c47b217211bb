package hashiyajson

import (
	"fmt"
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
)

// MergeReport says what Merge did with the incoming annotations.
type MergeReport struct {
	Added      int               // incoming annotations added
	Duplicates int               // incoming annotations skipped: same span and label as one already present
	Decided    int               // unreviewed suggestions present that took the file's accept/reject decision
	Removed    int               // unreviewed suggestions present that the file's tombstones removed (Apply)
	Renamed    map[string]string // incoming id → new id, for added annotations whose id was taken
}

// String returns a plain sentence for the user.
func (r MergeReport) String() string {
	s := fmt.Sprintf("%d annotations added, %d already present.", r.Added, r.Duplicates)
	if r.Decided > 0 {
		s += fmt.Sprintf(" %d suggestions took the file's accept/reject decision.", r.Decided)
	}
	if r.Removed > 0 {
		s += fmt.Sprintf(" %d suggestions deleted in the file were removed.", r.Removed)
	}
	if len(r.Renamed) > 0 {
		s += fmt.Sprintf(" %d had an id already in use and were given a new one.", len(r.Renamed))
	}
	return s
}

type spanKey struct {
	start, end int
	label      annotation.Label
}

// Merge returns existing plus the incoming annotations that are new, sorted
// as by Sort. Existing annotations are all kept. An incoming annotation with
// the same [start,end) and label as an existing one (or an earlier incoming
// one) is a duplicate and skipped, with one exception: when the existing one
// is an unreviewed recognizer suggestion (Source auto, Status suggested) and
// the incoming one was reviewed (accepted or rejected), the existing one
// takes the incoming one's fields — the person's decision, value, note —
// but keeps its own ID, Link and Entity (ids of this document); the report
// counts it in Decided. So exporting reviewed work and importing it where
// the recognizers have just suggested the same spans keeps the decisions,
// while nothing a person made or reviewed is ever changed by an import.
// An incoming annotation whose id is already used gets a NewID, so both are
// kept.
// Links of added annotations follow: to the new id of a renamed one, or to
// the annotation a skipped one duplicates. Entity group ids of added
// annotations are mapped to the group of the existing annotation they
// duplicate if any, and otherwise renamed when the document already uses
// them for another group. Neither slice is modified.
func Merge(existing, incoming []annotation.Annotation) ([]annotation.Annotation, MergeReport) {
	merged := slices.Clone(existing)
	report := MergeReport{Renamed: map[string]string{}}
	bySpan := map[spanKey]annotation.Annotation{}
	at := map[spanKey]int{} // index in merged of the existing annotation bySpan names
	ids, entities := map[string]bool{}, map[string]bool{}
	for i, a := range existing {
		k := spanKey{a.Start, a.End, a.Label}
		if _, ok := bySpan[k]; !ok {
			bySpan[k], at[k] = a, i
		}
		ids[a.ID] = true
		if a.Entity != "" {
			entities[a.Entity] = true
		}
	}
	alias := map[string]string{}  // incoming id → id in merged
	entity := map[string]string{} // incoming entity group → group in merged
	var added []annotation.Annotation
	for _, a := range incoming {
		k := spanKey{a.Start, a.End, a.Label}
		if dup, ok := bySpan[k]; ok {
			if i, isExisting := at[k]; isExisting && unreviewed(merged[i]) && a.Status != annotation.Suggested {
				b := a
				b.ID, b.Link, b.Entity = dup.ID, dup.Link, dup.Entity
				merged[i] = b
				delete(at, k) // decided once: a later duplicate is skipped
				report.Decided++
			} else {
				report.Duplicates++
			}
			if _, seen := alias[a.ID]; !seen {
				alias[a.ID] = dup.ID
			}
			if a.Entity != "" && dup.Entity != "" && entity[a.Entity] == "" {
				entity[a.Entity] = dup.Entity
			}
			continue
		}
		if a.ID == "" || ids[a.ID] {
			id := annotation.NewID()
			for ids[id] {
				id = annotation.NewID()
			}
			report.Renamed[a.ID] = id
			if _, seen := alias[a.ID]; !seen {
				alias[a.ID] = id
			}
			a.ID = id
		}
		ids[a.ID] = true
		bySpan[k] = a
		added = append(added, a)
	}
	for i := range added {
		a := &added[i]
		if to, ok := alias[a.Link]; ok && a.Link != "" {
			a.Link = to
		}
		if a.Entity == "" {
			continue
		}
		if to, ok := entity[a.Entity]; ok {
			a.Entity = to
		} else if entities[a.Entity] {
			to = "e" + annotation.NewID()
			entity[a.Entity] = to
			a.Entity = to
		} else {
			entity[a.Entity] = a.Entity
		}
	}
	report.Added = len(added)
	merged = append(merged, added...)
	Sort(merged)
	return merged, report
}

// unreviewed reports whether a is a recognizer suggestion nobody has
// accepted or rejected.
func unreviewed(a annotation.Annotation) bool {
	return a.Source == annotation.Auto && a.Status == annotation.Suggested
}
