package session

import (
	"github.com/hashiya/hashiya/app/anchor"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// ApplyReport says what ApplyFile did.
type ApplyReport struct {
	Merge    hashiyajson.MergeReport
	Position int                     // placed at their stored position
	Quote    int                     // found elsewhere by their quote and context
	Fuzzy    []annotation.Annotation // placed by approximate matching (as placed; those whose words changed are back to suggested)
	Orphans  []annotation.Annotation // not placed, as they were in the file
}

// ApplyFile re-anchors the annotations of an export made on another
// document in the open document's text (app/anchor: position and quote,
// then quote and context, then a bounded fuzzy match; otherwise orphan),
// and merges the placed ones as Import does. Orphans are only reported:
// nothing is moved to a place its context does not support. The open
// document's text is not changed.
func (s *Session) ApplyFile(f *hashiyajson.File) (ApplyReport, error) {
	res := anchor.Annotations(s.Doc.Text, f.Annotations)
	rep := ApplyReport{Orphans: res.Orphans}
	placed := make([]annotation.Annotation, 0, len(res.Placed))
	for _, p := range res.Placed {
		placed = append(placed, p.Ann)
		switch p.Match.Method {
		case anchor.Position:
			rep.Position++
		case anchor.Quote:
			rep.Quote++
		case anchor.Fuzzy:
			rep.Fuzzy = append(rep.Fuzzy, p.Ann)
		}
	}
	old := s.Anns()
	merged, mrep := hashiyajson.Merge(old, placed)
	rep.Merge = mrep
	_, err := s.Apply(Tx{Kind: "apply-file", Changes: Diff(old, merged)})
	return rep, err
}

// ApplyReportAll says what ApplyToAll did.
type ApplyReportAll struct {
	Added     int // new annotations (accepted, or suggested for proclitic forms)
	Confirmed int // unreviewed suggestions with the same span and label, now accepted
	Already   int // occurrences that already had the label (or were rejected with it)
}

// ApplyToAll gives the label of the annotation id to every other
// occurrence of its quote in the document as a whole word (anchor.Occurrences:
// folded comparison, so tashkeel, tatweel and hamza variants match), as the
// person's own accepted annotations; an unreviewed suggestion with the same
// span and label is accepted. With clitics set, occurrences with an
// attached proclitic (و ف ب ل ك ال لل) are added too, as suggestions to
// review, their spans excluding the proclitic. New annotations take the
// entity group and the TIMEX3 fields of the annotation id. Everything is
// saved at once.
func (s *Session) ApplyToAll(id string, clitics bool) (ApplyReportAll, error) {
	var rep ApplyReportAll
	src, ok := s.set.Get(id)
	if !ok {
		return rep, errGone
	}
	var changes []Change
	for _, o := range anchor.Occurrences(s.Doc.Text, src.Quote, clitics) {
		if o.Start == src.Start && o.End == src.End {
			continue
		}
		var have *annotation.Annotation
		s.set.Between(o.Start, o.End, func(a annotation.Annotation) bool {
			if a.Start == o.Start && a.End == o.End && a.Label == src.Label {
				have = &a
				return false
			}
			return true
		})
		if have != nil {
			if have.Status == annotation.Suggested && o.Clitic == 0 {
				a := *have
				a.Status = annotation.Accepted
				changes = append(changes, Put(a))
				rep.Confirmed++
			} else {
				rep.Already++
			}
			continue
		}
		a, err := s.selectSpan(o.Start, o.End, src.Label)
		if err != nil {
			return rep, err
		}
		a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
		if o.Clitic > 0 {
			a.Status = annotation.Suggested
		}
		a.Entity, a.Type, a.Value, a.Calendar, a.Hijri, a.Mod = src.Entity, src.Type, src.Value, src.Calendar, src.Hijri, src.Mod
		changes = append(changes, Put(a))
		rep.Added++
	}
	if rep.Added+rep.Confirmed == 0 {
		return rep, nil
	}
	_, err := s.Apply(Tx{Kind: "apply-all", Changes: changes})
	return rep, err
}
