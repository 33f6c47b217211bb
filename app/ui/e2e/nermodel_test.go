package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// The entity model is its own file (web/ner-HASH.bin), preloaded beside
// app.wasm and fetched once; the service worker caches it, so that a
// document opened offline still gets its entity suggestions.
func TestEntitiesOffline(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	model := eval[string](t, ctx, `document.getElementById("hx-ner-model").getAttribute("href")`)
	if !strings.HasPrefix(model, "/web/ner-") || !strings.HasSuffix(model, ".bin") {
		t.Fatalf("model link %q", model)
	}
	// One download (the preload and the page's fetch share it), over HTTP.
	if n := eval[int](t, ctx, `performance.getEntriesByType("resource").filter(e => e.name.endsWith(`+js(model)+`)).length`); n != 1 {
		t.Errorf("the model was fetched %d times by the page, want 1", n)
	}
	hl := highlightTexts(t, ctx)
	for _, label := range []string{"PER", "LOC", "DATE"} {
		if len(hl["hx-s-"+label]) == 0 {
			t.Fatalf("online: no %s suggestion; highlights %v", label, keys(hl))
		}
	}
	want := len(hl["hx-s-PER"]) + len(hl["hx-s-LOC"]) + len(hl["hx-s-ORG"])

	deadline := time.Now().Add(60 * time.Second)
	for !eval[bool](t, ctx, `(async () => !!navigator.serviceWorker.controller && !!(await caches.match(`+js(model)+`)) && !!(await caches.match("/web/app.wasm")))()`) {
		if time.Now().After(deadline) {
			t.Fatal("the service worker did not cache the model")
		}
		time.Sleep(200 * time.Millisecond)
	}
	ts.CloseClientConnections()
	ts.Close()

	// Offline, with nothing stored: the sample is annotated again, so the
	// entities need the model, from the cache.
	eval[chromedp.Void](t, ctx, `localStorage.clear()`)
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	if st := eval[string](t, ctx, `document.body.dataset.entities`); st != "ready" {
		t.Errorf("offline: data-entities %q", st)
	}
	hl = highlightTexts(t, ctx)
	if got := len(hl["hx-s-PER"]) + len(hl["hx-s-LOC"]) + len(hl["hx-s-ORG"]); got != want {
		t.Errorf("offline: %d entity suggestions, want %d as online", got, want)
	}
	if eval[bool](t, ctx, `!!document.getElementById("hx-ner-status")`) {
		t.Error("offline: the loading line is still shown")
	}
	screenshot(t, ctx, "entities-offline")
}

// A missing or damaged model file: the page says so (in the interface's
// language), the temporal suggestions come, and the rest works (a name
// labelled by hand is stored).
func TestEntityModelBroken(t *testing.T) {
	for _, tc := range []struct {
		name  string
		spoil func(path string) error
	}{
		{"missing", os.Remove},
		{"corrupt", func(p string) error { return os.WriteFile(p, []byte("<!DOCTYPE html><p>not the model</p>"), 0o644) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copySite(t, siteDir(t), "v-"+tc.name)
			bins, _ := filepath.Glob(filepath.Join(dir, "web", "ner-*.bin"))
			if len(bins) != 1 {
				t.Fatalf("model files in the site: %v", bins)
			}
			for _, p := range []string{bins[0] + ".br", bins[0] + ".gz"} {
				if err := os.Remove(p); err != nil {
					t.Fatal(err)
				}
			}
			if err := tc.spoil(bins[0]); err != nil {
				t.Fatal(err)
			}
			ts := serve(t, dir)
			ctx := browser(t, t.TempDir())
			open(t, ctx, ts.URL)
			if st := eval[string](t, ctx, `document.body.dataset.entities`); st != "failed" {
				t.Errorf("data-entities %q, want failed", st)
			}
			kind, text := message(t, ctx)
			if kind != "warn" || !strings.Contains(text, "نموذج الكيانات") || !strings.Contains(text, "التعابير الزمنية") {
				t.Errorf("message %s %q", kind, text)
			}
			if status := eval[string](t, ctx, `(document.getElementById("hx-ner-status") || {}).textContent || ""`); !strings.Contains(status, "نموذج الكيانات") {
				t.Errorf("status line %q", status)
			}
			hl := highlightTexts(t, ctx)
			if len(hl["hx-s-DATE"]) == 0 {
				t.Errorf("no temporal suggestion; highlights %v", keys(hl))
			}
			for _, l := range []string{"PER", "LOC", "ORG", "MISC"} {
				if len(hl["hx-s-"+l]) != 0 {
					t.Errorf("%s suggestions without a model: %v", l, hl["hx-s-"+l])
				}
			}
			screenshot(t, ctx, "entity-model-"+tc.name)
			selectCP(t, ctx, 16, 22, false)
			key(t, ctx, "1")
			if a := waitLabelled(t, ctx, "PER"); a.Source != "manual" {
				t.Errorf("manual annotation not stored: %+v", a)
			}
		})
	}
}

// The article and its temporal suggestions show before the model file has
// arrived, with "entities loading…"; the entity suggestions follow, stored.
func TestEntitiesArriveLater(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	paused := make(chan fetch.RequestID, 4)
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			paused <- e.RequestID
		}
	}); err != nil {
		t.Fatal(err)
	}
	c, cancel := timeout(ctx, 60*time.Second)
	defer cancel()
	if _, err := chromedp.Call(c, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/ner-*.bin"}}}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(c, chromedp.Navigate(ts.URL)); err != nil {
		t.Fatal(err)
	}
	var held []fetch.RequestID
	select {
	case id := <-paused:
		held = append(held, id)
	case <-c.Done():
		t.Fatal("the model file was not requested")
	}
	poll(t, ctx, `document.body.dataset.ready === "1"`)
	if st := eval[string](t, ctx, `document.body.dataset.entities`); st != "loading" {
		t.Errorf("data-entities %q while the model is held, want loading", st)
	}
	if status := eval[string](t, ctx, `(document.getElementById("hx-ner-status") || {}).textContent || ""`); !strings.Contains(status, "نموذج الكيانات") {
		t.Errorf("loading line %q", status)
	}
	hl := highlightTexts(t, ctx)
	if len(hl["hx-s-DATE"]) == 0 || len(hl["hx-s-PER"]) != 0 {
		t.Errorf("before the model: DATE %d, PER %d suggestions", len(hl["hx-s-DATE"]), len(hl["hx-s-PER"]))
	}
	screenshot(t, ctx, "entities-loading")
	for len(held) > 0 {
		if _, err := chromedp.Call(c, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: held[0]}); err != nil {
			t.Fatal(err)
		}
		held = held[1:]
		select {
		case id := <-paused:
			held = append(held, id)
		default:
		}
	}
	poll(t, ctx, `document.body.dataset.entities === "ready" && !document.getElementById("hx-ner-status")`)
	hl = highlightTexts(t, ctx)
	if len(hl["hx-s-PER"]) == 0 || len(hl["hx-s-LOC"]) == 0 || len(hl["hx-s-DATE"]) == 0 {
		t.Errorf("after the model: highlights %v", keys(hl))
	}
	n := 0
	for _, a := range storedAnns(t, ctx) {
		if a.Label == "PER" {
			n++
		}
	}
	if n != len(hl["hx-s-PER"]) {
		t.Errorf("%d PER suggestions stored, %d shown", n, len(hl["hx-s-PER"]))
	}
}
