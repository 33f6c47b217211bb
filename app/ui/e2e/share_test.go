package e2e

import (
	"archive/zip"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/site"
)

// watchJS collects, from before the page's first script, uncaught errors,
// unhandled rejections and Content-Security-Policy violations in
// window.__errs.
const watchJS = `window.__errs = [];
addEventListener("error", e => __errs.push("error: " + e.message));
addEventListener("unhandledrejection", e => __errs.push("unhandled rejection: " + e.reason));
document.addEventListener("securitypolicyviolation", e => __errs.push("CSP: " + e.violatedDirective + " " + e.blockedURI));`

// beforeBoot runs a script in every document of the tab before its own
// scripts.
func beforeBoot(t *testing.T, ctx context.Context, src string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		t.Fatal(err)
	}
}

func pageErrors(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return eval[[]string](t, ctx, `window.__errs || ["no error watch"]`)
}

// waitFile waits for a finished download matching glob in dir.
func waitFile(t *testing.T, dir, glob string) string {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if m, _ := filepath.Glob(filepath.Join(dir, glob)); len(m) == 1 {
			if st, err := os.Stat(m[0]); err == nil && st.Size() > 0 {
				time.Sleep(200 * time.Millisecond) // let Chromium finish writing
				return m[0]
			}
		}
	}
	t.Fatalf("no download %s in %s", glob, dir)
	return ""
}

// Share by link: the link made in one browser opens the document with
// its annotations in a fresh one, the fragment leaves the address, a bad
// link changes nothing, and a document too big for a link is offered as a
// file. No CSP violation or uncaught error on the way.
func TestShareLink(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	beforeBoot(t, ctx, watchJS)
	open(t, ctx, ts.URL)
	text := "وصل الوفد إلى بيروت صباح اليوم"
	pasteDocument(t, ctx, text)
	selectCP(t, ctx, 4, 9, false)
	key(t, ctx, "3")
	waitLabelled(t, ctx, "ORG")
	want := storedAnns(t, ctx)
	sha := currentSHA(t, ctx)
	clickJS(t, ctx, `document.getElementById("hx-share")`)
	poll(t, ctx, `document.getElementById("hx-share-url")`)
	link := eval[string](t, ctx, `document.getElementById("hx-share-url").value`)
	if !strings.HasPrefix(link, ts.URL+"/#share=1.") || len(link) > 32<<10 {
		t.Fatalf("link %.80s… (%d)", link, len(link))
	}
	t.Logf("share link: %d characters", len(link))
	screenshot(t, ctx, "share-dialog")
	if errs := pageErrors(t, ctx); len(errs) > 0 {
		t.Errorf("errors in the first browser: %v", errs)
	}

	// A long text that does not compress: the file is offered instead.
	clickJS(t, ctx, `document.getElementById("hx-share-close")`)
	poll(t, ctx, `!document.getElementById("hx-share-dialog")`)
	var b strings.Builder
	x := uint32(7)
	for i := 0; i < 50000; i++ {
		x = x*1664525 + 1013904223
		if i%7 == 6 {
			b.WriteByte(' ')
		} else {
			b.WriteRune(rune(0x0621 + x>>24%26))
		}
	}
	pasteDocument(t, ctx, b.String())
	clickJS(t, ctx, `document.getElementById("hx-share")`)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").dataset.kind === "warn"`)
	if _, text := message(t, ctx); !strings.Contains(text, "32768") || !eval[bool](t, ctx, `!!document.getElementById("hx-msg-action")`) {
		t.Errorf("too long: %q", text)
	}

	// A fresh browser opens the link.
	ctx2 := browser(t, t.TempDir())
	beforeBoot(t, ctx2, watchJS)
	open(t, ctx2, link)
	poll(t, ctx2, `JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current === `+js(sha))
	poll(t, ctx2, `document.getElementById("hx-title").textContent !== "" && !document.getElementById("hx-loading")`)
	got := storedAnns(t, ctx2)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("opened from the link:\n%+v\nwant\n%+v", got, want)
	}
	if h := eval[string](t, ctx2, `location.hash`); h != "" {
		t.Errorf("the fragment stayed in the address: %.40s", h)
	}
	// A cut link in the same tab: an error, nothing stored changes.
	before := storageSnapshot(t, ctx2)
	eval[chromedp.Void](t, ctx2, `location.hash = `+js(link[strings.Index(link, "#"):len(link)/2]))
	poll(t, ctx2, `document.getElementById("hx-msg") && document.getElementById("hx-msg").dataset.kind === "error"`)
	if _, text := message(t, ctx2); !strings.Contains(text, "لم يتغيّر شيء") {
		t.Errorf("bad link message %q", text)
	}
	if after := storageSnapshot(t, ctx2); !reflect.DeepEqual(after, before) {
		t.Error("a bad link changed the stored state")
	}
	screenshot(t, ctx2, "share-bad-link")
	if errs := pageErrors(t, ctx2); len(errs) > 0 {
		t.Errorf("errors in the second browser: %v", errs)
	}
}

// The export format choice: brat (a zip of .txt, .ann, annotation.conf)
// and CoNLL, with the annotation made.
func TestExportFormatChoice(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "وصل الوفد بالقاهرة أمس")
	selectCP(t, ctx, 11, 18, false)
	key(t, ctx, "2")
	waitLabelled(t, ctx, "LOC")
	choose := func(f string) string {
		t.Helper()
		downloads := t.TempDir()
		setDownloads(t, ctx, downloads)
		eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-export-format"); s.value = `+js(f)+`; s.dispatchEvent(new Event("change", {bubbles: true})); })()`)
		clickJS(t, ctx, `document.getElementById("hx-export")`)
		return downloads
	}
	zpath := waitFile(t, choose("brat"), "*.zip")
	zr, err := zip.OpenReader(zpath)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	files := map[string]string{}
	for _, f := range zr.File {
		r, _ := f.Open()
		b, _ := io.ReadAll(r)
		r.Close()
		files[filepath.Ext(f.Name)] = string(b)
	}
	if !strings.Contains(files[".ann"], "\tالقاهرة") || !strings.Contains(files[".ann"], "\tLOC ") || files[".txt"] != "وصل الوفد بالقاهرة أمس" || files[".conf"] == "" {
		t.Errorf("brat zip: %q", files)
	}
	conll, err := os.ReadFile(waitFile(t, choose("conll"), "*.conll"))
	if err != nil || !strings.Contains(string(conll), "القاهرة B-LOC") || !strings.Contains(string(conll), "الوفد O") {
		t.Errorf("CoNLL: %v %q", err, conll)
	}
	if _, text := message(t, ctx); !strings.Contains(text, "conll") {
		t.Errorf("export message %q", text)
	}
}

// Case C24: localStorage refuses every write from before boot. The app
// boots, says that work cannot be saved, keeps the annotation in memory
// and exports it; no uncaught exception.
func TestStorageRefusedC24(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	beforeBoot(t, ctx, watchJS+`
Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`)
	open(t, ctx, ts.URL)
	// The sample could not be stored either: opening another text asks
	// first (its unsaved state would be lost); open it anyway.
	text := "قال محمد إن القاهرة ستستضيف القمة"
	clickJS(t, ctx, `document.getElementById("hx-paste-btn")`)
	poll(t, ctx, `document.getElementById("hx-paste-text")`)
	eval[chromedp.Void](t, ctx, `(() => { const ta = document.getElementById("hx-paste-text"); ta.value = `+js(text)+`; ta.dispatchEvent(new Event("input", {bubbles: true})); })()`)
	poll(t, ctx, `!document.getElementById("hx-paste-open").disabled`)
	clickJS(t, ctx, `document.getElementById("hx-paste-open")`)
	poll(t, ctx, `document.getElementById("hx-msg-action2")`)
	clickJS(t, ctx, `document.getElementById("hx-msg-action2")`)
	poll(t, ctx, `!document.getElementById("hx-loading") && document.querySelector("#hx-text p") && document.querySelector("#hx-text p").textContent === `+js(text))
	selectCP(t, ctx, 12, 19, false)
	key(t, ctx, "2")
	pollHighlight(t, ctx, func(hl map[string][]string) bool { return contains(hl["hx-LOC"], "القاهرة") })
	poll(t, ctx, `document.getElementById("hx-unsaved")`)
	if msg := eval[string](t, ctx, `document.getElementById("hx-unsaved").textContent`); !strings.Contains(msg, "لم يُحفظ") {
		t.Errorf("banner %q", msg)
	}
	downloads := t.TempDir()
	setDownloads(t, ctx, downloads)
	data := clickDownload(t, ctx, downloads, `document.getElementById("hx-unsaved-export")`)
	if !strings.Contains(string(data), `"start": 12,
      "end": 19,
      "quote": "القاهرة",
      "label": "LOC"`) {
		t.Errorf("export: %.600s", data)
	}
	screenshot(t, ctx, "c24-storage-refused")
	if errs := pageErrors(t, ctx); len(errs) > 0 {
		t.Errorf("uncaught: %v", errs)
	}
}

// Case C22: once installed, the app starts offline from the cache; with
// app.wasm gone from Cache Storage it says the offline copy is incomplete
// (offline) or that the app file did not arrive (online, a server answering
// index.html for it), never a blank page or a bare CompileError; stored work
// is untouched.
func TestIncompleteOfflineCopyC22(t *testing.T) {
	dir := siteDir(t)
	var mode atomic.Value
	mode.Store("ok")
	files := site.Files(dir)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch mode.Load() {
		case "down":
			if hj, ok := w.(http.Hijacker); ok {
				if c, _, err := hj.Hijack(); err == nil {
					c.Close()
					return
				}
			}
		case "html":
			if strings.HasPrefix(r.URL.Path, "/web/app.wasm") {
				r2 := r.Clone(r.Context())
				r2.URL.Path = "/"
				files.ServeHTTP(w, r2)
				return
			}
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	selectCP(t, ctx, 9, 15, false)
	key(t, ctx, "4")
	waitLabelled(t, ctx, "MISC")
	deadline := time.Now().Add(60 * time.Second)
	for !eval[bool](t, ctx, `(async () => !!navigator.serviceWorker.controller && !!(await caches.match("/web/app.wasm")) && !!(await caches.match("/web/hashiya-boot.js")))()`) {
		if time.Now().After(deadline) {
			t.Fatal("the service worker did not cache the app")
		}
		time.Sleep(200 * time.Millisecond)
	}
	stored := storageSnapshot(t, ctx)

	// Offline, complete copy: boots with the work.
	mode.Store("down")
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	if hl := highlightTexts(t, ctx); len(hl["hx-MISC"]) == 0 {
		t.Errorf("offline start lost the work: %v", hl)
	}

	// Offline, app.wasm gone from the cache.
	eval[any](t, ctx, `(async () => { for (const k of await caches.keys()) await (await caches.open(k)).delete("/web/app.wasm"); })()`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, `document.getElementById("hx-boot-error")`)
	if kind := eval[string](t, ctx, `document.getElementById("app-wasm-loader").dataset.bootError`); kind != "offline-incomplete" {
		t.Errorf("offline boot error %q", kind)
	}
	if txt := eval[string](t, ctx, `document.getElementById("app-wasm-loader").innerText`); !strings.Contains(txt, "connect once to finish installing") || !strings.Contains(txt, "غير مكتملة") {
		t.Errorf("offline message %q", txt)
	}
	screenshot(t, ctx, "c22-offline-incomplete")

	// Online, the server answers index.html for app.wasm.
	mode.Store("html")
	if _, err := chromedp.Call(ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: false, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 100 && !eval[bool](t, ctx, `!!document.getElementById("hx-boot-error")`); i++ {
		time.Sleep(200 * time.Millisecond)
	}
	screenshot(t, ctx, "c22-online-html")
	txt := eval[string](t, ctx, `document.getElementById("app-wasm-loader").innerText`)
	if kind := eval[string](t, ctx, `document.getElementById("app-wasm-loader").dataset.bootError`); kind != "load-failed" || !strings.Contains(txt, "could not start") {
		t.Errorf("online boot error %q: %q", kind, txt)
	}
	t.Logf("boot error shown: %q", txt)
	if after := storageSnapshot(t, ctx); !reflect.DeepEqual(after, stored) {
		t.Error("the failed starts changed localStorage")
	}
}
