package ui

import (
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/i18n"
)

// The library's localStorage line is a sentence in both languages (it
// printed "%!f(string=0.)" when the catalog expected numbers).
func TestLocalLine(t *testing.T) {
	for _, l := range i18n.Langs {
		got := localLine(l, 1649440)
		if strings.Contains(got, "%!") || !strings.Contains(got, "1.57 Mi") || !strings.Contains(got, "5.00 Mi") || !strings.Contains(got, "(31%)") {
			t.Errorf("%s: %q", l, got)
		}
	}
	if got := localLine(i18n.EN, 2048); !strings.Contains(got, "2.0 Ki of about 5.00 Mi") {
		t.Errorf("%q", got)
	}
}
