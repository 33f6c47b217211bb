package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
	"github.com/hashiya/hashiya/app/annotation"
)

// Overlapping and nested spans are all drawn (the inner one also marked as
// nested), and clicking the same place again walks through them.
func TestNestedSpans(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "قال وزير الدفاع الروسي سيرغي شويغو"
	importDocument(t, ctx, annotation.NewDocument("nested", text), []annotation.Annotation{
		manual(text, 4, 22, annotation.ORG),  // وزير الدفاع الروسي
		manual(text, 9, 15, annotation.MISC), // الدفاع, inside
		manual(text, 16, 34, annotation.PER), // الروسي سيرغي شويغو, overlaps the first
	})
	hl := highlightTexts(t, ctx)
	if !contains(hl["hx-ORG"], "وزير الدفاع الروسي") || !contains(hl["hx-MISC"], "الدفاع") || !contains(hl["hx-PER"], "الروسي سيرغي شويغو") {
		t.Fatalf("spans not all drawn: %v", hl)
	}
	if !contains(hl["hx-nested"], "الدفاع") || !contains(hl["hx-nested"], "الروسي سيرغي شويغو") || contains(hl["hx-nested"], "وزير الدفاع الروسي") {
		t.Errorf("nesting marks: %v", hl["hx-nested"])
	}
	// Click inside الدفاع: the innermost span first, then the enclosing one.
	clickHighlight(t, ctx, "hx-MISC", "الدفاع")
	pt := eval[[]float64](t, ctx, `(() => { const b = document.querySelector("#hx-text p"); const n = b.firstChild; const r = document.createRange(); r.setStart(n, 11); r.setEnd(n, 12); const x = r.getClientRects()[0]; return [x.left + x.width/2, x.top + x.height/2]; })()`)
	clickAt(t, ctx, pt[0], pt[1])
	poll(t, ctx, `document.querySelector("#hx-panel .hx-quote").textContent === "وزير الدفاع الروسي"`)
	// The panel lists the other spans at that place.
	if others := eval[string](t, ctx, `document.querySelector("#hx-panel .hx-list").textContent`); !strings.Contains(others, "الدفاع") || !strings.Contains(others, "شويغو") {
		t.Errorf("other spans listed: %q", others)
	}
	screenshot(t, ctx, "nested")
}

// Overriding the DCT re-resolves the suggestions (relative dates change)
// and keeps what the person reviewed; "Use dateline" goes back.
func TestDCTOverride(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	if src := eval[string](t, ctx, `document.getElementById("hx-dct-source").dataset.source`); src != "dateline" {
		t.Fatalf("sample DCT source %q, want dateline", src)
	}
	want := review(t, ctx)
	values := func() map[string]string {
		out := map[string]string{}
		for _, a := range storedAnns(t, ctx) {
			if a.Value != "" && a.Status == "suggested" {
				out[a.ID] = a.Value
			}
		}
		return out
	}
	before := values()
	eval[any](t, ctx, `(() => { const i = document.getElementById("hx-dct-input"); i.focus(); i.select(); })()`)
	key(t, ctx, "2020-03-15"+kb.Enter)
	poll(t, ctx, `document.getElementById("hx-dct-source").dataset.source === "override"`)
	after := values()
	changed := 0
	for id, v := range before {
		if after[id] != "" && after[id] != v {
			changed++
		}
	}
	if changed == 0 {
		t.Errorf("no suggested value changed with the DCT: before %v after %v", before, after)
	}
	hl := highlightTexts(t, ctx)
	for _, name := range []string{"hx-PER", "hx-MISC", "hx-rejected"} {
		for _, q := range want[name] {
			if !contains(hl[name], q) {
				t.Errorf("reviewed span %s %q lost after the DCT change", name, q)
			}
		}
	}
	screenshot(t, ctx, "dct-override")
	clickJS(t, ctx, `document.getElementById("hx-dct-reset")`)
	poll(t, ctx, `document.getElementById("hx-dct-source").dataset.source === "dateline" && document.getElementById("hx-dct-input").value === "2016-11-29T11:11"`)
}

// The document list switches between stored documents.
func TestDocumentList(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	sample := eval[string](t, ctx, `document.querySelector("#hx-text p").textContent`)
	pasteDocument(t, ctx, "مرحبا بالعالم")
	poll(t, ctx, `document.querySelectorAll("#hx-docs li").length === 2`)
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-docs li button.hx-link")].find(b => !b.classList.contains("cur"))`)
	poll(t, ctx, `document.querySelector("#hx-text p").textContent === `+js(sample))
	poll(t, ctx, `CSS.highlights.size > 0`)
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-docs li button.hx-link")].find(b => !b.classList.contains("cur"))`)
	poll(t, ctx, `document.querySelector("#hx-text p").textContent === "مرحبا بالعالم"`)
}
