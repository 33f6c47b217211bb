package annotation

import (
	"strings"
	"testing"
)

func linkAnns() []Annotation {
	return []Annotation{{ID: "ev"}, {ID: "d"}, {ID: "p"}, {ID: "l"}}
}

func TestLinkTypeValid(t *testing.T) {
	for _, ok := range []LinkType{DateOf, LocatedIn, SameAs, MemberOf, PartOf, "cause", "تاريخ", "rel:sub.1", LinkType(strings.Repeat("a", 64))} {
		if !ok.Valid() {
			t.Errorf("%q: not valid, want valid", ok)
		}
	}
	for _, bad := range []LinkType{"", "date of", "a\tb", "x/y", "\xff", LinkType(strings.Repeat("a", 65))} {
		if bad.Valid() {
			t.Errorf("%q: valid, want invalid", bad)
		}
	}
}

func TestValidateLinks(t *testing.T) {
	anns := linkAnns()
	good := []Link{
		{ID: "1", From: "ev", To: "d", Type: DateOf},
		{ID: "2", From: "p", To: "l", Type: LocatedIn},
		{ID: "3", From: "ev", To: "d", Type: "cause"}, // same ends, other type
		{ID: "4", From: "d", To: "ev", Type: DateOf},  // reversed, not symmetric: another relation
		{ID: "5", From: "p", To: "ev", Type: SameAs},
	}
	if err := ValidateLinks(anns, good); err != nil {
		t.Fatalf("valid links refused: %v", err)
	}
	if err := ValidateLinks(anns, nil); err != nil {
		t.Fatalf("no links refused: %v", err)
	}
	bad := []struct {
		links []Link
		want  string
	}{
		{[]Link{{From: "ev", To: "d", Type: DateOf}}, "Link #1 has no id"},
		{[]Link{{ID: "1", From: "ev", To: "d", Type: "date of"}}, "not usable"},
		{[]Link{{ID: "1", From: "ev", To: "zz", Type: DateOf}}, `points to the annotation "zz", which is not in the document`},
		{[]Link{{ID: "1", From: "zz", To: "d", Type: DateOf}}, `starts at the annotation "zz"`},
		{[]Link{{ID: "1", To: "d", Type: DateOf}}, "lacks one of its ends"},
		{[]Link{{ID: "1", From: "d", To: "d", Type: DateOf}}, "to itself"},
		{[]Link{{ID: "1", From: "ev", To: "d", Type: DateOf}, {ID: "1", From: "p", To: "l", Type: LocatedIn}}, `Link #2 ("1") has the id of link #1`},
		{[]Link{{ID: "1", From: "ev", To: "d", Type: DateOf}, {ID: "2", From: "ev", To: "d", Type: DateOf}}, "same date-of relation"},
		{[]Link{{ID: "1", From: "p", To: "ev", Type: SameAs}, {ID: "2", From: "ev", To: "p", Type: SameAs}}, "same same-as relation"},
	}
	for _, c := range bad {
		err := ValidateLinks(anns, c.links)
		if err == nil || ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), c.want) {
			t.Errorf("%v: got %v, want EINVALID containing %q", c.links, err, c.want)
		}
	}
}

func TestPruneAndLinksOf(t *testing.T) {
	links := []Link{
		{ID: "1", From: "ev", To: "d", Type: DateOf},
		{ID: "2", From: "p", To: "l", Type: LocatedIn},
		{ID: "3", From: "p", To: "ev", Type: SameAs},
	}
	anns := linkAnns()[1:] // "ev" deleted
	kept, dropped := PruneLinks(anns, links)
	if dropped != 2 || len(kept) != 1 || kept[0].ID != "2" {
		t.Errorf("PruneLinks = %v, %d; want only link 2 kept, 2 dropped", kept, dropped)
	}
	if got := LinksOf(links, "ev"); len(got) != 2 || got[0].ID != "1" || got[1].ID != "3" {
		t.Errorf("LinksOf(ev) = %v, want links 1 and 3", got)
	}
	SortLinks(links)
	if links[0].From != "ev" || links[1].ID != "3" || links[2].ID != "2" { // p→ev before p→l
		t.Errorf("SortLinks = %v", links)
	}
}
