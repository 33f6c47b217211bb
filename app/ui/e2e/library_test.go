package e2e

import (
	"fmt"
	"strings"
	"testing"
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
