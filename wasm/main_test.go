//go:build !(js && wasm)

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/sample"
	"github.com/hashiya/hashiya/app/site"
	"github.com/hashiya/hashiya/app/ui"
)

func TestMain(m *testing.M) {
	ui.Register()
	os.Exit(m.Run())
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestDispatch(t *testing.T) {
	if code, _, stderr := runCmd("no-such-command"); code != 2 || !strings.Contains(stderr, `unknown command "no-such-command"`) {
		t.Errorf("unknown command: code %d, stderr %q", code, stderr)
	}
	code, stdout, _ := runCmd("help")
	if code != 0 {
		t.Errorf("help: code %d", code)
	}
	for _, name := range []string{"annotate", "serve", "static", "compress", "bench-load", "bench-cli"} {
		if !strings.Contains(stdout, "  "+name+" ") {
			t.Errorf("help does not list %s:\n%s", name, stdout)
		}
	}
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnnotateSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "article.txt", []byte(sample.Article))
	latin1 := writeFile(t, dir, "cp1256.txt", []byte("\xc7\xe1\xde\xc7\xe5\xd1\xc9")) // «القاهرة» in Windows-1256
	empty := writeFile(t, dir, "empty.txt", []byte(" \n\t\n"))
	missing := filepath.Join(dir, "missing.txt")

	code, stdout, stderr := runCmd("annotate", latin1, good, empty, missing, good)
	if code != 1 {
		t.Errorf("exit code %d, want 1 (some files failed)", code)
	}
	for _, want := range []string{"cp1256.txt: not UTF-8 text (invalid byte 0xc7 at byte offset 0)", "empty.txt: empty", "missing.txt"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines, want one compact JSON object per good file (2):\n%.300s", len(lines), stdout)
	}
	for _, line := range lines {
		f, err := hashiyajson.Decode([]byte(line))
		if err != nil {
			t.Fatalf("output does not decode: %v", err)
		}
		if f.Document.Title != "article.txt" || f.Document.Text != sample.Article {
			t.Errorf("document title %q, text of %d bytes; want article.txt and the file's exact text", f.Document.Title, len(f.Document.Text))
		}
		if f.Document.DCT == "" {
			t.Error("document DCT is empty; the sample article has a dateline")
		}
		if len(f.Annotations) == 0 {
			t.Error("no annotations on the sample article")
		}
	}
}

func TestAnnotateOneFilePrettyWithDCT(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "a.txt", []byte("وصل الوفد أمس إلى القاهرة."))
	code, stdout, stderr := runCmd("annotate", "--dct", "2016-11-29T11:11", good)
	if code != 0 {
		t.Fatalf("exit code %d, stderr %s", code, stderr)
	}
	if !strings.Contains(stdout, "\n  \"document\"") {
		t.Errorf("one file: want indented JSON, got:\n%.300s", stdout)
	}
	f, err := hashiyajson.Decode([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if f.Document.DCT != "2016-11-29T11:11" {
		t.Errorf("DCT %q, want the --dct value 2016-11-29T11:11", f.Document.DCT)
	}
	if code, _, stderr := runCmd("annotate", "--dct", "29/11/2016", good); code != 2 || !strings.Contains(stderr, "29/11/2016") {
		t.Errorf("bad --dct: code %d, stderr %q; want 2 and the value named", code, stderr)
	}
	if code, _, _ := runCmd("annotate"); code != 2 {
		t.Errorf("no file: code %d, want 2", code)
	}
}

func TestCompress(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Repeat([]byte("حاشية app.wasm "), 1000)
	name := writeFile(t, dir, "app.wasm", data)
	if code, _, stderr := runCmd("compress", name); code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	br, err := os.Open(name + ".br")
	if err != nil {
		t.Fatal(err)
	}
	defer br.Close()
	got, err := io.ReadAll(brotli.NewReader(br))
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("app.wasm.br does not decode to the input (%v)", err)
	}
	gz, err := os.Open(name + ".gz")
	if err != nil {
		t.Fatal(err)
	}
	defer gz.Close()
	zr, err := gzip.NewReader(gz)
	if err != nil {
		t.Fatal(err)
	}
	got, err = io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, data) {
		t.Errorf("app.wasm.gz does not decode to the input (%v)", err)
	}
}

// webDir returns a copy of the repository's web/ directory with every
// resource of site.Resources present (stubs for any not yet committed).
func webDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := copyTree(filepath.Join("..", "web"), dir); err != nil {
		t.Fatal(err)
	}
	for _, r := range site.Resources() {
		p := filepath.Join(dir, strings.TrimPrefix(r, "/web/"))
		if _, err := os.Stat(p); err != nil {
			writeFile(t, dir, strings.TrimPrefix(r, "/web/"), []byte("stub"))
		}
	}
	return dir
}

func TestStatic(t *testing.T) {
	web := webDir(t)
	out := t.TempDir()
	writeFile(t, out, "web/app.wasm", []byte("\x00asm"))
	code, stdout, stderr := runCmd("static", "-out", out, "-wasm-size", "4", "-web", web)
	if code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	version := strings.Fields(stdout)[2] // "static site VERSION generated in OUT"
	for _, name := range append([]string{"index.html", "app.js", "app-worker.js", "manifest.webmanifest", "wasm_exec.js", "app.css"}, "web/fonts/OFL.txt") {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not generated: %v", name, err)
		}
	}
	worker, _ := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if !strings.Contains(string(worker), `"app-" + "`+version+`"`) {
		t.Error("app-worker.js does not carry the version")
	}
	if got, _ := os.ReadFile(filepath.Join(out, "web", "app.wasm")); string(got) != "\x00asm" {
		t.Error("static overwrote the built app.wasm")
	}

	if code, _, _ := runCmd("static", "-out", out); code != 2 {
		t.Errorf("static without -wasm-size: code %d, want 2", code)
	}
}

func TestStaticMissingPrecachedFile(t *testing.T) {
	web := webDir(t)
	if err := os.Remove(filepath.Join(web, "fonts", "NotoNaskhArabic-Bold.woff2")); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	writeFile(t, out, "web/app.wasm", []byte("\x00asm"))
	code, _, stderr := runCmd("static", "-out", out, "-wasm-size", "4", "-web", web)
	if code != 1 || !strings.Contains(stderr, "/web/fonts/NotoNaskhArabic-Bold.woff2") {
		t.Errorf("code %d, stderr %q; want failure naming the missing precached font", code, stderr)
	}
}

func TestDefaultAddr(t *testing.T) {
	t.Setenv("ADDR", "")
	t.Setenv("PORT", "")
	if got := defaultAddr(); got != "127.0.0.1:8080" {
		t.Errorf("no env: %q", got)
	}
	t.Setenv("PORT", "9000")
	if got := defaultAddr(); got != "127.0.0.1:9000" {
		t.Errorf("PORT=9000: %q", got)
	}
	t.Setenv("ADDR", "0.0.0.0:80")
	if got := defaultAddr(); got != "0.0.0.0:80" {
		t.Errorf("ADDR wins over PORT: %q", got)
	}
}

func TestServeWithoutSite(t *testing.T) {
	code, _, stderr := runCmd("serve", "-addr", "127.0.0.1:0", "-dir", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "./build.sh build") {
		t.Errorf("serve on an empty dir: code %d, stderr %q; want 1 and a hint to build", code, stderr)
	}
}
