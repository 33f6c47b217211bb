package site

import (
	"encoding/json"
	"image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.P().Text("test") }

func init() {
	app.Route("/", func() app.Composer { return &testPage{} })
}

func fetch(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d", path, res.StatusCode)
	}
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestHandlerPage(t *testing.T) {
	srv := httptest.NewServer(Handler("v123", 6_900_000))
	defer srv.Close()
	page := fetch(t, srv, "/")
	for _, want := range []string{
		`<html lang="ar">`,
		`<title>حاشية · Hashiya`,
		`href="/web/hashiya.css"`,
		`href="/web/icons/hashiya.svg"`,
		`rel="manifest"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	preload := regexp.MustCompile(`<link[^>]*rel="preload"[^>]*>`).FindString(page)
	if !strings.Contains(preload, FontRegularPath) || !strings.Contains(preload, `crossorigin="anonymous"`) {
		t.Errorf("font preload %q: want %s with crossorigin", preload, FontRegularPath)
	}
	if strings.Contains(page, "raw.githubusercontent.com") {
		t.Error("page refers to go-app's remote default icon; all icons must be local")
	}

	if js := fetch(t, srv, "/app.js"); !strings.Contains(js, `goappWasmContentLength = "6900000"`) {
		t.Error("app.js does not carry the uncompressed wasm size")
	}
}

// TestHandlerPrecache checks the service worker's precache list: every
// resource is local (a failing remote URL makes cache.addAll cache nothing)
// and the fonts, icons and style are in it.
func TestHandlerPrecache(t *testing.T) {
	srv := httptest.NewServer(Handler("v123", 0))
	defer srv.Close()
	worker := fetch(t, srv, "/app-worker.js")
	if !strings.Contains(worker, `"app-" + "v123"`) {
		t.Error("the worker's cache name does not carry the version")
	}
	m := regexp.MustCompile(`const resourcesToCache = (\[.*?\]);`).FindStringSubmatch(worker)
	if m == nil {
		t.Fatal("no resourcesToCache in app-worker.js")
	}
	var urls []string
	if err := json.Unmarshal([]byte(m[1]), &urls); err != nil {
		t.Fatal(err)
	}
	cached := map[string]bool{}
	for _, u := range urls {
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			t.Errorf("precached URL %q is not local", u)
		}
		cached[u] = true
	}
	for _, want := range append(Resources(), "/", "/app.js", "/app.css", "/wasm_exec.js", "/manifest.webmanifest", "/web/app.wasm") {
		if !cached[want] {
			t.Errorf("%s is not precached", want)
		}
	}
}

func TestHandlerManifest(t *testing.T) {
	srv := httptest.NewServer(Handler("v123", 0))
	defer srv.Close()
	var manifest struct {
		Name, ShortName string
		Icons           []struct{ Src, Type, Purpose, Sizes string }
	}
	if err := json.Unmarshal([]byte(fetch(t, srv, "/manifest.webmanifest")), &manifest); err != nil {
		t.Fatal(err)
	}
	if manifest.Name != "Hashiya" {
		t.Errorf("manifest name %q", manifest.Name)
	}
	sizes := map[string]string{}
	for _, icon := range manifest.Icons {
		sizes[icon.Src+" "+icon.Purpose] = icon.Sizes
	}
	for key, want := range map[string]string{
		Icon192Path + " ":         "192x192",
		Icon512Path + " ":         "512x512",
		Icon512Path + " maskable": "512x512",
		IconSVGPath + " ":         "any",
	} {
		if sizes[key] != want {
			t.Errorf("manifest icon %q: sizes %q, want %q (icons %v)", key, sizes[key], want, sizes)
		}
	}
}

// TestResourcesExist checks that every resource the page loads is a file in
// the repository's web/ directory, which build.sh copies into the site.
func TestResourcesExist(t *testing.T) {
	for _, r := range Resources() {
		name := filepath.Join("..", "..", filepath.FromSlash(r))
		info, err := os.Stat(name)
		if err != nil || info.Size() == 0 {
			t.Errorf("%s: missing or empty in the repository (%v); it is precached, so offline use breaks without it", r, err)
		}
	}
	for _, icon := range []struct {
		path string
		size int
	}{{Icon192Path, 192}, {Icon512Path, 512}} {
		f, err := os.Open(filepath.Join("..", "..", filepath.FromSlash(icon.path)))
		if err != nil {
			continue // reported above
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != icon.size || cfg.Height != icon.size {
			t.Errorf("%s: %dx%d (%v), want %dx%d", icon.path, cfg.Width, cfg.Height, err, icon.size, icon.size)
		}
	}
}
