package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/sample"
)

// A long document (the sample repeated to about 10,000 words): a selection
// in its last paragraph still gets the right code-point offsets. The time
// from key press to stored annotation and redrawn highlights is logged, not
// asserted (timings belong to benchmarks).
func TestLargeDocument(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	var b strings.Builder
	for b.Len() < 60000*2 { // ~10k Arabic words
		b.WriteString(sample.Article)
		b.WriteString("\n")
	}
	b.WriteString("🔴 عاجل: وزير الخارجية يصل إلى عمّان")
	text := b.String()
	start := time.Now()
	pasteDocument(t, ctx, text)
	t.Logf("%d code points, %d words: opened and annotated in %v", len([]rune(text)), len(strings.Fields(text)), time.Since(start))
	last := eval[int](t, ctx, `document.querySelectorAll("#hx-text p").length - 1`)
	sel := `(() => { const ps = document.querySelectorAll("#hx-text p"); const n = ps[ps.length-1].firstChild; const i = n.data.indexOf("عمّان"); getSelection().setBaseAndExtent(n, i, n, i + 5); })()`
	eval[any](t, ctx, sel)
	start = time.Now()
	key(t, ctx, "2")
	a := waitLabelled(t, ctx, "LOC")
	t.Logf("label added, stored and drawn in %v (paragraph %d) %v", time.Since(start), last, eval[map[string]string](t, ctx, `({...document.body.dataset})`))
	want := len([]rune(text)) - 5
	if a.Start != want || a.End != want+5 || a.Quote != "عمّان" {
		t.Errorf("span %+v, want [%d,%d)", a, want, want+5)
	}
	start = time.Now()
	clickHighlight(t, ctx, "", "عمّان")
	t.Logf("click to side panel: %v", time.Since(start))
	// The middle of the document, reached by jumping there (its blocks laid
	// out only then): highlighted, and the paragraphs are whole lines of
	// the text in order.
	const mid = `[...document.querySelectorAll("#hx-text p")].filter(p => p.textContent.length > 40)`
	eval[any](t, ctx, `(() => { const ps = `+mid+`; ps[Math.floor(ps.length / 2)].scrollIntoView({block: "center"}); })()`)
	poll(t, ctx, `(() => { const ps = `+mid+`; const p = ps[Math.floor(ps.length / 2)].firstChild;
		for (const [name, h] of CSS.highlights) for (const r of h) if (r.startContainer === p) return true;
		return false; })()`)
	if got := eval[string](t, ctx, `[...document.querySelectorAll("#hx-text p")].map(p => p.textContent).join("\n")`); got != text {
		t.Errorf("the paragraphs do not hold the text (%d code points of %d)", len([]rune(got)), len([]rune(text)))
	}
	// The screen there (a full-page screenshot would lay the whole
	// document out): Arabic joined and right to left, highlighted.
	c, cancel := timeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	shots := os.Getenv("HASHIYA_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(shots, "large-middle.png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", filepath.Join(shots, "large-middle.png"))
}
