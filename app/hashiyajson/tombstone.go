package hashiyajson

import (
	"github.com/hashiya/hashiya/app/annotation"
)

// Tombstone records a recognizer suggestion the person deleted, so that
// importing the export elsewhere removes that suggestion there too instead
// of bringing it back. Start and End are code points, half-open, into the
// document text; Quote is the text of the span then.
type Tombstone struct {
	ID    string           `json:"id,omitempty"`
	Start int              `json:"start"`
	End   int              `json:"end"`
	Label annotation.Label `json:"label"`
	Quote string           `json:"quote"`
}

// TombstoneOf returns the tombstone of a deleted annotation.
func TombstoneOf(a annotation.Annotation) Tombstone {
	return Tombstone{ID: a.ID, Start: a.Start, End: a.End, Label: a.Label, Quote: a.Quote}
}

// Buries reports whether t is the tombstone of a: same span and label.
func (t Tombstone) Buries(a annotation.Annotation) bool {
	return t.Start == a.Start && t.End == a.End && t.Label == a.Label
}

// checkTombstones validates tombstones against text as annotations are:
// in range, non-empty, known label, quote equal to the text.
func checkTombstones(text string, ts []Tombstone) error {
	runes := []rune(text)
	for i, t := range ts {
		a := annotation.Annotation{ID: "tombstone", Start: t.Start, End: t.End, Quote: t.Quote, Label: t.Label, Source: annotation.Auto, Status: annotation.Rejected}
		if err := a.ValidateRunes(runes); err != nil {
			return invalid("Deleted suggestion #%d: %s", i+1, annotation.ErrorMessage(err))
		}
	}
	return nil
}

// Apply merges the annotations of f into existing (see Merge), then removes
// from the result every unreviewed recognizer suggestion (source auto,
// status suggested) that one of f's tombstones buries; the report counts
// them in Removed. Annotations a person made or reviewed are never
// removed. Neither existing nor f is modified.
func Apply(existing []annotation.Annotation, f *File) ([]annotation.Annotation, MergeReport) {
	merged, report := Merge(existing, f.Annotations)
	if len(f.Tombstones) == 0 {
		return merged, report
	}
	out := merged[:0:0]
	for _, a := range merged {
		buried := false
		if unreviewed(a) {
			for _, t := range f.Tombstones {
				if t.Buries(a) {
					buried = true
					break
				}
			}
		}
		if buried {
			report.Removed++
			continue
		}
		out = append(out, a)
	}
	return out, report
}
