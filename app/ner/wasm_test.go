//go:build js && wasm

package ner

import (
	"os"
	"testing"
)

// The browser build embeds no model: the tests of the js/wasm build
// (GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec",
// run by Node) make the bundle from the package's own files (the test's
// working directory is the package) and Provide it, as the page hands over
// the site's ner-HASH.bin, so that Default, the tests and BenchmarkTag
// work as in the browser (BENCHMARKS.md: the wasm tagging speed).
func TestMain(m *testing.M) {
	files.src = os.DirFS(".").(fileSource)
	b, err := Bundle()
	files.src = nil
	if err == nil {
		err = Provide(b)
	}
	if err != nil {
		println("ner: wasm tests: bundle:", err.Error())
		os.Exit(2)
	}
	os.Exit(m.Run())
}
