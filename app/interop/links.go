package interop

import (
	"github.com/hashiya/hashiya/app/annotation"
)

// RawLink is a typed link as another format states it, before its ends
// are known to be annotations of the result: Where names it for warnings
// ("Line 7 (R2)", "Annotation #4").
type RawLink struct {
	Where    string
	ID       string
	From, To string // annotation ids in the result
	Type     string
	Note     string
}

// KeepLinks returns the links of raw whose type is usable
// (annotation.LinkType.Valid) and whose two ends are annotations of anns,
// skipping self links and relations stated twice; each skip is a warning
// on res (links are never a reason to refuse a file). Ids are kept unless
// empty or taken, then new.
func KeepLinks(raw []RawLink, anns []annotation.Annotation, res *Result) []annotation.Link {
	ids := make(map[string]bool, len(anns))
	for _, a := range anns {
		ids[a.ID] = true
	}
	var out []annotation.Link
	linkIDs := map[string]bool{}
	for _, r := range raw {
		l := annotation.Link{ID: r.ID, From: r.From, To: r.To, Type: annotation.LinkType(r.Type), Note: r.Note}
		switch {
		case !l.Type.Valid():
			res.Warnf("%s: the link type %q is not usable (1–64 letters, digits or - _ : .); the link was skipped.", r.Where, Clip(r.Type))
			continue
		case !ids[l.From] || !ids[l.To]:
			res.Warnf("%s links %q and %q, which are not both annotations imported; the link was skipped.", r.Where, Clip(r.From), Clip(r.To))
			continue
		}
		if l.ID == "" || linkIDs[l.ID] {
			l.ID = annotation.NewID()
		}
		if err := annotation.ValidateLinks(anns, append(append([]annotation.Link(nil), out...), l)); err != nil {
			res.Warnf("%s was skipped: it links an annotation to itself, or states a relation already imported (same ends and type).", r.Where)
			continue
		}
		linkIDs[l.ID] = true
		out = append(out, l)
	}
	return out
}
