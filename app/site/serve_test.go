package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

// newSite writes a small generated site into a temporary directory: a page,
// a script, a wasm file with its .br and .gz variants, and a font.
func newSite(t *testing.T) (dir string, wasm []byte) {
	t.Helper()
	dir = t.TempDir()
	wasm = bytes.Repeat([]byte("\x00asm\x01\x00\x00\x00 hashiya "), 500)
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(wasm)
	bw.Close()
	gw := gzip.NewWriter(&gz)
	gw.Write(wasm)
	gw.Close()
	files := map[string][]byte{
		"index.html":           []byte("<!DOCTYPE html><html lang=\"ar\"></html>"),
		"about.html":           []byte("<!DOCTYPE html><p>about</p>"),
		"app.js":               []byte("console.log('hi')"),
		"app-worker.js":        []byte("self.addEventListener('fetch', () => {})"),
		"manifest.webmanifest": []byte(`{"name":"Hashiya"}`),
		"web/app.wasm":         wasm,
		"web/app.wasm.br":      br.Bytes(),
		"web/app.wasm.gz":      gz.Bytes(),
		"web/fonts/a.woff2":    []byte("wOF2"),
		"web/.secret":          []byte("no"),
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, wasm
}

func get(t *testing.T, h http.Handler, path string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func decode(t *testing.T, res *http.Response) []byte {
	t.Helper()
	var r io.Reader = res.Body
	switch enc := res.Header.Get("Content-Encoding"); enc {
	case "br":
		r = brotli.NewReader(res.Body)
	case "gzip":
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatalf("gzip body: %v", err)
		}
		r = zr
	case "":
	default:
		t.Fatalf("unexpected Content-Encoding %q", enc)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("reading %s body: %v", res.Header.Get("Content-Encoding"), err)
	}
	return b
}

func TestFilesWasmEncodings(t *testing.T) {
	dir, wasm := newSite(t)
	h := Files(dir)
	tests := []struct {
		acceptEncoding string
		wantEncoding   string
	}{
		{"gzip, deflate, br, zstd", "br"},
		{"br", "br"},
		{"gzip", "gzip"},
		{"x-gzip", "gzip"},
		{"gzip;q=1, br;q=0.5", "gzip"},
		{"br;q=0, gzip", "gzip"},
		{"br;q=0, gzip;q=0", ""},
		{"*", "br"},
		{"*;q=0.1, br;q=0", "gzip"},
		{"identity", ""},
		{"", ""},
		{"deflate", ""},
	}
	for _, tt := range tests {
		t.Run(tt.acceptEncoding, func(t *testing.T) {
			res := get(t, h, "/web/app.wasm", map[string]string{"Accept-Encoding": tt.acceptEncoding})
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", res.StatusCode)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.wantEncoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.wantEncoding)
			}
			if got := res.Header.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("Content-Type %q, want application/wasm", got)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
			if got := decode(t, res); !bytes.Equal(got, wasm) {
				t.Errorf("decoded body is %d bytes, want the %d bytes of app.wasm", len(got), len(wasm))
			}
		})
	}
}

func TestFilesETagPerEncoding(t *testing.T) {
	dir, _ := newSite(t)
	h := Files(dir)
	br := get(t, h, "/web/app.wasm", map[string]string{"Accept-Encoding": "br"})
	id := get(t, h, "/web/app.wasm", nil)
	if br.Header.Get("ETag") == "" || br.Header.Get("ETag") == id.Header.Get("ETag") {
		t.Fatalf("ETags br %q identity %q: want distinct non-empty", br.Header.Get("ETag"), id.Header.Get("ETag"))
	}
	res := get(t, h, "/web/app.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": br.Header.Get("ETag")})
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation status %d, want 304", res.StatusCode)
	}
	res = get(t, h, "/web/app.wasm", map[string]string{"If-None-Match": br.Header.Get("ETag")})
	if res.StatusCode != http.StatusOK {
		t.Errorf("identity request with the br ETag: status %d, want 200", res.StatusCode)
	}
}

func TestFilesPagesAndTypes(t *testing.T) {
	dir, _ := newSite(t)
	h := Files(dir)
	tests := []struct {
		path, contentType, body string
	}{
		{"/", "text/html; charset=utf-8", "lang=\"ar\""},
		{"/about", "text/html; charset=utf-8", "about"},
		{"/app.js", "text/javascript; charset=utf-8", "console.log"},
		{"/app-worker.js", "text/javascript; charset=utf-8", "addEventListener"},
		{"/manifest.webmanifest", "application/manifest+json", "Hashiya"},
		{"/web/fonts/a.woff2", "font/woff2", "wOF2"},
	}
	for _, tt := range tests {
		res := get(t, h, tt.path, map[string]string{"Accept-Encoding": "br, gzip"})
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d, want 200", tt.path, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Content-Type"); got != tt.contentType {
			t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.contentType)
		}
		if got := res.Header.Get("Content-Encoding"); got != "" {
			t.Errorf("%s: Content-Encoding %q without a pre-compressed variant", tt.path, got)
		}
		if got := res.Header.Get("Vary"); got != "" {
			t.Errorf("%s: Vary %q without a pre-compressed variant", tt.path, got)
		}
		if got := res.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("%s: Cache-Control %q, want no-cache", tt.path, got)
		}
		if body := decode(t, res); !strings.Contains(string(body), tt.body) {
			t.Errorf("%s: body %q does not contain %q", tt.path, body, tt.body)
		}
	}
}

func TestFilesNotFound(t *testing.T) {
	dir, _ := newSite(t)
	h := Files(dir)
	for _, p := range []string{"/missing", "/web/missing.css", "/web/", "/web", "/web/.secret", "/../serve.go", "/web/fonts/"} {
		if res := get(t, h, p, nil); res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, res.StatusCode)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /: status %d, want 405", rec.Code)
	}
}

func TestListen(t *testing.T) {
	if _, _, err := Listen("127.0.0.1:0", t.TempDir()); err == nil {
		t.Error("Listen on a directory without index.html: want an error")
	}
	dir, _ := newSite(t)
	srv, ln, err := Listen("127.0.0.1:0", dir)
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	defer srv.Close()
	u := URL(ln)
	if !strings.HasPrefix(u, "http://127.0.0.1:") {
		t.Errorf("URL %q", u)
	}
	res, err := http.Get(u + "web/app.wasm")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	// net/http's transport asks for gzip and decodes it transparently.
	if res.StatusCode != http.StatusOK || !res.Uncompressed {
		t.Errorf("GET app.wasm over TCP: status %d, uncompressed %v; want 200 and a gzip transfer", res.StatusCode, res.Uncompressed)
	}
}

func TestURLUnspecifiedHost(t *testing.T) {
	dir, _ := newSite(t)
	srv, ln, err := Listen("0.0.0.0:0", dir)
	if err != nil {
		t.Skipf("cannot listen on 0.0.0.0: %v", err)
	}
	defer ln.Close()
	_ = srv
	if u := URL(ln); !strings.HasPrefix(u, "http://127.0.0.1:") || !strings.HasSuffix(u, "/") {
		t.Errorf("URL for 0.0.0.0: %q, want http://127.0.0.1:PORT/", u)
	}
}
