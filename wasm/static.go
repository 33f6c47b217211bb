//go:build !(js && wasm)

package main

import (
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
	version := fs.String("version", "", "build version (required): names the service worker cache, must change with any served file")
	wasmSize := fs.Int("wasm-size", 0, "byte length of the uncompressed app.wasm, for the loading progress (required)")
	web := fs.String("web", "web", "directory of static resources copied into OUT/web")
	domain := fs.String("domain", "", "domain the site is hosted on, for absolute og:url/og:image links (optional)")
	nerModel := fs.String("ner-model", "", "URL path of the entity model bundle already in OUT/web (/web/ner-HASH.bin, from the ner-bundle command): preloaded and precached")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *version == "" || *wasmSize <= 0 || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: static -out DIR -version V -wasm-size N [-web DIR] [-ner-model /web/ner-HASH.bin]")
		return 2
	}
	if err := generate(*out, *web, *domain, *version, *wasmSize, *nerModel); err != nil {
		fmt.Fprintln(stderr, "hashiya static:", err)
		return 1
	}
	fmt.Fprintf(stdout, "static site %s generated in %s\n", *version, *out)
	return 0
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
		return fmt.Errorf("precached URLs missing from %s (offline use would break): %s", out, strings.Join(missing, ", "))
	}
	return nil
}
