package e2e

import (
	"strings"
	"testing"
)

// The sample article renders right-to-left, in Arabic, one <p> per line with
// plain text nodes only, and its suggestions are highlighted with the CSS
// Custom Highlight API, one highlight per label.
func TestSampleLoads(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)

	text := eval[map[string]any](t, ctx, `(() => {
		const el = document.getElementById("hx-text");
		return {dir: el.dir, lang: el.lang, direction: getComputedStyle(el).direction,
			paras: el.querySelectorAll("p").length,
			onlyText: [...el.querySelectorAll("p")].every(p => [...p.childNodes].every(n => n.nodeType === 3)),
			font: getComputedStyle(el).fontFamily};
	})()`)
	if text["dir"] != "rtl" || text["lang"] != "ar" || text["direction"] != "rtl" {
		t.Errorf("article is not right-to-left Arabic: %v", text)
	}
	if text["onlyText"] != true || text["paras"].(float64) < 5 {
		t.Errorf("article paragraphs hold more than text nodes, or are missing: %v", text)
	}
	fontOK := eval[bool](t, ctx, `document.fonts.ready.then(() => document.fonts.check('16px "Noto Naskh Arabic"', "عربي"))`)
	if !fontOK {
		t.Error("the Noto Naskh Arabic font is not loaded")
	}
	hl := highlightTexts(t, ctx)
	for _, label := range []string{"PER", "LOC", "DATE"} {
		if len(hl["hx-s-"+label])+len(hl["hx-"+label]) == 0 {
			t.Errorf("no %s highlight; highlights: %v", label, keys(hl))
		}
	}
	screenshot(t, ctx, "sample")

	// A date's side panel shows its TIMEX3 value and both calendars.
	dates := append(hl["hx-s-DATE"], hl["hx-DATE"]...)
	if len(dates) == 0 {
		t.Fatal("no date to open")
	}
	date := dates[0] // a calendar date (highlightTexts sorts the lists)
	for _, d := range dates {
		if strings.Contains(d, "2016") {
			date = d
			break
		}
	}
	clickHighlight(t, ctx, "", date)
	panel := eval[string](t, ctx, `document.getElementById("hx-panel").textContent`)
	for _, want := range []string{"TIMEX3", "ميلادي", "هجري"} {
		if !strings.Contains(panel, want) {
			t.Errorf("date panel lacks %q: %s", want, panel)
		}
	}
	for _, id := range []string{"hx-accept", "hx-reject", "hx-delete", "hx-value", "hx-apply-all"} {
		if !eval[bool](t, ctx, `!!document.querySelector("#hx-panel #`+id+`")`) {
			t.Errorf("date panel lacks #%s", id)
		}
	}
	screenshot(t, ctx, "sample-date-panel")
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
