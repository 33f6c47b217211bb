package e2e

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// axeJS is axe-core 4.10.2 (MPL-2.0, testdata/axe/SOURCE.md), injected into
// the page to check accessibility.
//
//go:embed testdata/axe/axe.min.js
var axeJS string

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axeCheck runs axe-core on the page and fails on every serious or
// critical violation.
func axeCheck(t *testing.T, ctx context.Context, screen string) {
	t.Helper()
	if !eval[bool](t, ctx, `typeof axe !== "undefined"`) {
		eval[bool](t, ctx, axeJS+"\n;true")
	}
	vs := eval[[]axeViolation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
		.filter(v => v.impact === "serious" || v.impact === "critical")
		.map(v => ({id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + " — " + (n.failureSummary || "").replace(/\s+/g, " ").slice(0, 240))})))`)
	for _, v := range vs {
		t.Errorf("%s: axe %s (%s): %s\n\t%s", screen, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// colourScheme emulates prefers-color-scheme ("" resets it).
func colourScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	p := emulation.SetEmulatedMediaParams{}
	if scheme != "" {
		p.Features = []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}
	}
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	if err := chromedp.Do(c, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, p)
		return err
	})); err != nil {
		t.Fatalf("emulate %s: %v", scheme, err)
	}
}

func viewport(t *testing.T, ctx context.Context, w, h int64, mobile bool) {
	t.Helper()
	c, cancel := timeout(ctx, 10*time.Second)
	defer cancel()
	opts := []chromedp.EmulateViewportOption{}
	if mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulateScale(2))
	}
	if err := chromedp.Do(c, chromedp.EmulateViewport(w, h, opts...)); err != nil {
		t.Fatalf("viewport %dx%d: %v", w, h, err)
	}
}

// Every screen (main, a message, side panel and list, search, help sheet,
// paste dialog, label set editor, library dialog, documents screen, share
// dialog, phone bottom sheet), in Arabic
// and English, light and dark, has no serious or critical accessibility
// violation; the screenshots are kept for review
// (HASHIYA_SCREENSHOTS).
func TestAccessibilityAndThemes(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	for _, run := range []struct{ lang, scheme string }{{"ar", "light"}, {"ar", "dark"}, {"en", "light"}, {"en", "dark"}} {
		scheme := run.lang + " " + run.scheme
		if eval[string](t, ctx, `document.querySelector(".hx-app").lang`) != run.lang {
			clickJS(t, ctx, `document.getElementById("hx-lang")`)
			poll(t, ctx, `document.querySelector(".hx-app").lang === `+js(run.lang))
		}
		colourScheme(t, ctx, run.scheme)
		viewport(t, ctx, 1280, 900, false)
		poll(t, ctx, fmt.Sprintf(`matchMedia("(prefers-color-scheme: dark)").matches === %t`, run.scheme == "dark"))
		axeCheck(t, ctx, scheme+" main")
		screenshot(t, ctx, "axe-"+run.lang+"-"+run.scheme+"-main")
		// A message (nothing selected: a warning), floating over the page.
		eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
		key(t, ctx, "5")
		poll(t, ctx, `document.getElementById("hx-msg")`)
		axeCheck(t, ctx, scheme+" message")
		clickJS(t, ctx, `document.getElementById("hx-msg-close")`)
		poll(t, ctx, `!document.getElementById("hx-msg")`)
		// A span open in the side panel, the annotation list open.
		openList(t, ctx)
		poll(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
		clickJS(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
		poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
		axeCheck(t, ctx, scheme+" panel and list")
		// Search hits.
		eval[chromedp.Void](t, ctx, `(() => { const s = document.getElementById("hx-search"); s.value = "القاهرة"; s.dispatchEvent(new Event("input", {bubbles: true})); })()`)
		axeCheck(t, ctx, scheme+" search")
		screenshot(t, ctx, "axe-"+run.lang+"-"+run.scheme+"-panel")
		// The help sheet and the paste dialog.
		eval[chromedp.Void](t, ctx, `document.activeElement.blur()`)
		key(t, ctx, "?")
		poll(t, ctx, `document.getElementById("hx-help")`)
		axeCheck(t, ctx, scheme+" help")
		screenshot(t, ctx, "axe-"+run.lang+"-"+run.scheme+"-help")
		clickJS(t, ctx, `document.getElementById("hx-help-close")`)
		poll(t, ctx, `!document.getElementById("hx-help")`)
		clickJS(t, ctx, `document.getElementById("hx-paste-btn")`)
		poll(t, ctx, `document.getElementById("hx-paste")`)
		axeCheck(t, ctx, scheme+" paste dialog")
		clickJS(t, ctx, `document.getElementById("hx-paste-cancel")`)
		poll(t, ctx, `!document.getElementById("hx-paste")`)
		// The label set editor and the library dialog.
		clickJS(t, ctx, `document.getElementById("hx-labels-btn")`)
		poll(t, ctx, `document.getElementById("hx-labelset")`)
		axeCheck(t, ctx, scheme+" label set editor")
		clickJS(t, ctx, `document.getElementById("hx-ls-cancel")`)
		poll(t, ctx, `!document.getElementById("hx-labelset")`)
		clickJS(t, ctx, `document.getElementById("hx-library-btn")`)
		poll(t, ctx, `document.getElementById("hx-library")`)
		axeCheck(t, ctx, scheme+" library")
		clickJS(t, ctx, `document.getElementById("hx-library-close")`)
		poll(t, ctx, `!document.getElementById("hx-library")`)
		// The documents screen and the share dialog.
		clickJS(t, ctx, `document.getElementById("hx-docs-btn")`)
		poll(t, ctx, `document.getElementById("hx-docscreen")`)
		axeCheck(t, ctx, scheme+" documents")
		poll(t, ctx, `document.getElementById("hx-docscreen").contains(document.activeElement)`)
		key(t, ctx, kb.Escape)
		poll(t, ctx, `!document.getElementById("hx-docscreen")`)
		clickJS(t, ctx, `document.getElementById("hx-share")`)
		poll(t, ctx, `document.getElementById("hx-share-dialog")`)
		axeCheck(t, ctx, scheme+" share dialog")
		clickJS(t, ctx, `document.getElementById("hx-share-close")`)
		poll(t, ctx, `!document.getElementById("hx-share-dialog")`)
		// Phone: the review panel is a bottom sheet within the screen.
		viewport(t, ctx, 390, 844, true)
		clickJS(t, ctx, `document.querySelector("#hx-list-rows .hx-list-row")`)
		poll(t, ctx, `document.querySelector("#hx-panel[data-id]")`)
		r := eval[[]float64](t, ctx, `(() => { const b = document.getElementById("hx-panel").getBoundingClientRect(); return [b.top, b.bottom, innerHeight, b.left, b.right, innerWidth]; })()`)
		if r[0] < 0 || r[1] > r[2]+1 || r[0] > r[2]-80 || r[3] < -1 || r[4] > r[5]+1 {
			t.Errorf("%s phone: the review panel is at %v (top, bottom, viewport height, left, right, width), not on screen", scheme, r)
		}
		axeCheck(t, ctx, scheme+" phone")
		viewShot(t, ctx, "axe-"+run.lang+"-"+run.scheme+"-phone")
		key(t, ctx, kb.Escape)
	}
	colourScheme(t, ctx, "")
}

// viewShot saves a PNG of the viewport only (what a phone screen shows)
// under HASHIYA_SCREENSHOTS.
func viewShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("HASHIYA_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	c, cancel := timeout(ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(c, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}
