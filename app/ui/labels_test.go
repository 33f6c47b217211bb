package ui

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/i18n"
	"github.com/hashiya/hashiya/app/labelset"
)

func TestLabelIdent(t *testing.T) {
	seen := map[string]annotation.Label{}
	for _, c := range []annotation.Label{"PER", "EVENT", "Event", "حدث", "A_B", "A_5fB", "a.b", "x-y"} {
		id := labelIdent(c)
		if prev, ok := seen[id]; ok {
			t.Errorf("%q and %q share the identifier %q", prev, c, id)
		}
		seen[id] = c
		for _, r := range id {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				t.Errorf("labelIdent(%q) = %q has %q", c, id, r)
			}
		}
	}
	if labelIdent("PER") != "PER" {
		t.Error("a standard label's identifier is not its code")
	}
}

// An added label gets its colours, highlight rules and key; the standard
// labels keep the stylesheet's own tones unless recoloured or hidden.
func TestLabelSetApplied(t *testing.T) {
	defer applyLabelSet(labelset.Default())
	if css := labelCSS(labelset.Default()); css != "" {
		t.Errorf("default set CSS %q", css)
	}
	s, added := labelset.Default().AddMissing([]annotation.Label{"EVENT", "حدث"})
	if len(added) != 2 {
		t.Fatal(added)
	}
	i := s.Find(annotation.MISC)
	s.Labels[i].Hidden = true
	applyLabelSet(s)
	css := labelCSS(s)
	for _, want := range []string{"::highlight(hx-EVENT){", "::highlight(hx-s-EVENT){", ".sw-EVENT{", "--EVENT:" + s.Labels[8].Colour, "--MISC:transparent", "prefers-color-scheme: dark", "::highlight(hx-" + labelIdent("حدث") + ")"} {
		if !strings.Contains(css, want) {
			t.Errorf("label CSS lacks %q:\n%s", want, css)
		}
	}
	if strings.Contains(css, "highlight(hx-MISC)") || strings.Contains(css, "--PER:") {
		t.Errorf("label CSS redefines a standard label's rules:\n%s", css)
	}
	if labelForKey(9) != "EVENT" || labelForKey(4) != "" || labelKey("حدث") != "" || !isHidden(annotation.MISC) {
		t.Errorf("keys: 9 → %q, 4 → %q", labelForKey(9), labelForKey(4))
	}
	if labelName(i18n.EN, annotation.PER) != "Person" || labelName(i18n.AR, annotation.PER) != "شخص" || labelText(i18n.EN, "EVENT") != "EVENT" || labelName(i18n.AR, "UNKNOWN") != "UNKNOWN" {
		t.Error("label names")
	}
	if n := len(shownLabels()); n != 9 {
		t.Errorf("%d labels shown, want 9", n)
	}
}

// A deep colour gets white text in the light theme (WCAG luminance); a
// light one keeps the ink.
func TestDeepLabelColourText(t *testing.T) {
	s, _ := labelset.Default().Put(labelset.Label{Code: "EVENT", Name: "حدث", Colour: "#aa0044", Key: "9"})
	s, _ = s.Put(labelset.Label{Code: "QUOTE", Name: "اقتباس", Colour: "#eedd88", Key: ""})
	css := labelCSS(s)
	if !strings.Contains(css, "@media not (prefers-color-scheme: dark){::highlight(hx-EVENT){color:#fff}") {
		t.Errorf("no white text on #aa0044:\n%s", css)
	}
	if strings.Contains(css, "highlight(hx-QUOTE){color") {
		t.Errorf("white text on the light #eedd88:\n%s", css)
	}
	if l := luminance("#ffffff"); l < 0.99 {
		t.Errorf("luminance(white) = %v", l)
	}
	if l := luminance("#000000"); l != 0 {
		t.Errorf("luminance(black) = %v", l)
	}
}
