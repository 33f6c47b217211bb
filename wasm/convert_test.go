//go:build !(js && wasm)

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConvert(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "c9.txt")
	os.WriteFile(txt, []byte("وصل الوفد إلى القاهرة.\r\nثم غادر إلى الإسكندرية.\r\nوعاد إلى عمّان."), 0o644)
	os.WriteFile(filepath.Join(dir, "c9.ann"), []byte("T1\tLOC 14 21\tالقاهرة\nT2\tLOC 36 46\tالإسكندرية\n"), 0o644)
	var out, errb bytes.Buffer
	if code := run([]string{"convert", "--to", "native", filepath.Join(dir, "c9.ann")}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	native := filepath.Join(dir, "c9.json")
	os.WriteFile(native, out.Bytes(), 0o644)
	if !strings.Contains(errb.String(), "CRLF") || !strings.Contains(out.String(), `"quote": "الإسكندرية"`) {
		t.Fatalf("stderr %q\n%s", errb.String(), out.String())
	}
	// native → w3c → (with --text) conll, and brat into a directory.
	out.Reset()
	errb.Reset()
	if code := run([]string{"convert", "--to", "w3c", native}, &out, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	w3c := filepath.Join(dir, "c9.jsonld")
	os.WriteFile(w3c, out.Bytes(), 0o644)
	out.Reset()
	if code := run([]string{"convert", "--from", "w3c", "--to", "conll", "--text", native, w3c}, &out, &errb); code != 0 || !strings.Contains(out.String(), "الإسكندرية B-LOC\n") {
		t.Fatalf("exit %d %s %s", code, errb.String(), out.String())
	}
	if code := run([]string{"convert", "--to", "brat", "-o", filepath.Join(dir, "out"), native}, &out, &errb); code != 0 {
		t.Fatal(errb.String())
	}
	if ann, _ := os.ReadFile(filepath.Join(dir, "out", "c9.ann")); string(ann) != "T1\tLOC 14 21\tالقاهرة\nT2\tLOC 35 45\tالإسكندرية\n" {
		t.Fatalf("ann %q", ann)
	}
	// A w3c file without its text, and a broken file: exit 1 with a sentence.
	for _, args := range [][]string{{"convert", "--to", "native", w3c}, {"convert", "--from", "native", "--to", "w3c", filepath.Join(dir, "c9.ann")}} {
		errb.Reset()
		if code := run(args, &out, &errb); code != 1 || !strings.HasPrefix(errb.String(), "hashiya convert: ") {
			t.Errorf("%v: exit %d %q", args, code, errb.String())
		}
	}
	if code := run([]string{"convert", "--to", "xml", native}, &out, &errb); code != 2 {
		t.Errorf("unknown format: exit %d", code)
	}
}
