//go:build !(js && wasm)

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/site"
)

func init() {
	register(command{
		Name:    "bench-load",
		Summary: "time the page load (navigation → annotated article visible) in headless Chromium, cold and warm",
		Run:     runBenchLoad,
	})
}

// defaultReady is the UI's readiness marker, set once the article and its
// highlights are rendered.
const defaultReady = `(document.body && document.body.dataset.ready === "1") || document.querySelector("[data-hashiya-ready]") !== null`

// readyObserver returns the script injected before any page script. It
// records performance.now() (milliseconds since navigation start) at the
// first DOM mutation after which the JavaScript expression ready is true.
func readyObserver(ready string) string {
	return `(() => {
  const isReady = () => { try { return !!(` + ready + `); } catch (e) { return false; } };
  const check = () => {
    if (window.__hashiyaReady === undefined && isReady()) {
      window.__hashiyaReady = performance.now();
    }
    // The entity suggestions (the model is a file of its own since
    // 2026-12-03): <body data-entities> is "loading" until they are shown;
    // a build without the attribute has them with the first render.
    if (window.__hashiyaReady !== undefined && window.__hashiyaEntities === undefined &&
        !(document.body && document.body.dataset.entities === "loading")) {
      window.__hashiyaEntities = performance.now();
    }
    return window.__hashiyaEntities !== undefined;
  };
  const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
  obs.observe(document, {subtree: true, childList: true, attributes: true});
  document.addEventListener("readystatechange", check);
})();`
}

// loadTiming is what one page load reports, in milliseconds since
// navigation start.
type loadTiming struct {
	Ready    float64 `json:"ready"`    // readiness marker present
	Entities float64 `json:"entities"` // ready, and the entity suggestions shown (data-entities not "loading")
	ModelEnd float64 `json:"modelEnd"` // the entity model file fully received (0: none, or from the service worker)
	// Bytes is what the server sent (response bodies, as encoded) from
	// the navigation until the page was ready and, for the cold load,
	// until the service worker had precached the app: the first visit's
	// whole transfer.
	Bytes      int64   `json:"-"`
	WasmEnd    float64 `json:"wasmEnd"`    // app.wasm response fully received (0 if not fetched)
	Controlled bool    `json:"controlled"` // page controlled by the service worker
	// WasmEncoded and WasmDecoded are app.wasm's body sizes over the
	// network (compressed) and after decoding, in bytes (0 when served by
	// the service worker).
	WasmEncoded float64 `json:"wasmEncoded"`
	WasmDecoded float64 `json:"wasmDecoded"`
}

const timingScript = `(() => {
  const wasm = performance.getEntriesByType("resource").find(e => e.name.endsWith("/web/app.wasm"));
  const model = performance.getEntriesByType("resource").find(e => /\/web\/ner-[0-9a-f]+\.bin$/.test(e.name));
  return {ready: window.__hashiyaReady, entities: window.__hashiyaEntities || window.__hashiyaReady,
    modelEnd: model && model.transferSize > 0 ? model.responseEnd : 0, wasmEnd: wasm ? wasm.responseEnd : 0,
    wasmEncoded: wasm ? wasm.encodedBodySize : 0, wasmDecoded: wasm ? wasm.decodedBodySize : 0,
    controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller)};
})()`

// cachedScript waits (up to 60 s) until the service worker has precached
// app.wasm; cache.addAll is all-or-nothing, so then everything is cached.
const cachedScript = `(async () => {
  for (let i = 0; i < 600; i++) {
    if (await caches.match("/web/app.wasm")) return true;
    await new Promise(r => setTimeout(r, 100));
  }
  return false;
})()`

func runBenchLoad(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench-load", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", "build/site", "generated static site")
	runs := fs.Int("runs", 5, "runs, each with a fresh browser profile")
	chrome := fs.String("chrome", "/usr/bin/chromium", "Chromium executable")
	timeout := fs.Duration("timeout", 90*time.Second, "limit for one page load")
	ready := fs.String("ready", defaultReady, "JavaScript expression, true once the page counts as loaded")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var cold, warm, offline []loadTiming
	for i := range *runs {
		c, w, o, err := benchRun(*dir, *chrome, *ready, *timeout)
		if err != nil {
			fmt.Fprintf(stderr, "hashiya bench-load: run %d: %v\n", i+1, err)
			return 1
		}
		fmt.Fprintf(stdout, "run %d: cold %.0f ms, entities %.0f ms (app.wasm %.0f bytes transferred, %.0f decoded, received at %.0f ms; entity model received at %.0f ms; first visit %d bytes sent), warm %.0f ms, entities %.0f ms (service worker: %v), offline %.0f ms\n",
			i+1, c.Ready, c.Entities, c.WasmEncoded, c.WasmDecoded, c.WasmEnd, c.ModelEnd, c.Bytes, w.Ready, w.Entities, w.Controlled, o.Ready)
		cold, warm, offline = append(cold, c), append(warm, w), append(offline, o)
	}
	fmt.Fprintf(stdout, "median of %d: cold %.0f ms, entities %.0f ms (app.wasm received at %.0f ms; first visit %.0f bytes), warm %.0f ms, entities %.0f ms, offline %.0f ms\n",
		*runs, median(cold, func(t loadTiming) float64 { return t.Ready }), median(cold, func(t loadTiming) float64 { return t.Entities }),
		median(cold, func(t loadTiming) float64 { return t.WasmEnd }), median(cold, func(t loadTiming) float64 { return float64(t.Bytes) }),
		median(warm, func(t loadTiming) float64 { return t.Ready }), median(warm, func(t loadTiming) float64 { return t.Entities }),
		median(offline, func(t loadTiming) float64 { return t.Ready }))
	return 0
}

func median(ts []loadTiming, f func(loadTiming) float64) float64 {
	v := make([]float64, len(ts))
	for i, t := range ts {
		v[i] = f(t)
	}
	slices.Sort(v)
	if len(v) == 0 {
		return 0
	}
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// benchRun serves the site on a fresh port, starts Chromium with a fresh
// profile and measures three loads of "/": cold (empty profile), warm
// (second load, after the service worker precached the app) and offline
// (the server stopped: everything comes from the service worker cache).
func benchRun(dir, chrome, ready string, timeout time.Duration) (cold, warm, offline loadTiming, err error) {
	srv, ln, err := site.Listen("127.0.0.1:0", dir)
	if err != nil {
		return
	}
	sent := &byteCounter{h: srv.Handler}
	srv.Handler = sent
	go srv.Serve(ln)
	defer srv.Close()
	url := site.URL(ln)

	profile, err := os.MkdirTemp("", "hashiya-bench-profile-")
	if err != nil {
		return
	}
	defer os.RemoveAll(profile)

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), browserFlags(chrome, profile)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// Start the browser and install the observer in every new document.
	if err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: readyObserver(ready)})
		return err
	})); err != nil {
		err = fmt.Errorf("starting %s: %w", chrome, err)
		return
	}

	if cold, err = load(ctx, url, timeout); err != nil {
		err = fmt.Errorf("cold load: %w", err)
		return
	}
	cached, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cachedScript, chromedp.EvalAwaitPromise))
	if err != nil || !cached {
		err = fmt.Errorf("service worker did not precache app.wasm within 60 s (%v)", err)
		return
	}
	time.Sleep(500 * time.Millisecond) // the worker's last responses
	cold.Bytes = sent.take()
	if warm, err = load(ctx, url, timeout); err != nil {
		err = fmt.Errorf("warm load: %w", err)
		return
	}
	warm.Bytes = sent.take()
	srv.Close()
	if offline, err = load(ctx, url, timeout); err != nil {
		err = fmt.Errorf("offline load (server stopped): %w", err)
	}
	return
}

func browserFlags(chrome, profile string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
	}
}

// load navigates to url and waits for the readiness marker.
func load(ctx context.Context, url string, timeout time.Duration) (loadTiming, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Navigate(url)); err != nil {
		return loadTiming{}, err
	}
	// The poll can lose its JavaScript context while the page's documents
	// change (about:blank, then the app); retry it then.
	var err error
	for range 5 {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`window.__hashiyaReady !== undefined`,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
		if err == nil || errors.Is(err, chromedp.ErrPollingTimeout) || ctx.Err() != nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if errors.Is(err, chromedp.ErrPollingTimeout) {
		return loadTiming{}, fmt.Errorf("the page was not ready (-ready expression; default: body[data-ready=\"1\"] or [data-hashiya-ready]) within %s", timeout)
	} else if err != nil {
		return loadTiming{}, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[loadTiming](timingScript))
}

// byteCounter counts the response body bytes a handler writes (as sent:
// compressed when the variant is).
type byteCounter struct {
	h http.Handler
	n atomic.Int64
}

func (b *byteCounter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	b.h.ServeHTTP(countingWriter{w, &b.n}, r)
}

// take returns the count and starts again from 0.
func (b *byteCounter) take() int64 { return b.n.Swap(0) }

type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (c countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n.Add(int64(n))
	return n, err
}
