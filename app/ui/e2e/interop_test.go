package e2e

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// waitStored waits until the open document's stored annotations satisfy
// ok, and returns them.
func waitStored(t *testing.T, ctx context.Context, ok func([]stored) bool) []stored {
	t.Helper()
	for i := 0; i < 100; i++ {
		if anns := storedAnns(t, ctx); ok(anns) {
			return anns
		}
		time.Sleep(100 * time.Millisecond)
	}
	anns := storedAnns(t, ctx)
	t.Fatalf("stored annotations never matched: %+v", anns)
	return anns
}

func hasSpan(anns []stored, label string, start, end int, quote string) bool {
	for _, a := range anns {
		if a.Label == label && a.Start == start && a.End == end && (quote == "" || a.Quote == quote) {
			return true
		}
	}
	return false
}

// Cases C9, C12 and C13 through the page: brat .ann files counting CRLF
// either way imported onto a CRLF text file, a CoNLL file aligned onto the
// open text with a token cut by the span, and a Windows-1256 text file with
// a UTF-8 .ann.
func TestInteropCasesC9C12C13(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	tmp := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}

	// C9: the .txt keeps its CRLF breaks (the text is stored exactly); both
	// .ann conventions place the same three quotes.
	c9 := "وصل الوفد إلى القاهرة.\r\nثم غادر إلى الإسكندرية.\r\nوعاد إلى عمّان."
	upload(t, ctx, "hx-open-file", write("c9.txt", []byte(c9)))
	poll(t, ctx, `document.querySelectorAll("#hx-text p").length === 3`)
	quotes := func(anns []stored) []string {
		var q []string
		for _, a := range anns {
			if a.Label == "LOC" && a.Source == "manual" || a.Label == "LOC" && a.Status == "accepted" {
				q = append(q, a.Quote)
			}
		}
		sort.Strings(q)
		return q
	}
	want := []string{"الإسكندرية", "القاهرة", "عمّان"}
	upload(t, ctx, "hx-import-file", write("c9a.ann", []byte("T1\tLOC 14 21\tالقاهرة\nT2\tLOC 35 45\tالإسكندرية\nT3\tLOC 56 61\tعمّان\n")))
	got := waitStored(t, ctx, func(a []stored) bool { return len(quotes(a)) == 3 })
	if q := quotes(got); !reflect.DeepEqual(q, want) {
		t.Errorf("C9 (a): %v", q)
	}
	upload(t, ctx, "hx-import-file", write("c9b.ann", []byte("T1\tLOC 14 21\tالقاهرة\r\nT2\tLOC 36 46\tالإسكندرية\r\nT3\tLOC 58 63\tعمّان\r\n")))
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").textContent.includes("c9b.ann")`)
	if q := quotes(storedAnns(t, ctx)); !reflect.DeepEqual(q, want) {
		t.Errorf("C9 (b): the same three spans expected, got %v", q)
	}
	kind, text := message(t, ctx)
	t.Logf("C9 (b) message: %s %s", kind, text)

	// C12: CoNLL onto the open text, the token بالقاهرة cut by the span.
	pasteDocument(t, ctx, "وصل الوفد بالقاهرة أمس")
	upload(t, ctx, "hx-import-file", write("c12.conll", []byte("وصل O\nالوفد O\nب O\nالقاهرة B-LOC\nأمس O\n")))
	got = waitStored(t, ctx, func(a []stored) bool { return hasSpan(a, "LOC", 11, 18, "القاهرة") })
	if hasSpan(got, "LOC", 10, 18, "") {
		t.Error("C12: the whole token بالقاهرة was labelled")
	}

	// C13: a Windows-1256 .txt (detected and offered first in the choice
	// of encodings, never a silent U+FFFD), then a UTF-8 .ann.
	upload(t, ctx, "hx-open-file", write("news.txt", []byte{0xe6, 0xd5, 0xe1, 0x20, 0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc5, 0xe1, 0xec, 0x20, 0xda, 0xe3, 0xf8, 0xc7, 0xe4}))
	poll(t, ctx, `document.querySelector(".hx-encoding-pick") && document.querySelector(".hx-encoding-pick").dataset.encoding === "windows-1256"`)
	if p := eval[string](t, ctx, `document.querySelector(".hx-encoding-pick .hx-encoding-preview").textContent`); p != "وصل الرئيس إلى عمّان" {
		t.Errorf("C13 preview %q", p)
	}
	clickJS(t, ctx, `document.querySelector(".hx-encoding-pick")`)
	poll(t, ctx, `document.querySelector("#hx-text p").textContent === "وصل الرئيس إلى عمّان"`)
	upload(t, ctx, "hx-import-file", write("news.ann", []byte("T1\tLOC 15 20\tعمّان\n")))
	waitStored(t, ctx, func(a []stored) bool { return hasSpan(a, "LOC", 15, 20, "عمّان") })
	screenshot(t, ctx, "interop-c13")
}

// Case C23 with two real tabs of one browser on one document: A adds LOC,
// B (not reloaded) adds PER, A deletes the LOC, B adds MISC on القمة. Every
// tab, after a reload, and a third one show the same annotations: PER and
// MISC kept, the deleted LOC not back.
func TestTwoTabsC23(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	a := browser(t, t.TempDir())
	open(t, a, ts.URL)
	text := "قال محمد إن القاهرة ستستضيف القمة"
	pasteDocument(t, a, text)
	b := newTab(t, a) // a second tab of the same browser
	open(t, b, ts.URL)
	poll(t, b, `document.querySelector("#hx-text p") && document.querySelector("#hx-text p").textContent === `+js(text))

	selectCP(t, a, 12, 19, false)
	key(t, a, "2")
	waitLabelled(t, a, "LOC")
	selectCP(t, b, 4, 8, false)
	key(t, b, "1")
	waitLabelled(t, b, "PER")
	// A deletes its LOC (selected in its panel).
	clickJS(t, a, `document.getElementById("hx-delete")`)
	waitStored(t, a, func(s []stored) bool { return !hasSpan(s, "LOC", 12, 19, "") })
	selectCP(t, b, 28, 33, false)
	key(t, b, "4")
	waitLabelled(t, b, "MISC")

	c := newTab(t, a)
	open(t, c, ts.URL)
	var ref map[string][]string
	for i, tab := range []context.Context{a, b, c} {
		if i < 2 {
			if err := chromedp.Do(tab, chromedp.Reload()); err != nil {
				t.Fatal(err)
			}
			waitReady(t, tab)
		}
		poll(t, tab, `document.querySelector("#hx-text p") && document.querySelector("#hx-text p").textContent === `+js(text))
		s := storedAnns(t, tab)
		if !hasSpan(s, "PER", 4, 8, "محمد") || !hasSpan(s, "MISC", 28, 33, "القمة") || hasSpan(s, "LOC", 12, 19, "") {
			t.Errorf("tab %d stored: %+v", i, s)
		}
		hl := highlightTexts(t, tab)
		if i == 0 {
			ref = hl
		} else if !reflect.DeepEqual(hl, ref) {
			t.Errorf("tab %d shows %v, tab 0 %v", i, hl, ref)
		}
	}
}

// newTab opens a new tab in the browser of ctx. The tab is made on the
// returned context itself: chromedp ties a tab's life to the context of
// the first Run on it, and the helpers run with short-lived timeouts
// derived from it, which would close the tab when the first one returns.
func newTab(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	tab, cancel := chromedp.NewContext(ctx)
	t.Cleanup(cancel)
	if err := chromedp.Do(tab); err != nil {
		t.Fatalf("new tab: %v", err)
	}
	return tab
}
