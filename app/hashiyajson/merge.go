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
	Renamed    map[string]string // incoming id → new id, for added annotations whose id was taken
}

// String returns a plain sentence for the user.
func (r MergeReport) String() string {
	s := fmt.Sprintf("%d annotations added, %d already present.", r.Added, r.Duplicates)
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
// as by Sort. Existing annotations are all kept, unchanged. An incoming
// annotation with the same [start,end) and label as an existing one (or an
// earlier incoming one) is a duplicate and skipped, whatever its other
// fields. One whose id is already used gets a NewID, so both are kept.
// Links of added annotations follow: to the new id of a renamed one, or to
// the annotation a skipped one duplicates. Entity group ids of added
// annotations are mapped to the group of the existing annotation they
// duplicate if any, and otherwise renamed when the document already uses
// them for another group. Neither slice is modified.
func Merge(existing, incoming []annotation.Annotation) ([]annotation.Annotation, MergeReport) {
	merged := slices.Clone(existing)
	report := MergeReport{Renamed: map[string]string{}}
	bySpan := map[spanKey]annotation.Annotation{}
	ids, entities := map[string]bool{}, map[string]bool{}
	for _, a := range existing {
		k := spanKey{a.Start, a.End, a.Label}
		if _, ok := bySpan[k]; !ok {
			bySpan[k] = a
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
			report.Duplicates++
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
