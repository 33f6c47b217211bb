//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/site"
)

// Without HASHIYA_DOMAIN (-domain ""), the page carries no og:url and no
// og:image (go-app would write "https://" and "https:///web/…"); with a
// domain both are absolute URLs on it. Every page carries the CSP meta and
// the boot check script, which is precached.
func TestStaticOpenGraphAndCSP(t *testing.T) {
	for _, domain := range []string{"", "hashiya.example"} {
		web := webDir(t)
		out := t.TempDir()
		writeFile(t, out, "web/app.wasm", []byte("\x00asm"))
		if code, _, stderr := runCmd("static", "-out", out, "-wasm-size", "4", "-web", web, "-domain", domain); code != 0 {
			t.Fatalf("code %d: %s", code, stderr)
		}
		page, _ := os.ReadFile(filepath.Join(out, "index.html"))
		html := string(page)
		if strings.Contains(html, `"https://"`) || strings.Contains(html, "https:///") {
			t.Errorf("domain %q: a broken https:// URL is left: %s", domain, html[:min(len(html), 1500)])
		}
		hasOG := strings.Contains(html, `property="og:url"`) && strings.Contains(html, `property="og:image"`)
		if domain == "" && (strings.Contains(html, `og:url`) || strings.Contains(html, `og:image`)) {
			t.Errorf("no domain: og:url/og:image left")
		}
		if domain != "" && (!hasOG || !strings.Contains(html, `content="https://hashiya.example/web/icons/icon-512.png"`)) {
			t.Errorf("domain %s: og tags missing or wrong", domain)
		}
		if !strings.Contains(html, `og:title`) {
			t.Error("og:title was removed too")
		}
		if !strings.Contains(html, `http-equiv="Content-Security-Policy" content="`+site.CSP+`"`) {
			t.Error("no CSP meta")
		}
		if !strings.Contains(html, `src="`+site.BootScriptPath+`"`) {
			t.Error("no boot check script")
		}
		if strings.Contains(strings.ReplaceAll(html, `<script defer src=`, ``), `<script>`) {
			t.Error("an inline script in the page")
		}
		worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
		if !strings.Contains(string(worker), `"`+site.BootScriptPath+`"`) {
			t.Error("the boot check script is not precached")
		}
	}
}
