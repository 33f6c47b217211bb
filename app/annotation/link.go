package annotation

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// LinkType names the relation a Link states, read "From <type> To": an
// event phrase date-of its date («الاجتماع» → «29 نوفمبر»), a person
// located-in a place, a mention same-as another mention. Types are
// free-form (a project may add its own) but limited to what every export
// format can carry: 1–64 letters, digits and - _ : . (brat's relation lines
// separate fields by white space, so a type has none). The constants below
// are the types the interface proposes.
type LinkType string

// Proposed link types.
const (
	DateOf    LinkType = "date-of"    // From (an event, a person's action) happened at To (a DATE/TIME)
	LocatedIn LinkType = "located-in" // From (a person, an event, a place) is in To (a LOC)
	SameAs    LinkType = "same-as"    // From and To are mentions of one entity (symmetric)
	MemberOf  LinkType = "member-of"  // From (a PER) belongs to To (an ORG)
	PartOf    LinkType = "part-of"    // From (a LOC, an ORG) is part of To
)

// LinkTypes lists the proposed link types, the most used first.
var LinkTypes = []LinkType{DateOf, LocatedIn, SameAs, MemberOf, PartOf}

// maxLinkType is the longest link type accepted, in code points.
const maxLinkType = 64

// Valid reports whether t is a usable link type: 1–64 code points, each a
// letter (any script), a digit, or one of - _ : .
func (t LinkType) Valid() bool {
	if t == "" || !utf8.ValidString(string(t)) || utf8.RuneCountInString(string(t)) > maxLinkType {
		return false
	}
	for _, r := range string(t) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-_:.", r) {
			return false
		}
	}
	return true
}

// Symmetric reports whether the relation reads the same both ways
// (same-as), so that A→B and B→A are one link.
func (t LinkType) Symmetric() bool { return t == SameAs }

// Link is a typed, directed relation from one annotation to another of the
// same document, both named by their Annotation.ID. It is distinct from
// Annotation.Link, which only pairs a date with its stated equivalent in the
// other calendar.
type Link struct {
	ID   string   `json:"id"`
	From string   `json:"from"` // id of the annotation the relation starts at
	To   string   `json:"to"`   // id of the annotation it points to
	Type LinkType `json:"type"`
	Note string   `json:"note,omitempty"` // free text
}

// key identifies a link for duplicate detection: the ends are ordered for a
// symmetric type.
func (l Link) key() [3]string {
	from, to := l.From, l.To
	if l.Type.Symmetric() && to < from {
		from, to = to, from
	}
	return [3]string{from, to, string(l.Type)}
}

// ValidateLinks checks links against the annotations of their document:
// every link has an id, unique among links; a valid type (see
// LinkType.Valid); both ends name an annotation in anns; no link goes from
// an annotation to itself; and no two links state the same relation (same
// ends and type, in either order for a symmetric type). Errors are EINVALID
// and name the link by its position in links, counting from 1, and its id.
func ValidateLinks(anns []Annotation, links []Link) error {
	ids := make(map[string]bool, len(anns))
	for _, a := range anns {
		ids[a.ID] = true
	}
	return validateLinks(ids, links)
}

// ValidateLinksFunc is ValidateLinks with the annotation ids given by has
// (true for an id of the document), for a caller that holds its annotations
// in another structure than a slice.
func ValidateLinksFunc(has func(id string) bool, links []Link) error {
	return validateLinksFunc(has, links)
}

func validateLinks(ids map[string]bool, links []Link) error {
	return validateLinksFunc(func(id string) bool { return ids[id] }, links)
}

func validateLinksFunc(has func(id string) bool, links []Link) error {
	seenID := make(map[string]int, len(links))
	seen := make(map[[3]string]int, len(links))
	for i, l := range links {
		name := fmt.Sprintf("Link #%d (%q)", i+1, l.ID)
		switch {
		case l.ID == "":
			return Errorf(EINVALID, "Link #%d has no id.", i+1)
		case !l.Type.Valid():
			return Errorf(EINVALID, "%s has the type %q, which is not usable: a link type is 1–%d letters, digits or - _ : . (no spaces), e.g. date-of, located-in, same-as.", name, l.Type, maxLinkType)
		case l.From == "" || l.To == "":
			return Errorf(EINVALID, "%s lacks one of its ends (from %q, to %q).", name, l.From, l.To)
		case !has(l.From):
			return Errorf(EINVALID, "%s starts at the annotation %q, which is not in the document.", name, l.From)
		case !has(l.To):
			return Errorf(EINVALID, "%s points to the annotation %q, which is not in the document.", name, l.To)
		case l.From == l.To:
			return Errorf(EINVALID, "%s links the annotation %q to itself.", name, l.From)
		case !utf8.ValidString(l.Note):
			return Errorf(EINVALID, "%s has a note that is not valid UTF-8 text.", name)
		}
		if j, ok := seenID[l.ID]; ok {
			return Errorf(EINVALID, "%s has the id of link #%d.", name, j+1)
		}
		seenID[l.ID] = i
		if j, ok := seen[l.key()]; ok {
			return Errorf(EINVALID, "%s states the same %s relation between %q and %q as link #%d.", name, l.Type, l.From, l.To, j+1)
		}
		seen[l.key()] = i
	}
	return nil
}

// PruneLinks returns the links of links whose two ends are both in anns,
// and the number left out: what remains after annotations are deleted.
// links is not modified.
func PruneLinks(anns []Annotation, links []Link) (kept []Link, dropped int) {
	ids := make(map[string]bool, len(anns))
	for _, a := range anns {
		ids[a.ID] = true
	}
	kept = make([]Link, 0, len(links))
	for _, l := range links {
		if ids[l.From] && ids[l.To] {
			kept = append(kept, l)
		}
	}
	return kept, len(links) - len(kept)
}

// LinksOf returns the links that start or end at the annotation id, in the
// order of links.
func LinksOf(links []Link, id string) []Link {
	var out []Link
	for _, l := range links {
		if l.From == id || l.To == id {
			out = append(out, l)
		}
	}
	return out
}

// SortLinks sorts links by from, to, type, then id, the order exports use.
func SortLinks(links []Link) {
	slices.SortStableFunc(links, func(a, b Link) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		if c := strings.Compare(a.To, b.To); c != 0 {
			return c
		}
		if c := strings.Compare(string(a.Type), string(b.Type)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}
