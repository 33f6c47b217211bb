package e2e

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

// importDocument imports an export of doc with anns into a browser showing
// another document, and opens it through the conflict message.
func importDocument(t *testing.T, ctx context.Context, doc annotation.Document, anns []annotation.Annotation) {
	t.Helper()
	data, err := hashiyajson.Encode(doc, anns)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "doc.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	upload(t, ctx, "hx-import-file", path)
	if kind, _ := message(t, ctx); kind == "warn" {
		clickJS(t, ctx, `document.getElementById("hx-msg-action")`)
	}
	poll(t, ctx, `document.getElementById("hx-text").textContent === `+js(stringsJoinLines(doc.Text)))
	poll(t, ctx, `document.body.dataset.highlights === "`+strconv.Itoa(len(anns))+`"`)
}

func stringsJoinLines(s string) string { // the DOM text of the article: lines without breaks
	return string(bytes.ReplaceAll([]byte(s), []byte("\n"), nil))
}

func manual(text string, start, end int, l annotation.Label) annotation.Annotation {
	a, err := annotation.Select(text, start, end, l)
	if err != nil {
		panic(err)
	}
	a.ID, a.Source, a.Status = annotation.NewID(), annotation.Manual, annotation.Accepted
	return a
}

// elementPNG screenshots an element.
func elementPNG(t *testing.T, ctx context.Context, sel string) image.Image {
	t.Helper()
	// The messages float over the page (#hx-toasts, fixed at the bottom of
	// the window): an import's message would be in the element's picture.
	eval[chromedp.Void](t, ctx, `(() => { const m = document.getElementById("hx-toasts"); if (m) m.style.visibility = "hidden"; })()`)
	defer eval[chromedp.Void](t, ctx, `(() => { const m = document.getElementById("hx-toasts"); if (m) m.style.visibility = ""; })()`)
	c, cancel := timeout(ctx, 20*time.Second)
	defer cancel()
	b, err := chromedp.Run(c, chromedp.ScreenshotScale(chromedp.CSS(sel), 2))
	if err != nil {
		t.Fatalf("screenshot %s: %v", sel, err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// lum returns the luminance (0–255) of each pixel of an image.
func lum(img image.Image) [][]uint32 {
	b := img.Bounds()
	out := make([][]uint32, b.Dy())
	for y := range out {
		out[y] = make([]uint32, b.Dx())
		for x := range out[y] {
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			out[y][x] = (299*r + 587*g + 114*bl) / 1000 >> 8
		}
	}
	return out
}

// inkDiff compares the glyphs of two renderings of the same text, one with
// light highlight backgrounds: it counts the ink pixels (dark) of each and
// the pixels that are ink in one and clearly paper (light, whatever the
// background colour) in the other, so anti-aliased edges do not count.
func inkDiff(a, b image.Image) (inkA, inkB, diff int) {
	la, lb := lum(a), lum(b)
	for y := range la {
		for x := range la[y] {
			pa, pb := la[y][x], lb[y][x]
			if pa < 80 {
				inkA++
			}
			if pb < 80 {
				inkB++
			}
			if pa < 80 && pb > 170 || pb < 80 && pa > 170 {
				diff++
			}
		}
	}
	return
}

// Case A15 (and A7): highlighting part of a word changes only the
// background; the glyphs (joining forms) are the same as without the
// highlight. A broken implementation (an element per span, inline-block,
// padding) cuts the word into isolated letters, which changes the ink.
func TestHighlightKeepsShaping(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "يكتب\nمستشفى\nالطلاب\n قال...محمد إن (القدس) مدينة قديمة"
	anns := []annotation.Annotation{
		manual(text, 2, 3, annotation.MISC),  // ت in يكتب
		manual(text, 7, 8, annotation.LOC),   // ت in مستشفى
		manual(text, 15, 16, annotation.PER), // ط in الطلاب
		manual(text, 26, 30, annotation.PER), // محمد (A7)
		manual(text, 35, 40, annotation.LOC), // القدس (A7)
	}
	importDocument(t, ctx, annotation.NewDocument("shaping", text), anns)
	eval[chromedp.Void](t, ctx, `document.fonts.ready`)
	with := elementPNG(t, ctx, "#hx-text")
	hl := highlightTexts(t, ctx)
	for _, w := range []string{"ت", "محمد", "القدس"} {
		found := false
		for _, list := range hl {
			found = found || contains(list, w)
		}
		if !found {
			t.Errorf("no highlight over %q: %v", w, hl)
		}
	}
	eval[chromedp.Void](t, ctx, `CSS.highlights.clear()`)
	without := elementPNG(t, ctx, "#hx-text")
	if with.Bounds().Size() != without.Bounds().Size() {
		t.Fatalf("the article changed size: %v vs %v", with.Bounds(), without.Bounds())
	}
	inkWith, inkWithout, diff := inkDiff(with, without)
	t.Logf("ink pixels: %d with highlights, %d without, %d differ", inkWith, inkWithout, diff)
	if inkWithout == 0 || float64(diff) > 0.002*float64(inkWithout) {
		t.Errorf("glyphs differ with highlights: %d of %d ink pixels", diff, inkWithout)
	}
	// The leading space of the last line is kept (A7).
	if got := eval[string](t, ctx, `document.querySelector('#hx-text p[data-para="3"]').textContent`); got[0] != ' ' {
		t.Errorf("leading space lost: %q", got)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil { // draws the highlights again
		t.Fatal(err)
	}
	waitReady(t, ctx)
	eval[chromedp.Void](t, ctx, `document.body.style.zoom = "2"`)
	screenshot(t, ctx, "shaping-A15")
}
