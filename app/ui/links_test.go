package ui

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
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
	if got := xmlEscape(`<a href="x">&'`); got != "&lt;a href=&quot;x&quot;&gt;&amp;&#39;" {
		t.Errorf("xmlEscape = %q", got)
	}
}
