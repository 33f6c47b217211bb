package e2e

import (
	"strings"
	"testing"
)

// The TIMEX3 mod of a suggestion (issue 11) is stored, shown in the review
// panel beside the value and in words, and in the annotation list. A
// quantifier after a preposition of its own is inside the span (issue 11,
// eighth pass: «بعد نحو عشرين عاما» → «نحو عشرين عاما»).
func TestModShown(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "عاد اللاجئون بعد نحو عشرين عاما من الغياب، وفي مطلع عام 2016 فتحت المدارس.")
	mods := map[string]string{}
	for _, a := range storedAnns(t, ctx) {
		mods[a.Quote] = a.Mod
	}
	if mods["نحو عشرين عاما"] != "APPROX" || mods["مطلع عام 2016"] != "START" {
		t.Fatalf("stored mods %v, want APPROX and START", mods)
	}
	clickHighlight(t, ctx, "", "نحو عشرين عاما")
	poll(t, ctx, `document.getElementById("hx-mod") && document.getElementById("hx-mod").textContent === "APPROX"`)
	if p := eval[string](t, ctx, `document.getElementById("hx-panel").textContent`); !strings.Contains(p, "مدة: نحو 20 سنة") {
		t.Errorf("panel does not say the mod in words: %q", p)
	}
	screenshot(t, ctx, "mod-panel")
	clickHighlight(t, ctx, "", "مطلع عام 2016")
	poll(t, ctx, `document.getElementById("hx-mod") && document.getElementById("hx-mod").textContent === "START"`)
	clickJS(t, ctx, `document.getElementById("hx-list-toggle")`)
	poll(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
	rows := eval[string](t, ctx, `document.getElementById("hx-list-rows").textContent`)
	if !strings.Contains(rows, "P20Y APPROX") || !strings.Contains(rows, "2016 START") {
		t.Errorf("list rows do not show the mods: %q", rows)
	}
}
