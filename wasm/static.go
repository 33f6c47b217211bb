//go:build !(js && wasm)

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/hashiya/hashiya/app/site"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func init() {
	register(command{
		Name:    "static",
		Summary: "generate the static site (pages, app.js, app-worker.js, manifest) into -out and copy web/ into it",
		Run:     runStatic,
	})
}

func runStatic(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "build/site", "output directory; app.wasm must already be in OUT/web/")
	wasmSize := fs.Int("wasm-size", 0, "byte length of the uncompressed app.wasm, for the loading progress (required)")
	web := fs.String("web", "web", "directory of static resources copied into OUT/web")
	domain := fs.String("domain", "", "domain the site is hosted on, for absolute og:url/og:image links (optional)")
	nerModel := fs.String("ner-model", "", "URL path of the entity model bundle already in OUT/web (/web/ner-HASH.bin, from the ner-bundle command): preloaded and precached")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *wasmSize <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: static -out DIR -wasm-size N [-web DIR] [-domain D] [-ner-model /web/ner-HASH.bin]")
		return 2
	}
	version, err := contentVersion(*out, *web, *domain, *wasmSize, *nerModel)
	if err == nil {
		err = generate(*out, *web, *domain, version, *wasmSize, *nerModel)
	}
	if err != nil {
		fmt.Fprintln(stderr, "hashiya static:", err)
		return 1
	}
	fmt.Fprintf(stdout, "static site %s generated in %s\n", version, *out)
	return 0
}

// contentVersion returns the build version: the first 20 hex digits of a
// SHA-256 over everything the site serves except the version itself —
// OUT/web/app.wasm, every file copied from web (path and bytes), and the
// pages, app.js, app-worker.js and manifest that go-app generates from the
// handler's configuration (generated once with the placeholder version
// "content" into a scratch directory: go-app replaces an empty one by the
// time). The version names the service worker's cache, and
// go-app's update check compares it: a build whose app.wasm (or any
// served file) changed always gets a new version, so an open tab is told
// of the update (case C21), and an identical build keeps its version.
func contentVersion(out, web, domain string, wasmSize int, nerModel string) (string, error) {
	h := sha256.New()
	wasm, err := os.ReadFile(filepath.Join(out, "web", "app.wasm"))
	if err != nil {
		return "", fmt.Errorf("the built app.wasm: %w", err)
	}
	fmt.Fprintf(h, "app.wasm %d\n", len(wasm))
	h.Write(wasm)
	scratch, err := os.MkdirTemp("", "hashiya-static-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(scratch)
	if err := generate(scratch, web, domain, "content", wasmSize, nerModel); err != nil && !errors.Is(err, errPrecache) {
		return "", err
	}
	if err := hashTree(h, scratch); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:20], nil
}

// hashTree writes the path and bytes of every regular file under dir, in
// lexical order of their paths (filepath.WalkDir's), into h.
func hashTree(h io.Writer, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasSuffix(p, ".html") {
			data = canonicalTags(data)
		}
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		_, err = h.Write(data)
		return err
	})
}

var (
	startTag  = regexp.MustCompile(`<[a-zA-Z][^<>]*>`)
	attribute = regexp.MustCompile(`[^\s=<>"/]+(?:="[^"]*")?`)
)

// canonicalTags returns an HTML page with the attributes of every start
// tag sorted: go-app writes them from a map, in a random order, so two
// generations of one page differ only there.
func canonicalTags(page []byte) []byte {
	return startTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		attrs := attribute.FindAll(tag[1:len(tag)-1], -1)
		if len(attrs) < 3 {
			return tag // the name and at most one attribute
		}
		slices.SortFunc(attrs[1:], bytes.Compare)
		return append(append([]byte("<"), bytes.Join(attrs, []byte(" "))...), '>')
	})
}

func generate(out, web, domain, version string, wasmSize int, nerModel string) error {
	h := site.Handler(version, wasmSize)
	h.Domain = domain
	site.WithNERModel(h, nerModel)
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	if err := fixPages(out, domain); err != nil {
		return err
	}
	if err := copyTree(web, filepath.Join(out, "web")); err != nil {
		return fmt.Errorf("copying %s: %w", web, err)
	}
	return checkPrecache(out)
}

// fixPages drops the broken og:url/og:image tags of the generated pages
// when no domain is set (site.FixOpenGraph).
func fixPages(out, domain string) error {
	pages, err := filepath.Glob(filepath.Join(out, "*.html"))
	if err != nil {
		return err
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if fixed := site.FixOpenGraph(data, domain); len(fixed) != len(data) {
			if err := os.WriteFile(p, fixed, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// copyTree copies the regular files under src into dst, skipping dot files
// and any app.wasm* (the build writes those into dst directly).
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), "app.wasm") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// errPrecache is checkPrecache's error.
var errPrecache = errors.New("precached URLs missing")

var resourcesToCache = regexp.MustCompile(`const resourcesToCache = (\[.*?\]);`)

// checkPrecache verifies that every URL the generated service worker
// precaches is a file of the site: cache.addAll is all-or-nothing, so one
// missing file leaves the app without any offline copy.
func checkPrecache(out string) error {
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		return err
	}
	m := resourcesToCache.FindSubmatch(worker)
	if m == nil {
		return errors.New("app-worker.js: no resourcesToCache list")
	}
	var urls []string
	if err := json.Unmarshal(m[1], &urls); err != nil {
		return fmt.Errorf("app-worker.js: resourcesToCache: %w", err)
	}
	var missing []string
	for _, u := range urls {
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			missing = append(missing, u+" (not local)")
			continue
		}
		name := path.Clean(u)
		switch {
		case name == "/":
			name = "/index.html"
		case path.Ext(name) == "":
			name += ".html"
		}
		if info, err := os.Stat(filepath.Join(out, filepath.FromSlash(name))); err != nil || !info.Mode().IsRegular() {
			missing = append(missing, u)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%w from %s (offline use would break): %s", errPrecache, out, strings.Join(missing, ", "))
	}
	return nil
}
