package i18n

import (
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		prefs []string
		want  Lang
	}{
		{[]string{"en-GB", "en"}, EN},
		{[]string{"ar-EG"}, AR},
		{[]string{"fr-FR", "en-US"}, EN},
		{[]string{"fr-FR", "ar-MA", "en"}, AR},
		{[]string{"de"}, AR}, // neither: the default
		{nil, AR},            // no preference
		{[]string{"not a tag!", "en"}, EN},
		{[]string{"arz"}, AR}, // Egyptian Arabic
	} {
		if got := Match(c.prefs); got != c.want {
			t.Errorf("Match(%q) = %s, want %s", c.prefs, got, c.want)
		}
	}
}

func TestCatalogComplete(t *testing.T) {
	for k, m := range catalog {
		if strings.TrimSpace(m[0]) == "" || strings.TrimSpace(m[1]) == "" {
			t.Errorf("message %q lacks a translation: %q", k, m)
		}
	}
	if AR.T("undo") == EN.T("undo") || EN.T("nope") != "nope" {
		t.Error("T does not choose the language")
	}
	if AR.Dir() != "rtl" || EN.Dir() != "ltr" || AR.Other() != EN {
		t.Error("directions")
	}
	if l, ok := Parse("en"); !ok || l != EN {
		t.Error("Parse")
	}
	if _, ok := Parse("fr"); ok {
		t.Error("Parse accepted fr")
	}
}
