package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
)

type libMark struct {
	SHA   string  `json:"sha"`
	Start int     `json:"start"`
	X     float64 `json:"x"`
	Title string  `json:"title"`
}

// TestLibraryTimeline stores three pasted documents with explicit dates
// (pasted out of chronological order), opens the library dialog, checks
// the timeline has one mark per date, earliest on the right (the axis runs
// right to left), and that clicking a mark opens its document with the
// date selected.
func TestLibraryTimeline(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	docs := []struct{ text, year string }{
		{"وصل الوفد في 3 مارس 2016 إلى تونس.", "2016"},
		{"غادر الوفد في 5 يناير 2015 إلى القاهرة.", "2015"},
		{"عاد السفير في 20 يوليو 2017 إلى عمّان.", "2017"},
	}
	for _, d := range docs {
		pasteDocument(t, ctx, d.text)
	}
	clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
	poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)
	marks := eval[[]libMark](t, ctx, `[...document.querySelectorAll("#hx-library .hx-tl-mark")].map(m => ({
		sha: m.getAttribute("data-sha"), start: +m.getAttribute("data-start"),
		x: m.getBBox().x + m.getBBox().width/2, title: m.querySelector("title").textContent}))`)
	// The sample article opened at start is stored too: keep the marks
	// of the pasted documents.
	var mine []libMark
	for _, m := range marks {
		for _, d := range docs {
			if strings.HasSuffix(m.Title, "— "+d.text) {
				mine = append(mine, m)
			}
		}
	}
	if len(mine) != 3 || len(marks) <= 3 {
		t.Fatalf("the timeline shows %d marks of the pasted documents (want 3, one per date) and %d in all (want the sample's too): %+v", len(mine), len(marks), marks)
	}
	marks = mine
	// Chronological order is right to left: sort by x descending.
	for i := range marks {
		for j := i + 1; j < len(marks); j++ {
			if marks[j].X > marks[i].X {
				marks[i], marks[j] = marks[j], marks[i]
			}
		}
	}
	for i, want := range []string{"2015", "2016", "2017"} {
		if !strings.Contains(marks[i].Title, want) {
			t.Errorf("mark %d from the right is %q, want the %s date", i, marks[i].Title, want)
		}
	}
	screenshot(t, ctx, "library-timeline")
	axeCheck(t, ctx, "library timeline")
	clickJS(t, ctx, `document.getElementById("hx-library-tab-entities")`)
	poll(t, ctx, `document.getElementById("hx-library-tab-entities").getAttribute("aria-selected") === "true"`)
	axeCheck(t, ctx, "library entities")
	clickJS(t, ctx, `document.getElementById("hx-library-tab-timeline")`)
	poll(t, ctx, `document.querySelector("#hx-library .hx-tl-chart")`)

	// The 2015 mark opens the second pasted document (not the open one).
	m := marks[0]
	clickJS(t, ctx, fmt.Sprintf(`document.querySelector('#hx-library .hx-tl-mark[data-sha=%q][data-start="%d"]')`, m.SHA, m.Start))
	poll(t, ctx, `!document.getElementById("hx-library")`)
	poll(t, ctx, fmt.Sprintf(`document.getElementById("hx-title").textContent === %s`, js(docs[1].text)))
	poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
	if q := eval[string](t, ctx, `document.getElementById("hx-panel").textContent`); !strings.Contains(q, "5 يناير 2015") {
		t.Errorf("the side panel after opening the 2015 mark shows %q, want the date 5 يناير 2015", q)
	}
}

// TestLibraryAgreement imports two constructed exports of one document and
// a malformed file into the agreement tab. Alice marks PER خليفة حفتر, PER
// سيرغي لافروف, LOC موسكو; Bob marks PER خليفة حفتر, PER سيرغي, LOC موسكو.
// By hand: 2 of 3 spans match exactly (P = R = F1 = 2/3 = 0.667), all 3
// overlap (F1 1.000); for PER 1 of 2 exactly (0.500). The bad file is named
// in an error and left out.
func TestLibraryAgreement(t *testing.T) {
	ts := serve(t, siteDir(t))
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "التقى خليفة حفتر سيرغي لافروف في موسكو يوم الثلاثاء."
	doc := annotation.NewDocument("agreement", text)
	span := func(s string, l annotation.Label) annotation.Annotation {
		i := strings.Index(text, s)
		start := utf8.RuneCountInString(text[:i])
		return manual(text, start, start+utf8.RuneCountInString(s), l)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	encode := func(anns ...annotation.Annotation) []byte {
		b, err := hashiyajson.Encode(doc, anns)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	files := []string{
		write("alice.json", encode(span("خليفة حفتر", annotation.PER), span("سيرغي لافروف", annotation.PER), span("موسكو", annotation.LOC))),
		write("bob.json", encode(span("خليفة حفتر", annotation.PER), span("سيرغي", annotation.PER), span("موسكو", annotation.LOC))),
		write("bad.json", []byte(`{"format": "hashiya", `)),
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
	poll(t, ctx, `document.querySelector("#hx-agreement table")`)
	if e := eval[string](t, ctx, `document.getElementById("hx-agree-errs").textContent`); !strings.Contains(e, "bad.json") || strings.Contains(e, "alice.json") {
		t.Errorf("the file errors read %q, want bad.json named and alice.json not", e)
	}
	if h := eval[string](t, ctx, `document.querySelector("#hx-agreement h3").textContent`); !strings.Contains(h, "alice") || !strings.Contains(h, "bob") {
		t.Errorf("the pair heading is %q, want alice against bob", h)
	}
	row := func(label string) []string {
		return eval[[]string](t, ctx, fmt.Sprintf(`[...document.querySelectorAll('#hx-agreement tr[data-label=%q] td')].map(td => td.textContent)`, label))
	}
	// Columns: label, A, B, exact P, R, F1, overlap P, R, F1.
	if all := row("all"); len(all) != 9 || all[1] != "3" || all[2] != "3" || all[5] != "0.667" || all[8] != "1.000" {
		t.Errorf("the all row is %v, want 3, 3, exact F1 0.667, overlap F1 1.000", all)
	}
	if per := row("PER"); len(per) != 9 || per[5] != "0.500" || per[8] != "1.000" {
		t.Errorf("the PER row is %v, want exact F1 0.500, overlap F1 1.000", per)
	}
	axeCheck(t, ctx, "library agreement")
}
