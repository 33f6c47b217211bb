package e2e

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/annotation"
)

// dragCP drags the mouse over the code points [start,end) of the first
// line of the article, from the first character to the last (in a
// right-to-left line, right to left), as a person selects a word.
func dragCP(t *testing.T, ctx context.Context, start, end int) {
	t.Helper()
	pts := eval[[]float64](t, ctx, fmt.Sprintf(`(() => {
		const n = document.querySelector('#hx-text p[data-para="0"]').firstChild;
		const cps = [...n.data], u = k => cps.slice(0, k).join("").length;
		const rect = k => { const r = document.createRange(); r.setStart(n, u(k)); r.setEnd(n, u(k+1)); return r.getClientRects()[0]; };
		const a = rect(%d), b = rect(%d);
		return [a.left + a.width*0.7, a.top + a.height/2, b.left + b.width*0.3, b.top + b.height/2];
	})()`, start, end-1))
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	for _, ev := range []chromedp.Action[chromedp.Void]{
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pts[0], pts[1]),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMousePressed, pts[0], pts[1], chromedp.ButtonLeft, chromedp.ClickCount(1)),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, (pts[0]+pts[2])/2, pts[3], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, pts[2], pts[3], chromedp.ButtonLeft),
		chromedp.MouseEvent(input.DispatchMouseEventTypeMouseReleased, pts[2], pts[3], chromedp.ButtonLeft, chromedp.ClickCount(1)),
	} {
		if err := chromedp.Do(c, ev); err != nil {
			t.Fatalf("drag [%d,%d): %v", start, end, err)
		}
	}
}

func has(t *testing.T, ctx context.Context, label string, start, end int) (stored, bool) {
	t.Helper()
	for _, a := range storedAnns(t, ctx) {
		if a.Label == label && a.Start == start && a.End == end {
			return a, true
		}
	}
	return stored{}, false
}

// Cases A20, A21, A22 and C1, C6 (editing): harakat count as code points
// and stay in the span; a text that is not NFC is stored exactly and its
// hash is of the exact text; search and "label all hits" match a word
// written with tatweel and the span covers the original characters; mouse
// selections are stored as code points and exported with their quote;
// "apply to all" adds the vocalized whole word and nothing inside a longer
// word.
func TestEditingCases(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)

	// A20: a selection inside الطالبُ snaps to the word with its damma.
	pasteDocument(t, ctx, "كَتَبَ الطالبُ الدرسَ")
	selectCP(t, ctx, 9, 11, false)
	key(t, ctx, "1")
	if a := waitLabelled(t, ctx, "PER"); a.Start != 7 || a.End != 14 || a.Quote != "الطالبُ" {
		t.Errorf("A20: [%d,%d) %q, want [7,14) الطالبُ", a.Start, a.End, a.Quote)
	}

	// A21: م + shadda + dammatan (not NFC) is stored as typed; the hash is
	// of those bytes; the span keeps both marks.
	text := "وصل م\u0651\u064c أمس"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 4, 7, false)
	key(t, ctx, "4")
	a := waitLabelled(t, ctx, "MISC")
	sum := sha256.Sum256([]byte(text))
	got := eval[[]string](t, ctx, `(() => { const s = JSON.parse(localStorage.getItem("hashiya/v1/settings")).current; const d = JSON.parse(localStorage.getItem("hashiya/v1/doc/" + s) || "{}"); return [s, d.text || (d.document && d.document.text) || "", document.querySelector("#hx-text p").textContent]; })()`)
	if got[0] != hex.EncodeToString(sum[:]) || got[2] != text || a.Quote != "م\u0651\u064c" || a.Start != 4 || a.End != 7 {
		t.Errorf("A21: document %s (want %x), shown %q, span [%d,%d) %q", got[0], sum, got[2], a.Start, a.End, a.Quote)
	}
	if got[1] != "" && got[1] != text {
		t.Errorf("A21: stored text %q, want %q exactly", got[1], text)
	}

	// A22: search القاهرة finds الـــقـــاهـــرة; label all hits covers [4,20).
	pasteDocument(t, ctx, "زار الـــقـــاهـــرة")
	eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-search"); s.value = "القاهرة"; s.dispatchEvent(new Event("input", {bubbles: true})); })()`)
	pollHighlight(t, ctx, func(hl map[string][]string) bool {
		return contains(hl["hx-search"], "الـــقـــاهـــرة") || contains(hl["hx-search-cur"], "الـــقـــاهـــرة")
	})
	eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-search-label"); s.value = "LOC"; s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
	clickJS(t, ctx, `document.getElementById("hx-search-label-all")`)
	for i := 0; i < 50; i++ {
		if a, ok := has(t, ctx, "LOC", 4, 20); ok && a.Status == "accepted" {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if a, ok := has(t, ctx, "LOC", 4, 20); !ok || a.Quote != "الـــقـــاهـــرة" || a.Status != "accepted" {
		t.Errorf("A22: LOC [4,20) %+v %v (stored %q)", a, ok, spans(t, ctx))
	}

	// C1: two mouse selections, stored [4,10) and [14,21), exported with
	// the quote, never byte offsets.
	pasteDocument(t, ctx, "قال الرئيس إن الحكومة ستستقيل")
	for _, c := range []struct {
		start, end int
		key, label string
	}{{4, 10, "1", "PER"}, {14, 21, "3", "ORG"}} {
		dragCP(t, ctx, c.start, c.end)
		poll(t, ctx, `getSelection().toString().length > 0`)
		key(t, ctx, c.key)
		if a := waitLabelled(t, ctx, c.label); a.Start != c.start || a.End != c.end {
			t.Errorf("C1: mouse selection stored [%d,%d), want [%d,%d)", a.Start, a.End, c.start, c.end)
		}
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	data, err := os.ReadFile(waitDownload(t, downloads))
	if err != nil || !strings.Contains(string(data), `"start": 4,
      "end": 10,
      "quote": "الرئيس"`) || strings.Contains(string(data), `"start": 7,`) {
		t.Errorf("C1: export %v %.600s", err, data)
	}

	// C6: apply to all on محمد adds مُحَمَّد [4,12) only.
	text = "قال مُحَمَّد إن محمد سيزور المحمدية"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 16, 20, false)
	key(t, ctx, "1")
	src := waitLabelled(t, ctx, "PER")
	clickJS(t, ctx, `document.getElementById("hx-apply-all")`)
	waitApplyAll(t, ctx)
	// The recognizer may have suggested مُحَمَّد already: apply to all then
	// accepts it. Either way [4,12) is PER and accepted, and no span starts
	// inside المحمدية [27,35).
	if a, ok := has(t, ctx, "PER", 4, 12); !ok || a.Status != "accepted" || a.Quote != "مُحَمَّد" {
		t.Errorf("C6: [4,12) %+v %v; stored %q", a, ok, spans(t, ctx))
	}
	for _, a := range storedAnns(t, ctx) {
		if a.Start > 27 && a.Start < 35 {
			t.Errorf("C6: a span inside المحمدية: %+v", a)
		}
	}
	var accepted []string
	for _, s := range spans(t, ctx) {
		if strings.HasSuffix(s, " accepted") {
			accepted = append(accepted, s)
		}
	}
	if want := []string{"PER 16 20 accepted", "PER 4 12 accepted"}; !slices.Equal(accepted, want) || src.Start != 16 {
		t.Errorf("C6: accepted %q, want %q (the recognizer's suggestions aside)", accepted, want)
	}
	if shown := eval[string](t, ctx, `document.querySelector("#hx-text p").textContent`); shown != text {
		t.Errorf("C6: the text changed: %q", shown)
	}
}

// Case C3: the background painted under ORG [6,17) is the ORG colour of
// the label settings — the stylesheet's own, then one chosen in the label
// set editor — inside the range's rectangles and on no neighbouring word.
func TestHighlightColourC3(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	colourScheme(t, ctx, "light")
	text := "أعلنت وزارة الصحة اليوم"
	importDocument(t, ctx, annotation.NewDocument("c3", text), []annotation.Annotation{manual(text, 6, 17, annotation.ORG)})
	eval[chromedp.Void](t, ctx, `document.fonts.ready`)
	check := func(c [3]uint32, what string) {
		t.Helper()
		eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r())))`)
		// The range's rectangles, relative to #hx-text, at the scale 2 of elementPNG.
		rects := eval[[][]float64](t, ctx, `(() => {
			const box = document.getElementById("hx-text").getBoundingClientRect();
			const n = document.querySelector("#hx-text p").firstChild, r = document.createRange();
			r.setStart(n, 6); r.setEnd(n, 17);
			return [...r.getClientRects()].map(q => [(q.left-box.left)*2, (q.top-box.top)*2, (q.right-box.left)*2, (q.bottom-box.top)*2]);
		})()`)
		in, out := countInside(elementPNG(t, ctx, "#hx-text"), c, rects)
		if in == 0 || out != 0 {
			t.Errorf("%s: %d pixels of %v inside Range(6,17), %d outside", what, in, c, out)
		}
	}
	check([3]uint32{0x86, 0xb6, 0xf6}, "default ORG colour")
	clickJS(t, ctx, `document.getElementById("hx-labels-btn")`)
	poll(t, ctx, `document.getElementById("hx-ls-colour-ORG")`)
	setField(t, ctx, "hx-ls-colour-ORG", "#00c800", "value", "input")
	clickJS(t, ctx, `document.getElementById("hx-ls-save")`)
	poll(t, ctx, `!document.getElementById("hx-labelset")`)
	check([3]uint32{0x00, 0xc8, 0x00}, "ORG colour chosen in the label settings")
	colourScheme(t, ctx, "")
}

// countInside counts the pixels of exactly the colour c inside the
// rectangles (x0, y0, x1, y1, a pixel's margin allowed) and outside them.
func countInside(img image.Image, c [3]uint32, rects [][]float64) (in, out int) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 != c[0] || g>>8 != c[1] || bl>>8 != c[2] {
				continue
			}
			inside := false
			for _, q := range rects {
				fx, fy := float64(x-b.Min.X), float64(y-b.Min.Y)
				inside = inside || fx >= q[0]-2 && fx <= q[2]+2 && fy >= q[1]-2 && fy <= q[3]+2
			}
			if inside {
				in++
			} else {
				out++
			}
		}
	}
	return in, out
}
