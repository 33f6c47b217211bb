package e2e

import (
	"strings"
	"testing"
	"time"

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
	// The entities panel walks through mentions; the timeline leads to dates.
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-entities button.hx-link")].find(b => b.textContent === "الروسي سيرغي شويغو")`)
	poll(t, ctx, `document.querySelector("#hx-panel .hx-quote").textContent === "الروسي سيرغي شويغو"`)
}

func TestTimelineLeadsToDates(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	n := eval[int](t, ctx, `document.querySelectorAll("#hx-timeline li").length`)
	if n < 2 {
		t.Fatalf("the sample's timeline has %d entries", n)
	}
	keys := eval[[]string](t, ctx, `[...document.querySelectorAll("#hx-timeline li code")].map(c => c.textContent)`)
	for i := 1; i < len(keys); i++ {
		if keys[i-1][0] >= '0' && keys[i-1][0] <= '9' && keys[i][0] >= '0' && keys[i][0] <= '9' && keys[i-1] > keys[i] {
			t.Errorf("timeline not chronological: %v", keys)
		}
	}
	last := eval[string](t, ctx, `[...document.querySelectorAll("#hx-timeline li button.hx-link")].at(-1).textContent`)
	clickJS(t, ctx, `[...document.querySelectorAll("#hx-timeline li button.hx-link")].at(-1)`)
	poll(t, ctx, `document.querySelector("#hx-panel .hx-quote") && document.querySelector("#hx-panel .hx-quote").textContent === `+js(last))
	if !contains(highlightTexts(t, ctx)["hx-selected"], last) {
		t.Errorf("the timeline entry %q is not selected in the text", last)
	}
}

// Overriding the DCT re-resolves the suggestions (relative dates change)
// and keeps what the person reviewed; "Use dateline" goes back.
func TestDCTOverride(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	// Polled: a stored document's dateline is detected after its first paint.
	if !pollOK(ctx, `document.getElementById("hx-dct-source").dataset.source === "dateline"`, 5*time.Second) {
		t.Fatalf("sample DCT source %q, want dateline", eval[string](t, ctx, `document.getElementById("hx-dct-source").dataset.source`))
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

// Case A16: a note typed in the editor is stored exactly; editor and shown
// note use dir="auto", so the Arabic note reads right-to-left with its final
// full stop at the left end.
func TestNoteEditor(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "مرحبا بالعالم")
	selectCP(t, ctx, 6, 13, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
	note := "راجع المصدر (BBC) قبل النشر."
	eval[any](t, ctx, `(() => { const ta = document.getElementById("hx-note"); ta.focus(); ta.value = `+js(note)+`; ta.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	poll(t, ctx, `document.getElementById("hx-note-shown")`)
	got := eval[string](t, ctx, storedJS+`(JSON.parse(localStorage.getItem("hashiya/v1/settings")).current).find(a => a.label === "MISC").note`)
	if got != note {
		t.Errorf("stored note %q, want %q", got, note)
	}
	r := eval[map[string]any](t, ctx, `(() => {
		const ta = document.getElementById("hx-note"), dd = document.getElementById("hx-note-shown");
		const n = dd.firstChild, range = document.createRange();
		range.setStart(n, n.length - 1); range.setEnd(n, n.length);
		const dot = range.getBoundingClientRect(), all = dd.getBoundingClientRect();
		const whole = document.createRange(); whole.selectNodeContents(dd);
		return {taDir: ta.dir, taDirection: getComputedStyle(ta).direction, ddDir: dd.dir, ddDirection: getComputedStyle(dd).direction,
			dotLeft: dot.left, textLeft: whole.getBoundingClientRect().left};
	})()`)
	if r["taDir"] != "auto" || r["ddDir"] != "auto" || r["taDirection"] != "rtl" || r["ddDirection"] != "rtl" {
		t.Errorf("note direction: %v", r)
	}
	if dl, tl := r["dotLeft"].(float64), r["textLeft"].(float64); dl-tl > 2 {
		t.Errorf("the final full stop is not at the left end: %v", r)
	}
	screenshot(t, ctx, "note-A16")
}
