package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/hashiya/hashiya/app/site"
)

// copySite copies the built site into a new directory, replacing the build
// version in app.js and app-worker.js by version (a new deploy: the
// service worker's bytes change, so the browser installs it).
func copySite(t *testing.T, src, version string) string {
	t.Helper()
	dst := t.TempDir()
	old := regexp.MustCompile(`"GOAPP_VERSION":"([^"]+)"`)
	var from string
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if rel == "app.js" {
			if m := old.FindSubmatch(data); m != nil {
				from = string(m[1])
			}
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil || from == "" {
		t.Fatalf("copying the site: %v (version %q)", err, from)
	}
	for _, name := range []string{"app.js", "app-worker.js"} {
		p := filepath.Join(dst, name)
		data, _ := os.ReadFile(p)
		if err := os.WriteFile(p, []byte(strings.ReplaceAll(string(data), from, version)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// Case C21: build A is open with a stored annotation; build B is deployed;
// F5 in the same tab: the page says a new version is ready (OnAppUpdate)
// and offers to reload; after the reload the tab runs build B and the
// annotation is still there.
func TestAppUpdateC21(t *testing.T) {
	dir := siteDir(t)
	a, b := copySite(t, dir, "build-a-0001"), copySite(t, dir, "build-b-0002")
	var current atomic.Value
	current.Store(site.Files(a))
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		current.Load().(http.Handler).ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "وصل الوفد إلى القاهرة")
	selectCP(t, ctx, 14, 21, false)
	key(t, ctx, "2")
	want := waitLabelled(t, ctx, "LOC")
	poll(t, ctx, `(async () => !!navigator.serviceWorker.controller && (await caches.keys()).includes("app-build-a-0001"))()`)

	current.Store(site.Files(b))
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatal(err)
	}
	waitReady(t, ctx)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").textContent.includes("A new version of Hashiya")`)
	screenshot(t, ctx, "c21-update-offered")
	clickJS(t, ctx, `document.getElementById("hx-msg-action")`)
	time.Sleep(2 * time.Second) // the reload
	waitReady(t, ctx)
	if v := eval[string](t, ctx, `goappEnv.GOAPP_VERSION`); v != "build-b-0002" {
		t.Errorf("after the reload the tab runs %q, want build-b-0002", v)
	}
	if keys := eval[[]string](t, ctx, `caches.keys()`); len(keys) != 1 || keys[0] != "app-build-b-0002" {
		t.Errorf("caches after the update: %v", keys)
	}
	found := false
	for _, x := range storedAnns(t, ctx) {
		found = found || x.ID == want.ID && x.Start == 14 && x.End == 21 && x.Label == "LOC"
	}
	if !found {
		t.Errorf("the annotation did not survive the update: %+v", storedAnns(t, ctx))
	}
}
