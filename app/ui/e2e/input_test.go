package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/hashiya/hashiya/app/annotation"
)

func sha256hex(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// Case A19: pasted HTML becomes the text a reader sees (never inserted as
// HTML); the quote and the position are computed on that same text, and an
// export/import round trip keeps the range.
func TestPasteHTML(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	clickJS(t, ctx, `document.getElementById("hx-paste-btn")`)
	poll(t, ctx, `document.getElementById("hx-paste-text")`)
	eval[chromedp.Void](t, ctx, `(() => {
		window.hxPwned = false;
		const dt = new DataTransfer();
		dt.setData("text/html", "<p>  الرئيس\n    يصل   اليوم</p><img src=x onerror=\"window.hxPwned = true\">");
		const ta = document.getElementById("hx-paste-text");
		ta.focus();
		ta.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
	})()`)
	poll(t, ctx, `document.getElementById("hx-paste-text").value !== ""`)
	if got := eval[string](t, ctx, `document.getElementById("hx-paste-text").value`); got != "الرئيس يصل اليوم" {
		t.Errorf("pasted HTML gave %q", got)
	}
	eval[chromedp.Void](t, ctx, `document.getElementById("hx-paste-text").dispatchEvent(new Event("input", {bubbles: true}))`)
	// The button is enabled by the re-render that follows the paste event;
	// a click on it before then is ignored by the browser.
	poll(t, ctx, `!document.getElementById("hx-paste-open").disabled`)
	clickJS(t, ctx, `document.getElementById("hx-paste-open")`)
	poll(t, ctx, `document.querySelector("#hx-text p").textContent === "الرئيس يصل اليوم"`)
	if eval[bool](t, ctx, `window.hxPwned || !!document.querySelector("#hx-text img, #hx-text *:not(p):not(.hx-blk)")`) {
		t.Fatal("pasted HTML was inserted or run")
	}
	selectCP(t, ctx, 7, 10, false)
	key(t, ctx, "4")
	a := waitLabelled(t, ctx, "MISC")
	if a.Start != 7 || a.End != 10 || a.Quote != "يصل" {
		t.Errorf("A19 span %+v, want [7,10) يصل", a)
	}
}

// A .txt file opens as a document: UTF-8 exactly as is (its SHA-256 is the
// document's id), Windows-1256 converted with a note; offsets on a second
// line count the line break (A2).
func TestOpenTextFile(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	tmp := t.TempDir()
	utf := filepath.Join(tmp, "a2.txt")
	os.WriteFile(utf, []byte("القاهرة\nالإسكندرية"), 0o644)
	upload(t, ctx, "hx-open-file", utf)
	poll(t, ctx, `document.querySelectorAll("#hx-text p").length === 2 && document.querySelectorAll("#hx-text p")[1].textContent === "الإسكندرية"`)
	// Select the second line (A2): [8,18).
	eval[chromedp.Void](t, ctx, `(() => { const n = document.querySelector('#hx-text p[data-para="1"]').firstChild; getSelection().setBaseAndExtent(n, 0, n, n.length); })()`)
	key(t, ctx, "2")
	a := waitLabelled(t, ctx, "LOC")
	if a.Start != 8 || a.End != 18 || a.Quote != "الإسكندرية" {
		t.Errorf("A2 second line %+v, want [8,18)", a)
	}
	sha := eval[string](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current`)
	if want := sha256hex("القاهرة\nالإسكندرية"); sha != want {
		t.Errorf("document id %q, want the SHA-256 of the exact text %s", sha, want)
	}

	// "سلام عليكم" in Windows-1256.
	cp1256 := filepath.Join(tmp, "old.txt")
	os.WriteFile(cp1256, []byte{0xD3, 0xE1, 0xC7, 0xE3, 0x20, 0xDA, 0xE1, 0xED, 0xDF, 0xE3}, 0o644)
	upload(t, ctx, "hx-open-file", cp1256)
	// Not UTF-8: the person chooses the reading; the detected one is first
	// and focused, each with its preview, and nothing opens before that.
	poll(t, ctx, `document.getElementById("hx-encoding")`)
	screenshot(t, ctx, "encoding-choice")
	if first := eval[string](t, ctx, `document.querySelector(".hx-encoding-pick").dataset.encoding + "|" + (document.activeElement === document.querySelector(".hx-encoding-pick"))`); first != "windows-1256|true" {
		t.Errorf("first reading %q, want windows-1256, focused", first)
	}
	if preview := eval[string](t, ctx, `document.querySelector("#hx-encoding-windows-1256 .hx-encoding-preview").textContent`); preview != "سلام عليكم" {
		t.Errorf("preview %q", preview)
	}
	if p := eval[string](t, ctx, `document.querySelector("#hx-text p").textContent`); p == "سلام عليكم" {
		t.Error("the file opened before an encoding was chosen")
	}
	clickJS(t, ctx, `document.getElementById("hx-encoding-windows-1256")`)
	poll(t, ctx, `!document.getElementById("hx-encoding") && document.querySelector("#hx-text p").textContent === "سلام عليكم"`)
	if kind, msg := message(t, ctx); kind != "warn" || !strings.Contains(msg, "windows-1256") {
		t.Errorf("conversion note: %s %q", kind, msg)
	}

	// UTF-16LE without a byte-order mark (its bytes are valid UTF-8, full
	// of NULs): offered as UTF-16LE first; Escape cancels and changes
	// nothing.
	u16 := filepath.Join(tmp, "u16.txt")
	var b []byte
	for _, r := range "وصل الوفد إلى القاهرة" {
		b = append(b, byte(r), byte(r>>8))
	}
	os.WriteFile(u16, b, 0o644)
	upload(t, ctx, "hx-open-file", u16)
	poll(t, ctx, `document.getElementById("hx-encoding")`)
	if first := eval[string](t, ctx, `document.querySelector(".hx-encoding-pick").dataset.encoding`); first != "utf-16le" {
		t.Errorf("UTF-16 without a mark: first reading %q", first)
	}
	key(t, ctx, kb.Escape)
	poll(t, ctx, `!document.getElementById("hx-encoding")`)
	if p := eval[string](t, ctx, `document.querySelector("#hx-text p").textContent`); p != "سلام عليكم" {
		t.Errorf("cancelling changed the open document: %q", p)
	}
	upload(t, ctx, "hx-open-file", u16)
	poll(t, ctx, `document.getElementById("hx-encoding-utf-16le")`)
	clickJS(t, ctx, `document.getElementById("hx-encoding-utf-16le")`)
	poll(t, ctx, `document.querySelector("#hx-text p").textContent === "وصل الوفد إلى القاهرة"`)
}

// A full localStorage: a clear message, the change stays on the page, and
// what was stored before is intact.
func TestQuotaFull(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "مرحبا بالعالم")
	before := storageSnapshot(t, ctx)
	// Fill the rest of the storage.
	eval[chromedp.Void](t, ctx, `(() => {
		let chunk = "x".repeat(1 << 20), i = 0;
		while (chunk.length > 0) {
			try { localStorage.setItem("filler/" + i++, chunk); } catch (e) { chunk = chunk.slice(0, chunk.length >> 1); }
		}
	})()`)
	selectCP(t, ctx, 6, 13, false)
	key(t, ctx, "4")
	poll(t, ctx, `document.getElementById("hx-unsaved")`)
	if msg := eval[string](t, ctx, `document.getElementById("hx-unsaved").textContent`); !strings.Contains(msg, "storage is full") {
		t.Errorf("quota message: %q", msg)
	}
	if hl := highlightTexts(t, ctx); !contains(hl["hx-MISC"], "بالعالم") {
		t.Errorf("the unsaved change is not shown: %v", hl)
	}
	// Still painted: every highlight range is in the article shown (the
	// banner once made go-app replace the article's text nodes).
	if n := eval[int](t, ctx, `(() => { let bad = 0, all = 0;
		for (const [, h] of CSS.highlights) for (const r of h) { all++; if (!r.startContainer.isConnected || !document.getElementById("hx-text").contains(r.startContainer)) bad++; }
		return all === 0 ? -1 : bad; })()`); n != 0 {
		t.Errorf("after the failed save, %d highlight ranges point outside the article shown (-1: none at all)", n)
	}
	after := storageSnapshot(t, ctx)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("stored %s changed while storage was full", k)
		}
	}
	screenshot(t, ctx, "quota")
	// The unsaved work can be exported at once.
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-unsaved-export")`)
	if data, err := os.ReadFile(waitDownload(t, downloads)); err != nil || !strings.Contains(string(data), `"quote": "بالعالم"`) {
		t.Errorf("export of unsaved work: %v %.200s", err, data)
	}
	// Free space: the next change saves everything.
	eval[chromedp.Void](t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("filler/")).forEach(k => localStorage.removeItem(k))`)
	key(t, ctx, "a")
	poll(t, ctx, `!document.getElementById("hx-unsaved")`)
	found := false
	for _, a := range storedAnns(t, ctx) {
		found = found || (a.Start == 6 && a.End == 13 && a.Label == "MISC")
	}
	if !found {
		t.Error("the change made while storage was full was not saved later")
	}
}

// Cases A3, A4, A8: each highlight covers exactly its range (its
// rectangles are the range's client rectangles), a mixed Arabic/Latin span is
// one annotation, and labelling does not move or reorder words.
func TestHighlightGeometry(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	for _, c := range []struct {
		id, text string
		spans    [][2]int
		quotes   []string
	}{
		{"A3", "أعلنت وزارة الصحة اليوم", [][2]int{{6, 17}}, []string{"وزارة الصحة"}},
		{"A4", "افتتح مطار Heathrow الجديد", [][2]int{{6, 19}}, []string{"مطار Heathrow"}},
		{"A8", "واحد اثنان ثلاثة أربعة خمسة ستة", [][2]int{{17, 27}}, []string{"أربعة خمسة"}},
	} {
		t.Run(c.id, func(t *testing.T) {
			pasteDocument(t, ctx, c.text)
			order := `[...document.querySelector("#hx-text p").textContent.split(" ")].map(w => { const r = document.createRange(); const n = document.querySelector("#hx-text p").firstChild; const i = n.data.indexOf(w); r.setStart(n, i); r.setEnd(n, i + w.length); return Math.round(n.parentElement.getBoundingClientRect().right - r.getBoundingClientRect().right); })`
			before := eval[[]float64](t, ctx, order)
			for _, s := range c.spans {
				selectU16(t, ctx, s[0], s[1]) // these texts are all in the BMP: u16 = code points
				clickJS(t, ctx, `document.querySelector('.hx-legend button[data-label="MISC"]')`)
				poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
				key(t, ctx, "\u001b")
			}
			anns := storedAnns(t, ctx)
			var manualSpans []string
			for _, a := range anns {
				if a.Source == "manual" {
					manualSpans = append(manualSpans, fmt.Sprintf("%d-%d", a.Start, a.End))
				}
			}
			t.Logf("%s: manual spans %v", c.id, manualSpans)
			// Each drawn range is a StaticRange (the browser does not track
			// it on DOM writes) inside the paragraph's one text node.
			ok := eval[bool](t, ctx, `(() => {
				const n = document.querySelector("#hx-text p").firstChild;
				for (const [, h] of CSS.highlights) for (const r of h) {
					if (!(r instanceof StaticRange) || r.startContainer !== n || r.endContainer !== n || r.endOffset > n.length) return false;
				}
				return true;
			})()`)
			if !ok {
				t.Error("a highlight does not cover exactly its range")
			}
			after := eval[[]float64](t, ctx, order)
			if fmt.Sprint(before) != fmt.Sprint(after) {
				t.Errorf("word positions changed after labelling: %v → %v", before, after)
			}
			hl := highlightTexts(t, ctx)
			for _, q := range c.quotes {
				found := false
				for _, list := range hl {
					found = found || contains(list, q)
				}
				if !found {
					t.Errorf("no highlight over %q: %v", q, hl)
				}
			}
			screenshot(t, ctx, "geometry-"+c.id)
		})
	}
}

// Case A5: two spans inside a left-to-right number in right-to-left text
// each sit over their own digits: "20" left of "24".
func TestDigitSpans(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "في عام 2024 وقعت الاتفاقية"
	importDocument(t, ctx, annotation.NewDocument("A5", text), []annotation.Annotation{
		manual(text, 7, 9, annotation.DATE), manual(text, 9, 11, annotation.TIME),
	})
	r := eval[map[string][]float64](t, ctx, `(() => {
		`+liveJS+`
		const out = {};
		for (const [n, h] of CSS.highlights) for (const r of h) { const b = live(r).getBoundingClientRect(); out[live(r).toString()] = [b.left, b.right]; }
		return out;
	})()`)
	a, b := r["20"], r["24"]
	if len(a) != 2 || len(b) != 2 {
		t.Fatalf("highlights %v", r)
	}
	if !(a[1] <= b[0]+0.5) {
		t.Errorf("20 at %v is not left of 24 at %v (the number reads left to right)", a, b)
	}
	screenshot(t, ctx, "digits-A5")
}
