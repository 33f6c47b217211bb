package hashiyajson

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
)

// Links in the native format (version 1, optional field, absent when there
// are none):
//
//	"links": [
//	  {"id": "l1", "from": "9f1c…", "to": "auto-55-78-DATE", "type": "date-of", "note": "…"}
//	]
//
// from and to are annotation ids of the same file; type is free-form (see
// annotation.LinkType). A file with links is read by Decode into File.Links
// and checked by annotation.ValidateLinks; older readers ignore the field.

// EncodeWithLinks is Encode with the typed links between the annotations:
// the same file plus a "links" array (sorted by annotation.SortLinks) when
// links is not empty. Links are checked as Decode checks them (EINVALID).
// Neither slice is modified.
func EncodeWithLinks(doc annotation.Document, anns []annotation.Annotation, links []annotation.Link) ([]byte, error) {
	return EncodeFile(&File{Document: doc, Annotations: anns, Links: links})
}

// decodeLinks reads the raw "links" array of a file whose annotations are
// anns and checks it; nil for no links.
func decodeLinks(raw []json.RawMessage, anns []annotation.Annotation) ([]annotation.Link, error) {
	if len(raw) == 0 {
		return nil, nil
	}
	links := make([]annotation.Link, len(raw))
	for i, r := range raw {
		if err := json.Unmarshal(r, &links[i]); err != nil {
			return nil, jsonError(fmt.Sprintf("Link #%d", i+1), err)
		}
	}
	if err := annotation.ValidateLinks(anns, links); err != nil {
		return nil, err
	}
	return links, nil
}

// MergeLinks returns the links of the document after an import: existing
// (links between the annotations already there) plus the incoming links,
// with their ends moved from the ids of the imported file (incoming, as
// decoded) to the ids of the same spans in merged (the result of Merge:
// an incoming annotation keeps its id, got a new one, or was a duplicate of
// an annotation already present, found by span and label). An incoming
// link is skipped when an end cannot be placed or when it states a
// relation already present; its id is renamed when taken. It returns the
// links and the number of incoming links added. No slice is modified.
func MergeLinks(merged, incoming []annotation.Annotation, existing, incomingLinks []annotation.Link) ([]annotation.Link, int) {
	bySpan := make(map[spanKey]string, len(merged))
	ids := make(map[string]bool, len(merged))
	for _, a := range merged {
		k := spanKey{a.Start, a.End, a.Label}
		if _, ok := bySpan[k]; !ok {
			bySpan[k] = a.ID
		}
		ids[a.ID] = true
	}
	place := make(map[string]string, len(incoming)) // incoming id → id in merged
	for _, a := range incoming {
		if id, ok := bySpan[spanKey{a.Start, a.End, a.Label}]; ok {
			place[a.ID] = id
		}
	}
	out := slices.Clone(existing)
	linkIDs := map[string]bool{}
	for _, l := range existing {
		linkIDs[l.ID] = true
	}
	added := 0
	for _, l := range incomingLinks {
		from, okf := place[l.From]
		to, okt := place[l.To]
		if !okf || !okt || from == to || !ids[from] || !ids[to] {
			continue
		}
		l.From, l.To = from, to
		if linkIDs[l.ID] || l.ID == "" {
			l.ID = annotation.NewID()
		}
		if annotation.ValidateLinks(merged, append(out, l)) != nil {
			continue // a duplicate relation (or an unusable type)
		}
		out = append(out, l)
		linkIDs[l.ID] = true
		added++
	}
	return out, added
}
