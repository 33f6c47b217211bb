// Package e2e drives the built Hashiya site in Chromium (chromedp): the
// sample renders right-to-left with highlights, selections become
// annotations with code-point offsets, work survives reloads, export/import
// and going offline. The tests run only with HASHIYA_E2E=1 and
// HASHIYA_SITE_DIR set to a site built by `./build.sh build` (build/site);
// `./build.sh test` sets both. Screenshots go to HASHIYA_SCREENSHOTS (a
// temporary directory by default).
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/site"
)

const chromium = "/usr/bin/chromium"

// siteDir returns the built site, or skips the test.
func siteDir(t *testing.T) string {
	t.Helper()
	if os.Getenv("HASHIYA_E2E") != "1" {
		t.Skip("browser tests are off: set HASHIYA_E2E=1 and HASHIYA_SITE_DIR=build/site (./build.sh test does)")
	}
	dir := os.Getenv("HASHIYA_SITE_DIR")
	if dir == "" {
		t.Fatal("HASHIYA_E2E=1 but HASHIYA_SITE_DIR is not set (build the site with ./build.sh build and point it at build/site)")
	}
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Fatalf("HASHIYA_SITE_DIR=%s holds no built site: %v", dir, err)
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("Chromium not found at %s: %v", chromium, err)
	}
	return dir
}

// serve serves the site on 127.0.0.1 (a secure context, so the service
// worker installs).
func serve(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(site.Files(dir))
	t.Cleanup(ts.Close)
	return ts
}

// browser starts Chromium with a fresh profile in profileDir and returns a
// context for its first tab. The browser is stopped at the end of the test.
// The profile's preferred language is Arabic (the interface is chosen from
// navigator.languages); browserLang chooses another.
func browser(t *testing.T, profileDir string) context.Context {
	t.Helper()
	return browserLang(t, profileDir, "ar")
}

func browserLang(t *testing.T, profileDir, lang string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.Flag("lang", lang),
		chromedp.Flag("accept-lang", lang),
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profileDir),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancelC()
		cancelA()
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser now
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

// timeout limits one step.
func timeout(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, d)
}

// open navigates to url and waits until the annotator marks itself ready
// (document.body.dataset.ready == "1") and has its entity suggestions
// (data-entities is not "loading": the model file has arrived).
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	c, cancel := timeout(ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
	waitReady(t, ctx)
}

func waitReady(t *testing.T, ctx context.Context) {
	t.Helper()
	c, cancel := timeout(ctx, 90*time.Second)
	defer cancel()
	if _, err := chromedp.Run(c, chromedp.Poll[bool](`document.body.dataset.ready === "1" && document.body.dataset.entities !== "loading"`, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(85*time.Second))); err != nil {
		t.Fatalf("the annotator did not become ready: %v", err)
	}
}

// eval evaluates a JavaScript expression and decodes its value into T.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	c, cancel := timeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(c, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("eval %s: %v", abbrev(js), err)
	}
	return v
}

// poll waits until a JavaScript expression is truthy.
func poll(t *testing.T, ctx context.Context, js string) {
	t.Helper()
	c, cancel := timeout(ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(c, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(25*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", abbrev(js), err)
	}
}

// pollOK waits up to d for a JavaScript expression to be truthy and says
// whether it became so; the caller reports what it found instead.
func pollOK(ctx context.Context, js string, d time.Duration) bool {
	c, cancel := timeout(ctx, d+5*time.Second)
	defer cancel()
	_, err := chromedp.Run(c, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(d)))
	return err == nil
}

func abbrev(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 160 {
		return s[:160] + "…"
	}
	return s
}

// screenshot saves a full-page PNG under HASHIYA_SCREENSHOTS (or a temporary
// directory) and returns its path.
func screenshot(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	dir := os.Getenv("HASHIYA_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	c, cancel := timeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(c, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
	return path
}

// js quotes a Go value as a JavaScript literal.
func js(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// stored is an annotation as read back from localStorage.
type stored struct {
	ID     string `json:"id"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Quote  string `json:"quote"`
	Label  string `json:"label"`
	Source string `json:"source"`
	Status string `json:"status"`
	Value  string `json:"value"`
	Mod    string `json:"mod"`
}

// storedAnns returns the annotations localStorage holds for the open
// document (app/store's versioned chunks, see storedJS).
func storedAnns(t *testing.T, ctx context.Context) []stored {
	t.Helper()
	raw := eval[string](t, ctx, `(() => {
		const s = JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current;
		return JSON.stringify(`+storedJS+`(s));
	})()`)
	var anns []stored
	if err := json.Unmarshal([]byte(raw), &anns); err != nil {
		t.Fatalf("stored annotations: %v (%s)", err, abbrev(raw))
	}
	return anns
}

// storedJS is a JavaScript function of a document's SHA-256 that returns
// its stored annotations: the records of its chunks (app/store:
// hashiya/v1/ann/<sha256>/<n>, "hashiya-chunk " + a version 3 record of
// tab-separated lines, whose quote is the document's text at the span
// unless stored after "=", and whose 17th field is the TIMEX3 mod, or a
// version 2 JSON record), checking their
// version.
const storedJS = `(sha => {
	const out = [], prefix = "hashiya/v1/ann/" + sha + "/";
	const unesc = f => f.replace(/\\(.)/g, (m, c) => ({t: "\t", n: "\n", r: "\r"})[c] || c);
	let cps = null;
	for (let i = 0; i < localStorage.length; i++) {
		const k = localStorage.key(i);
		if (!k.startsWith(prefix)) continue;
		const v = localStorage.getItem(k);
		if (!v.startsWith("hashiya-chunk ")) throw new Error("chunk " + k + " has no tag");
		const body = v.slice(14);
		if (body.startsWith("{")) {
			const rec = JSON.parse(body);
			if (rec.version !== 2) throw new Error("chunk " + k + " has version " + rec.version);
			out.push(...rec.annotations);
			continue;
		}
		const lines = body.split("\n");
		if (!lines[0].startsWith("3\t")) throw new Error("chunk " + k + " has version " + lines[0].split("\t")[0]);
		if (!cps) cps = [...JSON.parse(localStorage.getItem("hashiya/v1/doc/" + sha)).document.text];
		for (const l of lines.slice(1)) {
			const f = l.split("\t").map(unesc);
			const [start, end] = [+f[0], +f[1]];
			out.push({id: f[2], start, end, label: f[3], source: f[4], status: f[5], value: f[6], type: f[7], note: f[10], mod: f[16] || "",
				quote: f[13] ? f[13].slice(1) : cps.slice(start, end).join("")});
		}
	}
	return out;
})`

// liveJS defines live(r): a live Range over the boundaries of a highlight's
// range (the app draws StaticRanges, which have no text or geometry).
const liveJS = `const live = r => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; };`

// highlightTexts returns, per highlight name, the text of each range drawn,
// sorted (a Highlight is a set; its order is not part of what is shown).
func highlightTexts(t *testing.T, ctx context.Context) map[string][]string {
	t.Helper()
	return eval[map[string][]string](t, ctx, `(() => {
		`+liveJS+`
		const out = {};
		for (const [name, h] of CSS.highlights) out[name] = [...h].map(r => live(r).toString()).sort();
		return out;
	})()`)
}

// pasteDocument opens a text through the paste dialog, as a person would,
// and waits until it is rendered.
func pasteDocument(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	c, cancel := timeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Click(chromedp.ID("hx-paste-btn"))); err != nil {
		t.Fatalf("paste button: %v", err)
	}
	poll(t, ctx, `document.getElementById("hx-paste-text")`)
	eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => {
		const ta = document.getElementById("hx-paste-text");
		ta.value = %s;
		ta.dispatchEvent(new Event("input", {bubbles: true}));
	})()`, js(text)))
	poll(t, ctx, `!document.getElementById("hx-paste-open").disabled`)
	if err := chromedp.Do(c, chromedp.Click(chromedp.ID("hx-paste-open"))); err != nil {
		t.Fatalf("open pasted text: %v", err)
	}
	// Wait for the new text, not the one open before (it may share its first
	// line, e.g. the sample repeated): the first and the last non-empty lines.
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	first, last := lines[0], ""
	for i := len(lines) - 1; i >= 0 && last == ""; i-- {
		last = strings.TrimSpace(lines[i])
	}
	poll(t, ctx, fmt.Sprintf(`(() => {
		if (document.getElementById("hx-loading")) return false;
		const ps = document.querySelectorAll("#hx-text p");
		return ps.length > 0 && ps[0].textContent === %s && ps[ps.length-1].textContent.trim() === %s;
	})()`, js(first), js(last)))
}

// selectCP selects the code points [start,end) of the first line of the
// article with a DOM Range on its text node, as a drag would; backward
// makes a right-to-left drag (anchor after focus).
func selectCP(t *testing.T, ctx context.Context, start, end int, backward bool) {
	t.Helper()
	eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => {
		const node = document.querySelector('#hx-text p[data-para="0"]').firstChild;
		const cps = [...node.data];
		const u = n => cps.slice(0, n).join("").length; // code points → UTF-16
		const sel = getSelection();
		sel.removeAllRanges();
		if (%t) sel.setBaseAndExtent(node, u(%d), node, u(%d));
		else sel.setBaseAndExtent(node, u(%d), node, u(%d));
	})()`, backward, end, start, start, end))
}

// key presses a key on the page (no element focused).
func key(t *testing.T, ctx context.Context, k string) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.KeyEvent(k)); err != nil {
		t.Fatalf("key %q: %v", k, err)
	}
}

// selectU16 selects the UTF-16 offsets [start,end) of the first line of the
// article, for selections that begin inside a surrogate pair.
func selectU16(t *testing.T, ctx context.Context, start, end int) {
	t.Helper()
	eval[chromedp.Void](t, ctx, fmt.Sprintf(`(() => {
		const node = document.querySelector('#hx-text p[data-para="0"]').firstChild;
		getSelection().setBaseAndExtent(node, %d, node, %d);
	})()`, start, end))
}

// waitLabelled waits until the side panel shows an accepted annotation
// with the label (the one just made, or the suggestion it confirmed) and
// returns it as stored in localStorage.
func waitLabelled(t *testing.T, ctx context.Context, label string) stored {
	t.Helper()
	poll(t, ctx, fmt.Sprintf(`(() => {
		const p = document.querySelector("#hx-panel[data-id]");
		if (!p || document.getElementById("hx-status").dataset.status !== "accepted") return false;
		const s = JSON.parse(localStorage.getItem("hashiya/v1/settings") || "{}").current;
		return `+storedJS+`(s).some(a => a.id === p.dataset.id && a.label === %s && a.status === "accepted");
	})()`, js(label)))
	id := eval[string](t, ctx, `document.querySelector("#hx-panel[data-id]").dataset.id`)
	for _, a := range storedAnns(t, ctx) {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("annotation %s not stored", id)
	return stored{}
}

// clickJS clicks the element a JavaScript expression gives, with a real
// mouse event at its centre.
//
// It clicks once the element has stopped moving (the same box in two reads
// 50 ms apart, for at most 3 s): a dialog centred in the window moves its
// buttons while go-app renders the rest of it, and a click at the box of a
// moment before can land beside the button.
func clickJS(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	box := func() []float64 {
		return eval[[]float64](t, ctx, fmt.Sprintf(`(() => { const el = %s; el.scrollIntoView({block: "center"}); const r = el.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2, r.width, r.height]; })()`, expr))
	}
	pt := box()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		next := box()
		if slices.Equal(next, pt) {
			break
		}
		pt = next
	}
	clickAt(t, ctx, pt[0], pt[1])
}

// clickAt clicks at viewport coordinates.
func clickAt(t *testing.T, ctx context.Context, x, y float64) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.MouseClickXY(x, y)); err != nil {
		t.Fatalf("click at %.0f,%.0f: %v", x, y, err)
	}
}

// clickHighlight clicks the middle of the first range of a highlight whose
// text is quote (any highlight name when name is "").
func clickHighlight(t *testing.T, ctx context.Context, name, quote string) {
	t.Helper()
	// Scrolled to, then measured once the frames after the scroll have
	// laid out the blocks brought on screen (their estimated heights
	// become real ones and move the text).
	pt := eval[[]float64](t, ctx, fmt.Sprintf(`(async () => {
		`+liveJS+`
		const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
		for (const [n, h] of CSS.highlights) {
			if (%s && n !== %s) continue;
			for (const r of h) {
				if (live(r).toString() !== %s) continue;
				const p = r.startContainer.parentElement;
				p.scrollIntoView({block: "center"});
				await frames();
				p.scrollIntoView({block: "center"});
				await frames();
				const b = live(r).getClientRects()[0];
				return [b.left + b.width/2, b.top + b.height/2];
			}
		}
		return null;
	})()`, js(name != ""), js(name), js(quote)))
	if len(pt) != 2 {
		t.Fatalf("no highlight %q over %q", name, quote)
	}
	clickAt(t, ctx, pt[0], pt[1])
	poll(t, ctx, fmt.Sprintf(`document.querySelector("#hx-panel[data-id] .hx-quote") && document.querySelector("#hx-panel .hx-quote").textContent === %s`, js(quote)))
}

// storageSnapshot returns every hashiya key of localStorage.
func storageSnapshot(t *testing.T, ctx context.Context) map[string]string {
	t.Helper()
	return eval[map[string]string](t, ctx, `(() => {
		const out = {};
		for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); if (k.startsWith("hashiya/")) out[k] = localStorage.getItem(k); }
		return out;
	})()`)
}

// setDownloads saves downloads of the browser into dir.
func setDownloads(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatalf("download behaviour: %v", err)
	}
}

// waitDownload waits for a finished .json download in dir.
func waitDownload(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		// Chromium may create the file before it has written it: wait until
		// it holds a whole JSON document.
		m, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		if len(m) == 1 {
			if data, err := os.ReadFile(m[0]); err == nil && len(data) > 0 && json.Valid(data) {
				return m[0]
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no download in %s", dir)
	return ""
}

// upload chooses a file in a file input (the change event follows).
func upload(t *testing.T, ctx context.Context, inputID, path string) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.SetUploadFiles(chromedp.ID(inputID), []string{path})); err != nil {
		t.Fatalf("upload %s: %v", path, err)
	}
}

// waitApplyAll waits for the report of "apply to all" (its counts), not
// for any info message: one shown before it would let the test read the
// store before the command ran.
func waitApplyAll(t *testing.T, ctx context.Context) {
	t.Helper()
	poll(t, ctx, `(() => { const m = document.querySelector("#hx-msg[data-kind=info]"); return m && /جديدة \d+|\d+ added/.test(m.textContent); })()`)
}

// message waits for the message bar and returns its kind and text.
func message(t *testing.T, ctx context.Context) (kind, text string) {
	t.Helper()
	poll(t, ctx, `document.getElementById("hx-msg")`)
	m := eval[map[string]string](t, ctx, `(() => { const m = document.getElementById("hx-msg"); return {kind: m.dataset.kind, text: m.querySelector(".hx-msg-text").textContent}; })()`)
	return m["kind"], m["text"]
}
