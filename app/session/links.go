package session

import (
	"slices"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// LinkChange is the change of one typed link (annotation.Link) in a
// transaction: Before is nil for an addition, After nil for a deletion.
type LinkChange struct {
	Before *annotation.Link `json:"before,omitempty"`
	After  *annotation.Link `json:"after,omitempty"`
}

// ID returns the id of the link changed.
func (c LinkChange) ID() string {
	if c.After != nil {
		return c.After.ID
	}
	if c.Before != nil {
		return c.Before.ID
	}
	return ""
}

// LinkStore is a store that keeps the typed links of a document beside its
// annotations (store.Store does, under store.LinkPrefix). A Session over a
// store without it keeps links in memory only.
type LinkStore interface {
	Links(sha string) ([]annotation.Link, error)
	SaveLinks(sha string, links []annotation.Link) error
}

// Links returns the typed links of the open document, in the order they
// were made, as a new slice.
func (s *Session) Links() []annotation.Link { return slices.Clone(s.links) }

// LinksOf returns the links that start or end at the annotation id.
func (s *Session) LinksOf(id string) []annotation.Link { return annotation.LinksOf(s.links, id) }

// LinksError is the error met reading the open document's stored links when
// it was opened (ECORRUPT: the damaged record was kept aside), nil if none.
func (s *Session) LinksError() error { return s.linksErr }

// AddLink links the annotation from to the annotation to with the type t,
// as one transaction (Kind "link", undoable). Both must exist; a link of an
// annotation to itself, an unusable type or a relation already stated (in
// either direction for a symmetric type) is EINVALID. It returns the link
// made.
func (s *Session) AddLink(from, to string, t annotation.LinkType) (annotation.Link, error) {
	l := annotation.Link{ID: annotation.NewID(), From: from, To: to, Type: t}
	_, err := s.Apply(Tx{Kind: "link", Links: []LinkChange{{After: &l}}})
	if err != nil && annotation.ErrorCode(err) == annotation.EINVALID {
		return annotation.Link{}, err
	}
	return l, err
}

// DeleteLink removes the link id (Kind "unlink", undoable); ENOTFOUND when
// there is no such link.
func (s *Session) DeleteLink(id string) error {
	i := slices.IndexFunc(s.links, func(l annotation.Link) bool { return l.ID == id })
	if i < 0 {
		return annotation.Errorf(annotation.ENOTFOUND, "That link no longer exists.")
	}
	l := s.links[i]
	_, err := s.Apply(Tx{Kind: "unlink", Links: []LinkChange{{Before: &l}}})
	return err
}

// linksAfter returns the links the open document would have after tx
// (its link changes applied in order, then every link left without one of
// its ends by tx's annotation changes dropped), checked with
// annotation.ValidateLinksFunc; the links are unchanged when tx has no
// link change and deletes no annotation.
func (s *Session) linksAfter(tx Tx) ([]annotation.Link, error) {
	deletes := false
	for _, c := range tx.Changes {
		if c.After == nil {
			deletes = true
			break
		}
	}
	if len(tx.Links) == 0 && (!deletes || len(s.links) == 0) {
		return s.links, nil
	}
	// What exists once the annotation changes are made, in order.
	state := map[string]bool{}
	for _, c := range tx.Changes {
		state[c.ID()] = c.After != nil
	}
	has := func(id string) bool {
		if v, ok := state[id]; ok {
			return v
		}
		_, ok := s.set.Get(id)
		return ok
	}
	links := slices.Clone(s.links)
	for i, c := range tx.Links {
		if c.After == nil && c.Before == nil {
			return nil, annotation.Errorf(annotation.EINVALID, "Link change %d of the transaction is empty.", i+1)
		}
		id := c.ID()
		j := slices.IndexFunc(links, func(l annotation.Link) bool { return l.ID == id })
		switch {
		case c.After == nil && j >= 0:
			links = slices.Delete(links, j, j+1)
		case c.After == nil: // gone already (deleted with its annotation, or twice)
		case j >= 0:
			links[j] = *c.After
		default:
			links = append(links, *c.After)
		}
	}
	// A link added or changed by tx must have both ends; one whose end tx
	// deletes is dropped with it.
	changed := map[string]bool{}
	for _, c := range tx.Links {
		if c.After != nil {
			changed[c.After.ID] = true
		}
	}
	kept := links[:0]
	for _, l := range links {
		if !changed[l.ID] && (!has(l.From) || !has(l.To)) {
			continue
		}
		kept = append(kept, l)
	}
	if err := annotation.ValidateLinksFunc(has, kept); err != nil {
		return nil, err
	}
	return kept, nil
}

// diffLinks returns the changes that turn old into new, matched by id.
func diffLinks(old, new []annotation.Link) []LinkChange {
	was := make(map[string]annotation.Link, len(old))
	for _, l := range old {
		was[l.ID] = l
	}
	var out []LinkChange
	kept := make(map[string]bool, len(new))
	for _, l := range new {
		kept[l.ID] = true
		b, ok := was[l.ID]
		switch {
		case !ok:
			out = append(out, LinkChange{After: &l})
		case b != l:
			out = append(out, LinkChange{Before: &b, After: &l})
		}
	}
	for _, b := range old {
		if !kept[b.ID] {
			out = append(out, LinkChange{Before: &b})
		}
	}
	return out
}

// saveLinks writes the open document's links when the store keeps links.
func (s *Session) saveLinks() error {
	ls, ok := s.Store.(LinkStore)
	if !ok || s.Doc.SHA256 == "" {
		return nil
	}
	return ls.SaveLinks(s.Doc.SHA256, s.links)
}

// loadLinks reads the stored links of the open document, keeping those
// whose two ends are among its annotations (a link whose annotation was
// deleted in another tab is dropped).
func (s *Session) loadLinks() {
	s.links, s.linksErr = nil, nil
	ls, ok := s.Store.(LinkStore)
	if !ok || s.Doc.SHA256 == "" {
		return
	}
	links, err := ls.Links(s.Doc.SHA256)
	s.linksErr = err
	s.links = s.prune(links)
}

// prune keeps the links whose two ends exist and that are not duplicates
// of an earlier link.
func (s *Session) prune(links []annotation.Link) []annotation.Link {
	var out []annotation.Link
	for _, l := range links {
		_, okf := s.set.Get(l.From)
		_, okt := s.set.Get(l.To)
		if !okf || !okt {
			continue
		}
		if annotation.ValidateLinksFunc(func(string) bool { return true }, append(slices.Clone(out), l)) != nil {
			continue
		}
		out = append(out, l)
	}
	return out
}

// RefreshLinks reads the open document's links from the store again
// (another tab changed them) and returns how many changed; like Refresh,
// it does nothing while this tab's last save failed.
func (s *Session) RefreshLinks() (int, error) {
	ls, ok := s.Store.(LinkStore)
	if !ok || s.Doc.SHA256 == "" || s.dirty {
		return 0, nil
	}
	links, err := ls.Links(s.Doc.SHA256)
	if err != nil {
		return 0, err
	}
	links = s.prune(links)
	n := len(diffLinks(s.links, links))
	s.links = links
	return n, nil
}

// invertLinks returns the link changes that undo cs.
func invertLinks(cs []LinkChange) []LinkChange {
	if len(cs) == 0 {
		return nil
	}
	out := make([]LinkChange, len(cs))
	for i, c := range cs {
		out[len(cs)-1-i] = LinkChange{Before: c.After, After: c.Before}
	}
	return out
}

// thenLinks composes link changes as Tx.Then does annotation changes.
func thenLinks(a, b []LinkChange) []LinkChange {
	var out []LinkChange
	idx := map[string]int{}
	for _, c := range append(slices.Clone(a), b...) {
		if i, ok := idx[c.ID()]; ok {
			out[i].After = c.After
			continue
		}
		idx[c.ID()] = len(out)
		out = append(out, c)
	}
	kept := out[:0]
	for _, c := range out {
		if c.Before == nil && c.After == nil || c.Before != nil && c.After != nil && *c.Before == *c.After {
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// mergeLinks returns the links of the open document once its annotations
// are merged (the result of hashiyajson.Apply): the present links whose
// ends are still there, plus the file's links between its annotations
// incoming, moved to the ids they have in merged (hashiyajson.MergeLinks).
func (s *Session) mergeLinks(merged, incoming []annotation.Annotation, incomingLinks []annotation.Link) []annotation.Link {
	ids := make(map[string]bool, len(merged))
	for _, a := range merged {
		ids[a.ID] = true
	}
	var existing []annotation.Link
	for _, l := range s.links {
		if ids[l.From] && ids[l.To] {
			existing = append(existing, l)
		}
	}
	if len(incomingLinks) == 0 {
		return existing
	}
	out, _ := hashiyajson.MergeLinks(merged, incoming, existing, incomingLinks)
	return out
}
