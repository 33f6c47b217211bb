package session

import (
	"github.com/hashiya/hashiya/app/annotation"
)

// SetStatusAll sets the review status of the annotations ids in one
// transaction (one undo step) of kind "bulk-accept", "bulk-reject" or
// "bulk-status", and returns how many changed. Ids that no longer exist are
// skipped.
func (s *Session) SetStatusAll(ids []string, st annotation.Status) (int, error) {
	if !st.Valid() {
		return 0, annotation.Errorf(annotation.EINVALID, "%q is not a review status.", st)
	}
	kind := map[annotation.Status]string{annotation.Accepted: "bulk-accept", annotation.Rejected: "bulk-reject"}[st]
	if kind == "" {
		kind = "bulk-status"
	}
	tx := Tx{Kind: kind}
	for _, id := range ids {
		a, ok := s.set.Get(id)
		if !ok || a.Status == st {
			continue
		}
		a.Status = st
		tx.Changes = append(tx.Changes, Put(a))
	}
	applied, err := s.Apply(tx)
	return len(applied.Changes), err
}

// LabelSpans labels each span [start,end) (code points) with label, in one
// transaction of kind "label-hits" (one undo step), as Add does for one
// span: an annotation with the same span and label is accepted, a manual
// one with the same span is relabelled, otherwise a manual accepted
// annotation is added (temporal labels take the TIMEX3 fields of a
// suggestion on the same span). Spans outside the text are an EINVALID
// error and nothing is applied. It returns how many annotations changed.
func (s *Session) LabelSpans(spans [][2]int, label annotation.Label) (int, error) {
	if !label.Valid() {
		return 0, annotation.Errorf(annotation.EINVALID, "%q is not a label.", label)
	}
	tx := Tx{Kind: "label-hits"}
	for _, sp := range spans {
		start, end := sp[0], sp[1]
		if start >= end {
			continue
		}
		var same, manual, typed *annotation.Annotation
		s.set.Between(start, end, func(a annotation.Annotation) bool {
			if a.Start == start && a.End == end {
				switch {
				case a.Label == label && same == nil:
					same = &a
				case a.Source == annotation.Manual && manual == nil:
					manual = &a
				}
				if a.Type != "" && typed == nil {
					typed = &a
				}
			}
			return true
		})
		var a annotation.Annotation
		switch {
		case same != nil:
			a = *same
			a.Status = annotation.Accepted
		case manual != nil:
			a = *manual
			a.Label, a.Status = label, annotation.Accepted
			if label.IsTemporal() {
				a.Type, a.Entity = string(label), ""
			} else {
				a.Type, a.Value, a.Calendar, a.Hijri, a.Mod, a.Link = "", "", "", "", "", ""
			}
		default:
			var err error
			if a, err = s.selectSpan(start, end, label); err != nil {
				return 0, err
			}
			a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
			if label.IsTemporal() {
				a.Type = string(label)
				if typed != nil {
					a.Value, a.Calendar, a.Hijri, a.Mod, a.Note = typed.Value, typed.Calendar, typed.Hijri, typed.Mod, typed.Note
				}
			}
		}
		tx.Changes = append(tx.Changes, Put(a))
	}
	applied, err := s.Apply(tx)
	return len(applied.Changes), err
}
