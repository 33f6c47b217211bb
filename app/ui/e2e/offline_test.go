package e2e

import (
	"reflect"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Once the service worker has cached the app, the annotator reloads with
// the server gone, with the stored work.
func TestOfflineReload(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	want := review(t, ctx)

	// Wait until the worker controls the page and its cache holds the page
	// and the wasm (go-app's worker caches them on install).
	deadline := time.Now().Add(60 * time.Second)
	for {
		ok := eval[bool](t, ctx, `(async () => {
			if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return false;
			return !!(await caches.match("/")) && !!(await caches.match("/web/app.wasm")) && !!(await caches.match("/web/hashiya.css"));
		})()`)
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the service worker did not take control and cache the app")
		}
		time.Sleep(200 * time.Millisecond)
	}
	ts.CloseClientConnections()
	ts.Close()

	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	if got := highlightTexts(t, ctx); !reflect.DeepEqual(got, want) {
		t.Errorf("highlights offline:\n%v\nwant\n%v", got, want)
	}
	// Still usable: label something offline, and it is stored.
	selectCP(t, ctx, 16, 22, false)
	key(t, ctx, "3")
	if a := waitLabelled(t, ctx, "ORG"); a.Quote == "" {
		t.Errorf("offline annotation not stored: %+v", a)
	}
	screenshot(t, ctx, "offline")
}
