//go:build !(js && wasm)

package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashiya/hashiya/app/hashiyajson"
	"github.com/hashiya/hashiya/app/sample"
)

// TestBatchCommand runs `batch` on a JSON Lines file with a bad line and a
// text file, writing a gzip output, the errors file and both tables.
func TestBatchCommand(t *testing.T) {
	dir := t.TempDir()
	articleJSON, _ := json.Marshal(sample.Article)
	in := writeFile(t, dir, "in.jsonl", []byte(`{"id":"s1","title":"مثال","text":`+string(articleJSON)+`}
{"id":"broken"
`))
	txt := writeFile(t, dir, "a.txt", []byte(sample.Article))
	out := filepath.Join(dir, "out.jsonl.gz")
	code, stdout, stderr := runCmd("batch", "-q", "-j", "2", "-o", out, "--entities", filepath.Join(dir, "e.csv"), "--months", filepath.Join(dir, "m.csv"), in, txt)
	if code != 1 {
		t.Errorf("exit status %d with a bad line, want 1; stderr:\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	for _, want := range []string{"in.jsonl:2", "documents: 2 annotated, 1 not", "annotations:", "errors: 1 (malformed 1)", "out.jsonl.errors.jsonl"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		n++
		if _, err := hashiyajson.Decode(sc.Bytes()); err != nil {
			t.Errorf("line %d refused by the app: %v", n, err)
		}
	}
	if n != 2 {
		t.Errorf("%d lines, want 2", n)
	}
	errs, err := os.ReadFile(filepath.Join(dir, "out.jsonl.errors.jsonl"))
	if err != nil || !strings.Contains(string(errs), `"line":2`) || !strings.Contains(string(errs), `"code":"malformed"`) {
		t.Errorf("errors file %q %v", errs, err)
	}
	for _, name := range []string{"e.csv", "m.csv"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || strings.Count(string(data), "\n") < 2 {
			t.Errorf("%s: %q %v", name, data, err)
		}
	}

	// A clean run exits 0 and creates no errors file.
	code, _, stderr = runCmd("batch", "-q", "-o", filepath.Join(dir, "clean.jsonl"), txt)
	if code != 0 {
		t.Errorf("clean run: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "clean.jsonl.errors.jsonl")); err == nil {
		t.Error("errors file created for a clean run")
	}
}
