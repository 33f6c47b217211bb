package e2e

import (
	"fmt"
	"image"
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hashiya/hashiya/app/annotation"
)

// Case C2: a double-click on the last (leftmost) letter of a word followed
// by punctuation selects the word alone: الوفد [7,12), not ؟, not [7,13);
// نعم [14,17), not the final full stop. The press lands anywhere on the
// letter: on its left edge the browser's own word selection takes the
// punctuation after it (the nearest caret boundary), the app's dblclick
// handler takes the word under the glyph. A press on the punctuation
// itself gives the word it is glued to; a word with a proclitic is
// selected whole.
func TestDoubleClickC2(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "هل وصل الوفد؟ نعم. وبالقاهرة")
	dblclick := func(letter int, frac float64) []int {
		t.Helper()
		pt := eval[[]float64](t, ctx, fmt.Sprintf(`(() => { const n = document.querySelector("#hx-text p").firstChild; const r = document.createRange(); r.setStart(n, %d); r.setEnd(n, %d); const b = r.getClientRects()[0]; return [b.left + b.width*%v, b.top + b.height/2]; })()`, letter, letter+1, frac))
		cx, cancel := timeout(ctx, 10*time.Second)
		defer cancel()
		if err := chromedp.Do(cx, chromedp.MouseClickXY(pt[0], pt[1], chromedp.ClickCount(2))); err != nil {
			t.Fatal(err)
		}
		poll(t, ctx, `getSelection().toString().length > 0`)
		time.Sleep(50 * time.Millisecond) // the dblclick event comes after the browser's selection
		return eval[[]int](t, ctx, `(() => { const r = getSelection().getRangeAt(0); return [r.startOffset, r.endOffset]; })()`)
	}
	for _, c := range []struct {
		letter     int
		start, end int
	}{
		{11, 7, 12}, {12, 7, 12}, {16, 14, 17}, {17, 14, 17}, {19, 19, 28}, {27, 19, 28},
	} {
		for _, frac := range []float64{0.05, 0.25, 0.5, 0.75, 0.95} {
			if got := dblclick(c.letter, frac); got[0] != c.start || got[1] != c.end {
				t.Errorf("double-click on code point %d at %.0f%% of its width selects [%d,%d), want [%d,%d)", c.letter, frac*100, got[0], got[1], c.start, c.end)
			}
		}
	}
	// Labelled with the keys, as stored.
	for _, c := range []struct {
		letter     int // code point of the letter double-clicked
		label      string
		start, end int
		quote      string
	}{
		{11, "LOC", 7, 12, "الوفد"},
		{16, "MISC", 14, 17, "نعم"},
	} {
		dblclick(c.letter, 0.1) // off-centre, on the side of the punctuation
		key(t, ctx, fmt.Sprint(labelKey(c.label)))
		a := waitLabelled(t, ctx, c.label)
		if a.Start != c.start || a.End != c.end || a.Quote != c.quote {
			t.Errorf("double-click on letter %d gives [%d,%d) %q, want [%d,%d) %q", c.letter, a.Start, a.End, a.Quote, c.start, c.end, c.quote)
		}
		key(t, ctx, kb.Escape)
	}
}

// countColour counts the pixels of exactly the colour c (r, g, b).
func countColour(img image.Image, c [3]uint32) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == c[0] && g>>8 == c[1] && bl>>8 == c[2] {
				n++
			}
		}
	}
	return n
}

// Case C4: relabelling PER → ORG repaints at once, with no reload: no
// PER-coloured pixel is left, the store holds two ORG annotations;
// deleting removes the pixels at once; undo brings them back.
func TestRelabelRepaintsC4(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	colourScheme(t, ctx, "light")
	text := "استقبل الرئيس عبد الفتاح السيسي وفدا من البنك الدولي"
	importDocument(t, ctx, annotation.NewDocument("c4", text), []annotation.Annotation{
		manual(text, 14, 31, annotation.PER),
		manual(text, 40, 52, annotation.ORG),
	})
	per, org := [3]uint32{0xf9, 0xb7, 0x6f}, [3]uint32{0x86, 0xb6, 0xf6}
	eval[chromedp.Void](t, ctx, `document.fonts.ready`)
	img := elementPNG(t, ctx, "#hx-text")
	if countColour(img, per) == 0 || countColour(img, org) == 0 {
		t.Fatalf("before: %d PER pixels, %d ORG pixels", countColour(img, per), countColour(img, org))
	}
	clickHighlight(t, ctx, "hx-PER", "عبد الفتاح السيسي")
	poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
	key(t, ctx, "3") // ORG
	poll(t, ctx, `!CSS.highlights.get("hx-PER")`)
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => r()))`)
	img = elementPNG(t, ctx, "#hx-text")
	if n := countColour(img, per); n != 0 {
		t.Errorf("after relabelling, %d PER-coloured pixels are left", n)
	}
	if countColour(img, org) == 0 {
		t.Error("no ORG-coloured pixel after relabelling")
	}
	got := spans(t, ctx)
	if want := []string{"ORG 14 31 accepted", "ORG 40 52 accepted"}; !slices.Equal(got, want) {
		t.Fatalf("stored %q, want %q", got, want)
	}
	// Delete the other one: its pixels go at once.
	key(t, ctx, kb.Escape)
	clickHighlight(t, ctx, "hx-ORG", "البنك الدولي")
	poll(t, ctx, `document.querySelector("#hx-panel .hx-quote") && document.querySelector("#hx-panel .hx-quote").textContent === "البنك الدولي"`)
	key(t, ctx, kb.Delete)
	waitSpans(t, ctx, "ORG 14 31 accepted")
	key(t, ctx, kb.Escape)
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => r()))`)
	img = elementPNG(t, ctx, "#hx-text")
	plain := countColour(img, org)
	keyMod(t, ctx, "z", ctrl)
	waitSpans(t, ctx, "ORG 14 31 accepted", "ORG 40 52 accepted")
	eval[chromedp.Void](t, ctx, `new Promise(r => requestAnimationFrame(() => r()))`)
	if again := countColour(elementPNG(t, ctx, "#hx-text"), org); again <= plain {
		t.Errorf("undoing the delete does not paint the span again: %d ORG pixels, %d before", again, plain)
	}
	colourScheme(t, ctx, "")
}
