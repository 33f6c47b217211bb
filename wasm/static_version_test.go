//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Case C21's build test: the version go-app compares to offer an update
// (and that names the service worker's cache) is derived from what the
// site serves. A build whose app.wasm changed — same size, one byte
// different — gets another version; so does one whose static resources
// changed; an identical build keeps its version. (Before, build.sh
// computed the version and passed it with -version, so nothing stopped a
// build from shipping a new app.wasm under the old version, which open
// tabs would never be told about.)
func TestStaticVersionFollowsContent(t *testing.T) {
	web := webDir(t)
	build := func(wasm string) string {
		t.Helper()
		out := t.TempDir()
		writeFile(t, out, "web/app.wasm", []byte(wasm))
		code, stdout, stderr := runCmd("static", "-out", out, "-wasm-size", "8", "-web", web)
		if code != 0 {
			t.Fatalf("static: code %d: %s", code, stderr)
		}
		version := strings.Fields(stdout)[2]
		// The version the pages carry is the one reported.
		app, _ := os.ReadFile(filepath.Join(out, "app.js"))
		m := regexp.MustCompile(`"GOAPP_VERSION":"([^"]+)"`).FindSubmatch(app)
		if m == nil || string(m[1]) != version {
			t.Fatalf("app.js carries version %q, static reported %q", m, version)
		}
		return version
	}
	a := build("\x00asm\x01\x00\x00\x00")
	if again := build("\x00asm\x01\x00\x00\x00"); again != a {
		t.Errorf("an identical build changed version: %s then %s", a, again)
	}
	b := build("\x00asm\x01\x00\x00\x01")
	if b == a {
		t.Fatalf("app.wasm changed but the version did not (%s): open tabs would never be offered the update", a)
	}
	writeFile(t, web, "hashiya.css", []byte("/* changed */"))
	if c := build("\x00asm\x01\x00\x00\x00"); c == a {
		t.Errorf("a static resource changed but the version did not (%s)", a)
	}
}
