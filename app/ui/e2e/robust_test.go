package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Keydown events without the usual fields (a script's bare Event, a
// KeyboardEvent without code, one from an SVG element) are ignored: the Go
// program keeps running and the keyboard still labels.
func TestOddKeydownDoesNotKill(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	eval[bool](t, ctx, `(() => {
		document.dispatchEvent(new KeyboardEvent("keydown", {key: "r"}));
		document.body.dispatchEvent(new Event("keydown", {bubbles: true}));
		const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
		document.body.appendChild(svg);
		svg.dispatchEvent(new KeyboardEvent("keydown", {key: "1", bubbles: true}));
		svg.dispatchEvent(new Event("keydown", {bubbles: true}));
		svg.remove();
		return true;
	})()`)
	time.Sleep(1500 * time.Millisecond) // the watchdog pings once a second
	if f := eval[string](t, ctx, `document.body.dataset.fatal || ""`); f != "" {
		t.Fatalf("odd keydown events stopped the program (data-fatal=%q)", f)
	}
	selectCP(t, ctx, 9, 15, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
}

// When the Go program has stopped, the page says so instead of looking
// alive: the watchdog's ping into Go throws, and the banner appears.
func TestStoppedProgramShowsBanner(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	if f := eval[string](t, ctx, `document.body.dataset.fatal || ""`); f != "" {
		t.Fatalf("banner shown on a healthy page: %q", f)
	}
	// What a call into an exited Go program does (wasm_exec.js).
	eval[bool](t, ctx, `(window.__hashiyaPing = () => { throw new Error("Go program has already exited"); }, true)`)
	poll(t, ctx, `document.body.dataset.fatal === "dead" && document.getElementById("hx-fatal") && document.getElementById("hx-fatal").offsetHeight > 0`)
	if txt := eval[string](t, ctx, `document.getElementById("hx-fatal").textContent`); !strings.Contains(txt, "reload the page") {
		t.Errorf("banner text %q", txt)
	}
}

// With storage full, opening another document asks first and offers an
// export; leaving the page is guarded by beforeunload until then.
func TestStorageFullAsksBeforeLeaving(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	eval[bool](t, ctx, `(Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); }, true)`)
	selectCP(t, ctx, 9, 15, false)
	key(t, ctx, "4")
	poll(t, ctx, `document.getElementById("hx-unsaved") && CSS.highlights.has("hx-MISC") && CSS.highlights.get("hx-MISC").size > 0`)
	beforeUnload := `(() => { const e = new Event("beforeunload", {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; })()`
	if !eval[bool](t, ctx, beforeUnload) {
		t.Fatal("beforeunload not prevented while work is unsaved")
	}
	clickJS(t, ctx, `document.getElementById("hx-sample")`)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").dataset.code === "unsaved-leave" && document.getElementById("hx-msg-action2")`)
	time.Sleep(300 * time.Millisecond)
	if !eval[bool](t, ctx, `CSS.highlights.has("hx-MISC") && CSS.highlights.get("hx-MISC").size > 0 && !document.getElementById("hx-loading")`) {
		t.Fatal("the unsaved annotation was discarded without asking")
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-msg-action")`)
	file := waitDownload(t, downloads)
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), `"MISC"`) {
		t.Fatalf("export %s lacks the unsaved annotation: %v", file, err)
	}
	if eval[bool](t, ctx, beforeUnload) {
		t.Fatal("beforeunload still prevented after the export")
	}
}

// A binary file is refused by Open .txt and nothing is stored.
func TestBinaryFileRefused(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	before := storageSnapshot(t, ctx)
	title := eval[string](t, ctx, `document.getElementById("hx-title").textContent`)
	bin := make([]byte, 256)
	for i := range bin {
		bin[i] = byte(i)
	}
	path := filepath.Join(t.TempDir(), "binary.txt")
	if err := os.WriteFile(path, bin, 0o644); err != nil {
		t.Fatal(err)
	}
	upload(t, ctx, "hx-open-file", path)
	kind, text := message(t, ctx)
	if kind != "error" || !strings.Contains(text, "not a text file") {
		t.Fatalf("message %s %q, want an error saying it is not a text file", kind, text)
	}
	time.Sleep(300 * time.Millisecond)
	if got := eval[string](t, ctx, `document.getElementById("hx-title").textContent`); got != title {
		t.Errorf("title changed to %q", got)
	}
	if after := storageSnapshot(t, ctx); len(after) != len(before) {
		t.Errorf("storage keys %d → %d: the binary file was stored", len(before), len(after))
	}
}

// A damaged document record is repaired by opening the same text (here
// the sample, which the reload falls back to), and its annotations are kept.
func TestDamagedDocumentRepaired(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	selectCP(t, ctx, 9, 15, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
	want := storedAnns(t, ctx)
	sha := eval[string](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current`)
	eval[bool](t, ctx, `(localStorage.setItem("hashiya/v1/doc/`+sha+`", "]]]"), true)`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx) // the sample, the damaged record's text, opens as the fallback
	kind, text := message(t, ctx)
	if kind != "error" || !strings.Contains(text, "repaired") || !strings.Contains(text, "hashiya/v1/corrupt/hashiya/v1/doc/"+sha) {
		t.Fatalf("message %s %q, want the repair and the copy's key", kind, text)
	}
	if got := storedAnns(t, ctx); len(got) != len(want) {
		t.Fatalf("%d annotations after repair, want %d", len(got), len(want))
	}
	if v := eval[string](t, ctx, `localStorage.getItem("hashiya/v1/corrupt/hashiya/v1/doc/`+sha+`/1") || ""`); v != "]]]" {
		t.Fatalf("damaged copy = %q", v)
	}
	if !eval[bool](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/doc/`+sha+`")).document.sha256 === "`+sha+`"`) {
		t.Fatal("document record not repaired")
	}
}

// A damaged annotation record: the message names the kept copy and offers
// it for download, suggestions are shown, and the record is not overwritten.
func TestDamagedAnnotationsBrowser(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	sha := eval[string](t, ctx, `JSON.parse(localStorage.getItem("hashiya/v1/settings")).current`)
	eval[bool](t, ctx, `(localStorage.setItem("hashiya/v1/ann/`+sha+`", "]]]"), true)`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	copyKey := "hashiya/v1/corrupt/hashiya/v1/ann/" + sha + "/1"
	kind, text := message(t, ctx)
	if kind != "error" || !strings.Contains(text, copyKey) {
		t.Fatalf("message %s %q, want the copy's key %s", kind, text, copyKey)
	}
	if hl := highlightTexts(t, ctx); len(hl["hx-s-PER"]) == 0 || len(hl["hx-s-LOC"]) == 0 {
		t.Fatalf("no suggestions offered: %v", keys(hl))
	}
	if v := eval[string](t, ctx, `localStorage.getItem("hashiya/v1/ann/`+sha+`")`); v != "]]]" {
		t.Fatalf("damaged record overwritten on open: %q", v)
	}
	if !eval[bool](t, ctx, `!!document.querySelector('#hx-docs li[data-sha="`+sha+`"] .hx-count[title*="corrupt"]')`) {
		t.Error("the document list does not mark the damaged document")
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-msg-action")`)
	data, err := os.ReadFile(waitDownload(t, downloads))
	if err != nil || !strings.Contains(string(data), copyKey) || !strings.Contains(string(data), `"]]]"`) {
		t.Fatalf("damaged copy download: %v %q", err, data)
	}
}

// Select-all then a digit does not label the whole document.
func TestSelectAllNotLabelled(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	before := len(storedAnns(t, ctx))
	eval[bool](t, ctx, `(getSelection().selectAllChildren(document.body), true)`)
	key(t, ctx, "4")
	kind, text := message(t, ctx)
	if kind != "warn" || !strings.Contains(text, "crosses paragraphs") {
		t.Fatalf("message %s %q, want a warning that the selection is too long", kind, text)
	}
	if after := len(storedAnns(t, ctx)); after != before {
		t.Fatalf("%d annotations stored, was %d", after, before)
	}
}

// A and R work by physical key (event.code) on an Arabic layout, where
// event.key is ش / ق.
func TestArabicLayoutAcceptKey(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	per := highlightTexts(t, ctx)["hx-s-PER"]
	if len(per) == 0 {
		t.Fatal("no suggested PER")
	}
	clickHighlight(t, ctx, "hx-s-PER", per[0])
	eval[bool](t, ctx, `(document.dispatchEvent(new KeyboardEvent("keydown", {key: "ش", code: "KeyA", bubbles: true})), true)`)
	poll(t, ctx, `document.getElementById("hx-status").dataset.status === "accepted"`)
}

// An invalid DCT shows an error and the field goes back to the DCT in
// force; Eastern Arabic digits are accepted.
func TestDCTFieldInvalidAndArabicDigits(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	was := eval[string](t, ctx, `document.getElementById("hx-dct-input").value`)
	setInput := func(v string) {
		eval[bool](t, ctx, `(() => { const i = document.getElementById("hx-dct-input"); i.value = `+js(v)+`; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
		clickJS(t, ctx, `document.getElementById("hx-dct-set")`)
	}
	setInput("2017-13-45")
	if kind, _ := message(t, ctx); kind != "error" {
		t.Fatalf("invalid DCT: message kind %q", kind)
	}
	poll(t, ctx, `document.getElementById("hx-dct-input").value === `+js(was))
	setInput("٢٠١٧-٠٣-١٥")
	poll(t, ctx, `document.getElementById("hx-dct-source").dataset.source === "override" && document.getElementById("hx-dct-input").value === "2017-03-15"`)
}

// Importing an export into a fresh profile keeps the file's DCT, so the
// suggested values match the file's, and the message says so (with the
// date in a bidi isolate).
func TestImportKeepsDCTBrowser(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	eval[bool](t, ctx, `(() => { const i = document.getElementById("hx-dct-input"); i.value = "2017-03-15T09:00"; i.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`)
	clickJS(t, ctx, `document.getElementById("hx-dct-set")`)
	poll(t, ctx, `document.getElementById("hx-dct-source").dataset.source === "override"`)
	values := `(() => { const s = JSON.parse(localStorage.getItem("hashiya/v1/settings")).current; const out = {}; for (const a of ` + storedJS + `(s)) if (a.value) out[a.id] = a.value; return out; })()`
	want := eval[map[string]string](t, ctx, values)
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	clickJS(t, ctx, `document.getElementById("hx-export")`)
	file := waitDownload(t, downloads)

	fresh := browser(t, t.TempDir())
	open(t, fresh, ts.URL)
	upload(t, fresh, "hx-import-file", file)
	kind, text := message(t, fresh)
	if kind != "info" || !strings.Contains(text, "\u20682017-03-15T09:00\u2069") {
		t.Fatalf("import message %s %q, want the file's DCT named (isolated)", kind, text)
	}
	if got := eval[string](t, fresh, `document.getElementById("hx-dct-input").value`); got != "2017-03-15T09:00" {
		t.Fatalf("DCT after import %q", got)
	}
	got := eval[map[string]string](t, fresh, values)
	for id, v := range want {
		if got[id] != v {
			t.Errorf("value of %s: %q, file has %q", id, got[id], v)
		}
	}
}
