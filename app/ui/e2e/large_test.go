package e2e

import (
	"strings"
	"testing"
	"time"

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
}
