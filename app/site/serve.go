package site

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// contentTypes overrides the platform MIME table for the files of the site;
// application/wasm is required by WebAssembly.instantiateStreaming.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".json":        "application/json",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
}

// encodings are the pre-compressed variants looked for next to a file, in
// order of preference when the client accepts several with equal quality.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// ContentType returns the Content-Type served for a file name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Files returns an HTTP handler serving the static site generated in dir
// (by app.GenerateStaticWebsite plus web/): "/" is dir/index.html, a path
// without extension is dir/<path>.html (go-app's page files), anything else
// is the file itself. Only GET and HEAD are allowed; directories, dot files
// and missing files are 404.
//
// When dir holds <file>.br or <file>.gz and the request's Accept-Encoding
// accepts br or gzip, that variant is sent with Content-Encoding and the
// Content-Type of <file>; responses for such files carry
// "Vary: Accept-Encoding". Every response has "Cache-Control: no-cache" and
// a strong ETag per variant (SHA-256 of its bytes), so browsers revalidate
// cheaply while the service worker keeps the offline copy: go-app's URLs are
// not fingerprinted, so nothing may be cached without revalidation.
func Files(dir string) http.Handler {
	return &files{dir: dir, etags: map[string]etagEntry{}}
}

type files struct {
	dir   string
	mu    sync.Mutex
	etags map[string]etagEntry // file name → ETag for one size+mtime
}

type etagEntry struct {
	size  int64
	mtime time.Time
	etag  string
}

func (f *files) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := f.resolve(r.URL.Path)
	if !ok {
		http.NotFound(w, r)
		return
	}
	info, err := os.Stat(name)
	if err != nil || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}

	h := w.Header()
	h.Set("Content-Type", ContentType(name))
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	if strings.HasSuffix(name, ".html") {
		h.Set("Content-Security-Policy", CSPHeader)
	}

	served, encoding := name, ""
	if variants := f.variants(name); len(variants) > 0 {
		h.Add("Vary", "Accept-Encoding")
		if enc := negotiate(r.Header.Get("Accept-Encoding"), variants); enc != "" {
			served, encoding = variants[enc], enc
		}
	}
	fh, err := os.Open(served)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer fh.Close()
	sinfo, err := fh.Stat()
	if err != nil {
		http.Error(w, "stat failed", http.StatusInternalServerError)
		return
	}
	etag, err := f.etag(served, sinfo, fh)
	if err != nil {
		http.Error(w, "reading file failed", http.StatusInternalServerError)
		return
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("ETag", etag)
	// ServeContent handles If-None-Match, If-Modified-Since and ranges;
	// Content-Type is already set so it does not sniff.
	http.ServeContent(w, r, "", sinfo.ModTime(), fh)
}

// resolve maps a URL path to a file name under dir.
func (f *files) resolve(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") {
		urlPath = "/" + urlPath
	}
	clean := path.Clean(urlPath)
	if clean == "/" {
		clean = "/index.html"
	} else if strings.HasSuffix(urlPath, "/") {
		return "", false // no directory listings
	}
	for _, part := range strings.Split(clean, "/") {
		if strings.HasPrefix(part, ".") {
			return "", false
		}
	}
	if path.Ext(clean) == "" {
		clean += ".html"
	}
	return filepath.Join(f.dir, filepath.FromSlash(clean)), true
}

// variants returns the pre-compressed files present next to name, by
// encoding.
func (f *files) variants(name string) map[string]string {
	var m map[string]string
	for _, e := range encodings {
		if info, err := os.Stat(name + e.ext); err == nil && info.Mode().IsRegular() {
			if m == nil {
				m = map[string]string{}
			}
			m[e.name] = name + e.ext
		}
	}
	return m
}

func (f *files) etag(name string, info fs.FileInfo, r io.ReadSeeker) (string, error) {
	f.mu.Lock()
	e, ok := f.etags[name]
	f.mu.Unlock()
	if ok && e.size == info.Size() && e.mtime.Equal(info.ModTime()) {
		return e.etag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	etag := `"` + hex.EncodeToString(h.Sum(nil))[:32] + `"`
	f.mu.Lock()
	f.etags[name] = etagEntry{size: info.Size(), mtime: info.ModTime(), etag: etag}
	f.mu.Unlock()
	return etag, nil
}

// negotiate picks the encoding among available (keys "br", "gzip") with the
// highest quality in the Accept-Encoding header value (RFC 9110 §12.5.3),
// preferring br on ties; "*" stands for any encoding not listed. It returns
// "" when none is acceptable, meaning the identity file.
func negotiate(header string, available map[string]string) string {
	q := map[string]float64{}
	star := -1.0
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		coding := strings.ToLower(strings.TrimSpace(fields[0]))
		if coding == "" {
			continue
		}
		quality := 1.0
		for _, p := range fields[1:] {
			p = strings.TrimSpace(p)
			if v, ok := strings.CutPrefix(p, "q="); ok {
				if f, err := strconv.ParseFloat(v, 64); err == nil {
					quality = f
				}
			}
		}
		if coding == "x-gzip" {
			coding = "gzip"
		}
		if coding == "*" {
			star = quality
			continue
		}
		q[coding] = quality
	}
	best, bestQ := "", 0.0
	for _, e := range encodings {
		if _, ok := available[e.name]; !ok {
			continue
		}
		quality, listed := q[e.name]
		if !listed {
			quality = max(star, 0)
		}
		if quality > bestQ {
			best, bestQ = e.name, quality
		}
	}
	return best
}

// Listen opens a TCP listener on addr and returns a server for the static
// site in dir (see [Files]) that the caller runs with srv.Serve(ln) and stops
// with srv.Shutdown. It fails if dir has no index.html, which usually means
// the site was not built (./build.sh build).
func Listen(addr, dir string) (*http.Server, net.Listener, error) {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return nil, nil, fmt.Errorf("site: %s is not a generated site (run ./build.sh build): %w", dir, err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, nil, fmt.Errorf("site: listening on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           Files(dir),
		ReadHeaderTimeout: 10 * time.Second,
	}
	return srv, ln, nil
}

// URL returns the http URL of a listener's address, with 127.0.0.1 standing
// for an unspecified host.
func URL(ln net.Listener) string {
	addr, ok := ln.Addr().(*net.TCPAddr)
	if !ok {
		return "http://" + ln.Addr().String() + "/"
	}
	host := addr.IP.String()
	if addr.IP == nil || addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port)) + "/"
}
