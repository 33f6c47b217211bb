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

	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
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
		if err := st.SaveDocument(doc); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveAnnotations(doc.SHA256, libAnns(t, d)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if err := st.SetCurrentDocument(doc.SHA256); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, doc)
	}
	copyStorage(t, ctx, kv)
	open(t, ctx, url)
	return out
}

// libAnns makes the annotations of d.
func libAnns(t *testing.T, d libDoc) []annotation.Annotation {
	t.Helper()
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
	return anns
}

// copyStorage makes the page's localStorage hold what kv holds.
func copyStorage(t *testing.T, ctx context.Context, kv store.KV) {
	t.Helper()
	keys, _ := kv.Keys()
	values := map[string]string{}
	for _, k := range keys {
		values[k], _, _ = kv.Get(k)
	}
	data, _ := json.Marshal(values)
	eval[bool](t, ctx, `(() => { localStorage.clear(); const v = `+string(data)+`; for (const k in v) localStorage.setItem(k, v[k]); return true; })()`)
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

// The agreement tab over several documents: four per-document exports of
// two annotators (alice-d1.json, bob-d1.json, alice-d2.json, bob-d2.json)
// and one document only alice exported. By hand, summed over d1 and d2:
// alice 6 spans, bob 5; 4 match exactly, 5 overlap: exact P 4/5, R 4/6,
// F1 8/11 = 0.727; overlap F1 10/11 = 0.909; PER 3 and 3, 2 exact (0.667).
// Tokens (words and punctuation): 10 + 9 = 19. Entity layer: they differ
// on لافروف (PER/O) and روما (LOC/O): pₒ = 17/19; alice tags PER 5, LOC 2,
// O 12, bob PER 4, LOC 1, O 14: pₑ = (5·4 + 2·1 + 12·14)/19² = 190/361;
// κ = (17/19 − 190/361)/(1 − 190/361) = 133/171 = 0.7778. Temporal layer:
// the same three tokens DATE on both sides: κ = 1. TIMEX: one pair
// matched, values 2020-05-05 and 2020-05 differ: 0 of 1. The document d2
// adjudicated gives a gold file recording who made what.
func TestLibraryAgreementReport(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	t1 := "التقى خليفة حفتر سيرغي لافروف في موسكو يوم الثلاثاء."
	t2 := "وصل السراج إلى روما في 5 مايو 2020."
	t3 := "غادر الوفد تونس."
	d1, d2, d3 := annotation.NewDocument("d1", t1), annotation.NewDocument("d2", t2), annotation.NewDocument("d3", t3)
	span := func(text, s string, l annotation.Label, value string) annotation.Annotation {
		i := strings.Index(text, s)
		start := utf8.RuneCountInString(text[:i])
		a := manual(text, start, start+utf8.RuneCountInString(s), l)
		if value != "" {
			a.Value, a.Type = value, string(l)
		}
		return a
	}
	dir := t.TempDir()
	write := func(name string, doc annotation.Document, anns ...annotation.Annotation) string {
		b, err := hashiyajson.Encode(doc, anns)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	files := []string{
		write("alice-d1.json", d1, span(t1, "خليفة حفتر", annotation.PER, ""), span(t1, "سيرغي لافروف", annotation.PER, ""), span(t1, "موسكو", annotation.LOC, "")),
		write("bob-d1.json", d1, span(t1, "خليفة حفتر", annotation.PER, ""), span(t1, "سيرغي", annotation.PER, ""), span(t1, "موسكو", annotation.LOC, "")),
		write("alice-d2.json", d2, span(t2, "السراج", annotation.PER, ""), span(t2, "روما", annotation.LOC, ""), span(t2, "5 مايو 2020", annotation.DATE, "2020-05-05")),
		write("bob-d2.json", d2, span(t2, "السراج", annotation.PER, ""), span(t2, "5 مايو 2020", annotation.DATE, "2020-05")),
		write("alice-d3.json", d3, span(t3, "تونس", annotation.LOC, "")),
	}
	clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
	poll(t, ctx, `document.getElementById("hx-library")`)
	clickJS(t, ctx, `document.getElementById("hx-library-tab-agreement")`)
	poll(t, ctx, `document.getElementById("hx-agree-files")`)
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.SetUploadFiles(chromedp.ID("hx-agree-files"), files)); err != nil {
		t.Fatalf("upload: %v", err)
	}
	poll(t, ctx, `document.querySelector("#hx-agree-totals table")`)
	if h := eval[string](t, ctx, `document.querySelector("#hx-agree-totals h3").textContent`); !strings.Contains(h, "alice") || !strings.Contains(h, "bob") || strings.Contains(h, "d1") {
		t.Errorf("the totals are headed %q, want alice against bob (the file names cut)", h)
	}
	row := func(label string) []string {
		return eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('#hx-agree-totals tr[data-label=%q] td')].map(td => td.textContent)`, label))
	}
	// Columns: label, A, B, exact P, R, F1, overlap P, R, F1.
	if all := row("all"); len(all) != 9 || all[1] != "6" || all[2] != "5" || all[3] != "0.800" || all[4] != "0.667" || all[5] != "0.727" || all[8] != "0.909" {
		t.Errorf("the library row is %v, want 6, 5, exact 0.800 0.667 0.727, overlap F1 0.909", all)
	}
	if per := row("PER"); len(per) != 9 || per[1] != "3" || per[2] != "3" || per[5] != "0.667" {
		t.Errorf("the PER row is %v, want 3, 3, exact F1 0.667", per)
	}
	if k := eval[string](t, ctx, `document.querySelector("#hx-agree-totals .hx-agree-kappa").textContent`); !strings.Contains(k, "0.778") || !strings.Contains(k, "1.000") || !strings.Contains(k, "0 من 1") {
		t.Errorf("kappa and TIMEX line %q, want entities 0.778, temporal 1.000, TIMEX 0 of 1", k)
	}
	if a := eval[string](t, ctx, `document.getElementById("hx-agree-alone").textContent`); !strings.Contains(a, "d3") {
		t.Errorf("the document only alice exported is not named apart: %q", a)
	}
	screenshot(t, ctx, "library-agreement-report")
	// The CSV: every document, then the library row (document "*").
	dl := t.TempDir()
	setDownloads(t, ctx, dl)
	clickJS(t, ctx, `document.getElementById("hx-agree-csv")`)
	data, err := os.ReadFile(waitFile(t, dl, "*.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var lib []string
	for _, ln := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(ln, "*,") && strings.Contains(ln, ",alice,bob,all,") {
			lib = strings.Split(ln, ",")
		}
	}
	// tokens, kappa_entities, kappa_temporal, timex_matched, timex_same_value at 15–19.
	if len(lib) < 21 || lib[15] != "19" || lib[16] != "0.7778" || lib[17] != "1.0000" || lib[18] != "1" || lib[19] != "0" {
		t.Errorf("the CSV's library row is %q, want 19 tokens, κ 0.7778 and 1.0000, TIMEX 1 matched 0 same:\n%s", lib, data)
	}
	if n := strings.Count(string(data), d1.SHA256+","); n == 0 || strings.Count(string(data), d2.SHA256+",") == 0 {
		t.Errorf("the CSV lacks a document's rows:\n%s", data)
	}

	// d2 adjudicated: روما kept (alice's side), the date's value alice's.
	clickJS(t, ctx, fmt.Sprintf(`document.querySelector('#hx-agree-docs li[data-doc=%q] button')`, d2.SHA256))
	poll(t, ctx, `document.querySelector("#hx-agreement .hx-disagreements")`)
	for i := 0; i < 5 && eval[int](t, ctx, `document.querySelectorAll("#hx-agreement .hx-dis:not(.decided)").length`) > 0; i++ {
		clickJS(t, ctx, `document.querySelector("#hx-agreement .hx-dis:not(.decided) .hx-dis-keep")`) // the first side: alice
		time.Sleep(100 * time.Millisecond)
	}
	poll(t, ctx, `document.getElementById("hx-agree-gold")`)
	clickJS(t, ctx, `document.getElementById("hx-agree-gold")`)
	gold, err := os.ReadFile(waitFile(t, dl, "gold*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Annotations []annotation.Annotation `json:"annotations"`
		Adj         struct {
			Annotators  []string `json:"annotators"`
			Annotations []struct {
				ID       string   `json:"id"`
				Agreed   []string `json:"agreed"`
				Decision string   `json:"decision"`
			} `json:"annotations"`
		} `json:"adjudication"`
	}
	if err := json.Unmarshal(gold, &g); err != nil {
		t.Fatalf("gold: %v\n%s", err, gold)
	}
	who := map[string]string{}
	quote := map[string]string{}
	for _, a := range g.Annotations {
		quote[a.ID] = a.Quote + " " + a.Value
	}
	for _, e := range g.Adj.Annotations {
		who[quote[e.ID]] = strings.Join(e.Agreed, "+") + " " + e.Decision
	}
	if who["السراج "] != "alice+bob agreed" || who["روما "] != "alice kept" || who["5 مايو 2020 2020-05-05"] != "alice kept" {
		t.Errorf("the gold file's record: %v (annotators %v)", who, g.Adj.Annotators)
	}
	axeCheck(t, ctx, "library agreement report")
}

// The stored documents are read in idle time for the Library dialog
// (libraryprefetch.go); a document changed in storage afterwards, as
// another tab would (no event), is read again when the dialog opens.
func TestLibraryPrefetch(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	docs := []libDoc{{"وثيقة مفتوحة بلا تاريخ.", nil}, {"زار حفتر القاهرة في 5 مايو 2020.", []libAnn{{"5 مايو 2020", annotation.DATE, "2020-05-05", annotation.Accepted}}}}
	for i := range 22 {
		text := fmt.Sprintf("خبر رقم %d نشر في 1 يناير 2010.", i)
		docs = append(docs, libDoc{text, []libAnn{{"1 يناير 2010", annotation.DATE, "2010-01-01", annotation.Accepted}}})
	}
	kv := store.NewMemory(0)
	st := store.New(kv)
	var sha []string
	for i, d := range docs {
		doc := annotation.NewDocument(d.text, d.text)
		if err := st.SaveDocument(doc); err != nil {
			t.Fatal(err)
		}
		if err := st.SaveAnnotations(doc.SHA256, libAnns(t, d)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			st.SetCurrentDocument(doc.SHA256)
		}
		sha = append(sha, doc.SHA256)
	}
	copyStorage(t, ctx, kv)
	open(t, ctx, ts.URL)
	poll(t, ctx, `+document.body.dataset.libraryPrefetched === 23`) // all but the open one
	// Document 1 changed behind the page's back: the date is now 2021.
	changed := libDoc{docs[1].text, []libAnn{{"5 مايو 2020", annotation.DATE, "2021-05-05", annotation.Accepted}}}
	time.Sleep(10 * time.Millisecond) // a later "updated" stamp
	if err := st.SaveAnnotations(sha[1], libAnns(t, changed)); err != nil {
		t.Fatal(err)
	}
	copyStorage(t, ctx, kv)
	clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
	poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)
	marks := chartMarks(t, ctx)
	// 22 dates on one day: 12 rows of marks, the others counted under them.
	counted := eval[int](t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-more text")].reduce((n, x) => n + +x.textContent.slice(1), 0)`)
	if len(marks)+counted != 23 || marks[len(marks)-1] != "2021-05-05" || strings.Contains(strings.Join(marks, " "), "2020-05-05") {
		t.Errorf("after the stored change the timeline shows %d marks and counts %d more, the last %v; want 23 with 2021-05-05 and not 2020-05-05", len(marks), counted, marks[max(0, len(marks)-2):])
	}
	// A count zooms into the dates it counts: 1 January 2010, by the hour.
	clickJS(t, ctx, `document.querySelector("#hx-library .hx-tl-more")`)
	poll(t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-chart > text")].some(x => /^\d\d:00$/.test(x.textContent)) && document.querySelector("#hx-library .hx-tl-caption").textContent.includes("2010")`)
}

// A merge made in the entity index is kept: after a reload the index
// still shows the two names as one entity in two documents.
func TestLibraryMergeKept(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	acc := annotation.Accepted
	storeLibrary(t, ctx, ts.URL, []libDoc{
		{"وصل خليفة حفتر إلى بنغازي.", []libAnn{{"خليفة حفتر", annotation.PER, "", acc}}},
		{"قال المشير حفتر إن الوضع هادئ.", []libAnn{{"المشير حفتر", annotation.PER, "", acc}}},
	})
	row := func(name string) string {
		return fmt.Sprintf(`[...document.querySelectorAll("#hx-library-entities tbody tr")].find(tr => tr.querySelector(".hx-link").textContent === %s)`, js(name))
	}
	openIndex := func() {
		clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
		poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)
		clickJS(t, ctx, `document.getElementById("hx-library-tab-entities")`)
		poll(t, ctx, `document.querySelector("#hx-library-entities tbody tr")`)
	}
	openIndex()
	poll(t, ctx, `!!`+row("خليفة حفتر")+` && !!`+row("المشير حفتر"))
	clickJS(t, ctx, row("المشير حفتر")+`.querySelector(".hx-ent-pick")`)
	poll(t, ctx, row("خليفة حفتر")+`.querySelector(".hx-ent-into")`)
	clickJS(t, ctx, row("خليفة حفتر")+`.querySelector(".hx-ent-into")`)
	// One entity is left, named by its longest mention, in two documents.
	haftar := `[...document.querySelectorAll("#hx-library-entities tbody tr")].filter(tr => tr.querySelector(".hx-link").textContent.includes("حفتر"))`
	merged := haftar + `.length === 1 && ` + haftar + `[0].querySelectorAll("td")[2].textContent === "2"`
	poll(t, ctx, merged)
	// Reloaded: the library is read and built again, the merge applied.
	open(t, ctx, ts.URL)
	openIndex()
	poll(t, ctx, haftar+`.length > 0`)
	if !eval[bool](t, ctx, merged) {
		t.Errorf("after a reload the index lists %v, want one حفتر entity in 2 documents", eval[[]string](t, ctx, haftar+`.map(tr => tr.textContent)`))
	}
}
