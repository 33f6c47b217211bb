package ui

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func TestProposeLinkType(t *testing.T) {
	a := func(l annotation.Label) annotation.Annotation { return annotation.Annotation{Label: l} }
	for _, c := range []struct {
		from, to annotation.Label
		want     annotation.LinkType
	}{
		{annotation.MISC, annotation.DATE, annotation.DateOf},
		{annotation.PER, annotation.TIME, annotation.DateOf},
		{annotation.PER, annotation.LOC, annotation.LocatedIn},
		{annotation.LOC, annotation.LOC, annotation.PartOf},
		{annotation.PER, annotation.PER, annotation.SameAs},
		{annotation.PER, annotation.ORG, annotation.MemberOf},
		{annotation.ORG, annotation.ORG, annotation.SameAs},
		{annotation.LOC, annotation.ORG, annotation.PartOf},
	} {
		if got := proposeLinkType(a(c.from), a(c.to)); got != c.want {
			t.Errorf("%s → %s: %s, want %s", c.from, c.to, got, c.want)
		}
	}
}

func TestArcPath(t *testing.T) {
	// An arc between two words of one RTL line: from the right one to the
	// left one, rising above the line, its apex between them.
	d, ax, ay := arcPath(300, 100, 100, 100)
	if !strings.HasPrefix(d, "M300.0 100.0 C300.0 ") || !strings.HasSuffix(d, " 100.0 100.0") {
		t.Errorf("path %q", d)
	}
	if ax != 200 || ay >= 100 || ay < 100-50 {
		t.Errorf("apex (%v, %v)", ax, ay)
	}
}

// The links card speaks the interface language: in English no Arabic
// interface text is left (the quotes, which are data, aside).
func TestLinkPanelLanguage(t *testing.T) {
	text := "زار حفتر روما."
	a, _ := annotation.Select(text, 4, 8, annotation.PER)
	b, _ := annotation.Select(text, 9, 13, annotation.LOC)
	a.ID, b.ID = "a", "b"
	for _, lp := range []*linkPanel{
		{ILang: i18n.EN, ISel: a, IRows: []linkRow{{ID: "k", Type: annotation.LocatedIn, Outgoing: true, Other: b}}},
		{ILang: i18n.EN, ISel: a},
		{ILang: i18n.EN, IFrom: a, ITo: b, ITyping: true, IProposed: annotation.LocatedIn},
	} {
		load(t, lp)
		html := app.HTMLString(lp)
		html = strings.NewReplacer("«حفتر»", "", "«روما»", "").Replace(html)
		for _, r := range html {
			if r >= 0x0600 && r <= 0x06FF {
				t.Errorf("Arabic left in the English links card:\n%s", html)
				break
			}
		}
		if strings.Contains(html, "link.") {
			t.Errorf("a message key shows:\n%s", html)
		}
	}
	for _, ty := range annotation.LinkTypes {
		if n := linkTypeIn(i18n.EN, ty); strings.HasPrefix(n, "link.") || n == linkTypeIn(i18n.AR, ty) {
			t.Errorf("%s in English: %q", ty, n)
		}
	}
}
