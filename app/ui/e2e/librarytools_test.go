package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/store"
)

// libDoc is a document stored for a library test, its annotations given
// as quote → label, value, status.
type libDoc struct {
	text string
	anns []libAnn
}

type libAnn struct {
	quote  string
	label  annotation.Label
	value  string
	status annotation.Status
}

// storeLibrary writes docs into the page's storage as the app stores them
// (app/store), the first one open, and reloads the page.
func storeLibrary(t *testing.T, ctx context.Context, url string, docs []libDoc) []annotation.Document {
	t.Helper()
	kv := store.NewMemory(0)
	st := store.New(kv)
	var out []annotation.Document
	for i, d := range docs {
		doc := annotation.NewDocument(d.text, d.text)
		var anns []annotation.Annotation
		for _, a := range d.anns {
			k := strings.Index(d.text, a.quote)
			if k < 0 {
				t.Fatalf("%q not in %q", a.quote, d.text)
			}
			start := utf8.RuneCountInString(d.text[:k])
			m := manual(d.text, start, start+utf8.RuneCountInString(a.quote), a.label)
			m.Value, m.Status = a.value, a.status
			if a.label == annotation.DATE || a.label == annotation.TIME {
				m.Type = string(a.label)
			}
			if m.Status == annotation.Suggested {
				m.Source = annotation.Auto
			}
			anns = append(anns, m)
		}
		if err := st.SaveDocument(doc); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveAnnotations(doc.SHA256, anns); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if err := st.SetCurrentDocument(doc.SHA256); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, doc)
	}
	keys, _ := kv.Keys()
	values := map[string]string{}
	for _, k := range keys {
		values[k], _, _ = kv.Get(k)
	}
	data, _ := json.Marshal(values)
	eval[bool](t, ctx, `(() => { localStorage.clear(); const v = `+string(data)+`; for (const k in v) localStorage.setItem(k, v[k]); return true; })()`)
	open(t, ctx, url)
	return out
}

// chartMarks returns the values of the timeline's marks from right to left
// (the axis runs right to left: earliest first).
func chartMarks(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-mark")]
		.map(m => [m.getBBox().x + m.getBBox().width/2, m.querySelector("title").textContent.match(/\(([^)]*)\)/)[1]])
		.sort((a, b) => b[0] - a[0]).map(m => m[1])`)
}

// setControl sets a select or input of the timeline's tools and fires the
// event its handler listens to.
func setControl(t *testing.T, ctx context.Context, id, value, event string) {
	t.Helper()
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const el = document.getElementById(%q); el.value = %s; el.dispatchEvent(new Event(%q, {bubbles: true})); return true; })()`, id, js(value), event))
}

// axisLabels returns the tick labels of the chart's axis.
func axisLabels(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-chart > text")].map(x => x.textContent).join(" | ")`)
}

// The timeline's tools: label, status, document, date range and entity
// filters; zoom from an hour to decades with Gregorian and Hijri axis
// labels; moving the window; PNG and SVG downloads.
func TestLibraryTimelineTools(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	acc, sug := annotation.Accepted, annotation.Suggested
	docs := storeLibrary(t, ctx, ts.URL, []libDoc{
		{"اجتمع حفتر في بنغازي يوم 3 مارس 2016 عند الساعة 10:30 صباحا.", []libAnn{
			{"حفتر", annotation.PER, "", acc}, {"3 مارس 2016", annotation.DATE, "2016-03-03", acc}, {"الساعة 10:30 صباحا", annotation.TIME, "2016-03-03T10:30", acc}}},
		{"زار السراج روما في مايو 2015.", []libAnn{
			{"السراج", annotation.PER, "", sug}, {"مايو 2015", annotation.DATE, "2015-05", sug}}},
		{"عاد حفتر إلى القاهرة في 20 يوليو 2017.", []libAnn{
			{"حفتر", annotation.PER, "", acc}, {"20 يوليو 2017", annotation.DATE, "2017-07-20", acc}}},
	})
	clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
	poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)
	same := func(what string, want ...string) {
		t.Helper()
		w := strings.Join(want, " ")
		deadline := time.Now().Add(10 * time.Second)
		got := ""
		for time.Now().Before(deadline) {
			if got = strings.Join(chartMarks(t, ctx), " "); got == w {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Errorf("%s: the chart shows %q (right to left), want %q", what, got, w)
	}
	same("everything", "2015-05", "2016-03-03T10:30", "2016-03-03", "2017-07-20")
	setControl(t, ctx, "hx-tl-label", "TIME", "change")
	same("TIME", "2016-03-03T10:30")
	setControl(t, ctx, "hx-tl-label", "", "change")
	setControl(t, ctx, "hx-tl-status", "accepted", "change")
	same("accepted", "2016-03-03T10:30", "2016-03-03", "2017-07-20")
	setControl(t, ctx, "hx-tl-status", "", "change")
	setControl(t, ctx, "hx-tl-doc", docs[1].SHA256, "change")
	same("the second document", "2015-05")
	setControl(t, ctx, "hx-tl-doc", "", "change")
	setControl(t, ctx, "hx-tl-entity", "حفتر", "input")
	same("حفتر", "2016-03-03T10:30", "2016-03-03", "2017-07-20")
	setControl(t, ctx, "hx-tl-entity", "", "input")

	// One day: the axis counts hours; zoomed in, still hours; Hijri labels
	// (3 March 2016 is 23 Jumada al-Ula 1437 in Umm al-Qura).
	setControl(t, ctx, "hx-tl-from", "2016-03-03", "change")
	setControl(t, ctx, "hx-tl-to", "2016-03-03", "change")
	same("3 March 2016", "2016-03-03T10:30", "2016-03-03")
	poll(t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-chart > text")].some(x => /\d\d:00/.test(x.textContent))`)
	clickJS(t, ctx, `document.getElementById("hx-tl-zoom-in")`)
	clickJS(t, ctx, `document.getElementById("hx-tl-zoom-in")`)
	poll(t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-chart > text")].filter(x => /\d\d:00/.test(x.textContent)).length >= 2`)
	clickJS(t, ctx, `document.getElementById("hx-tl-calendar")`)
	poll(t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-chart > text")].some(x => x.textContent.includes("1437 هـ"))`)
	if l := axisLabels(t, ctx); !strings.Contains(l, "جمادى") || !strings.Contains(l, ":00") {
		t.Errorf("Hijri hour labels: %s", l)
	}
	screenshot(t, ctx, "library-timeline-hours-hijri")
	clickJS(t, ctx, `document.getElementById("hx-tl-calendar")`)

	// Moving earlier (to the right, the axis running right to left) leaves
	// the 2017 mark behind.
	setControl(t, ctx, "hx-tl-from", "", "change")
	setControl(t, ctx, "hx-tl-to", "", "change")
	clickJS(t, ctx, `document.getElementById("hx-tl-reset")`)
	same("reset", "2015-05", "2016-03-03T10:30", "2016-03-03", "2017-07-20")
	clickJS(t, ctx, `document.getElementById("hx-tl-earlier")`) // by half the window
	poll(t, ctx, `document.querySelectorAll("#hx-library .hx-tl-mark").length < 4`)
	if m := chartMarks(t, ctx); len(m) == 0 || m[0] != "2015-05" || strings.Contains(strings.Join(m, " "), "2017") {
		t.Errorf("after moving earlier the chart shows %v, want the 2015 date and not the 2017 one", m)
	}
	// Zoomed out to decades: the axis labels are years only.
	clickJS(t, ctx, `document.getElementById("hx-tl-reset")`)
	for range 5 {
		clickJS(t, ctx, `document.getElementById("hx-tl-zoom-out")`)
	}
	poll(t, ctx, `(() => { const ls = [...document.querySelectorAll("#hx-library .hx-tl-chart > text")].map(x => x.textContent); return ls.length >= 2 && ls.every(l => /^\d{4}$/.test(l)) && (+ls[1] - +ls[0]) % 5 === 0; })()`)
	t.Logf("decades axis: %s", axisLabels(t, ctx))

	// Downloads: the SVG carries its colours; the PNG is the chart at twice
	// its size.
	clickJS(t, ctx, `document.getElementById("hx-tl-reset")`)
	poll(t, ctx, `document.querySelectorAll("#hx-library .hx-tl-mark").length === 4`)
	dir := t.TempDir()
	setDownloads(t, ctx, dir)
	clickJS(t, ctx, `document.getElementById("hx-tl-png")`)
	file := waitFile(t, dir, "*.png")
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	w := eval[int](t, ctx, `+document.querySelector("#hx-library .hx-tl-chart").getAttribute("width")`)
	h := eval[int](t, ctx, `+document.querySelector("#hx-library .hx-tl-chart").getAttribute("height")`)
	if err != nil || cfg.Width != 2*w || cfg.Height != 2*h {
		t.Errorf("PNG %s: %v, %dx%d, want %dx%d", filepath.Base(file), err, cfg.Width, cfg.Height, 2*w, 2*h)
	}
	clickJS(t, ctx, `document.getElementById("hx-tl-svg")`)
	svg, err := os.ReadFile(waitFile(t, dir, "*.svg"))
	if err != nil || !strings.Contains(string(svg), "<style>.hx-tl-mark{fill:") || strings.Count(string(svg), "hx-tl-mark hx-tl-") != 4 {
		t.Errorf("SVG download (%v):\n%.400s", err, svg)
	}
	axeCheck(t, ctx, "library timeline tools")
}
