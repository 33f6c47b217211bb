//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The errors file goes beside the output only when that is a regular file:
// with -o /dev/null (or standard output) it is hashiya-errors.jsonl in the
// working directory, never /dev/null.errors.jsonl.
func TestBatchErrorsFileBesideRegularOutputOnly(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	in := writeFile(t, dir, "in.jsonl", []byte("{\"id\":\"broken\"\n"))
	code, _, stderr := runCmd("batch", "-q", "-o", os.DevNull, in)
	if code != 1 {
		t.Fatalf("exit %d, want 1 (a bad line)\n%s", code, stderr)
	}
	if strings.Contains(stderr, os.DevNull+".errors") {
		t.Errorf("stderr names an errors file beside %s:\n%s", os.DevNull, stderr)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "hashiya-errors.jsonl")); err != nil || !strings.Contains(string(data), `"code":"malformed"`) {
		t.Errorf("hashiya-errors.jsonl in the working directory: %q %v", data, err)
	}
	for _, c := range []struct{ out, want string }{
		{"-", "hashiya-errors.jsonl"},
		{os.DevNull, "hashiya-errors.jsonl"},
		{dir, "hashiya-errors.jsonl"}, // a directory: not a regular file
		{writeFile(t, dir, "out.jsonl.gz", nil), filepath.Join(dir, "out.jsonl.errors.jsonl")},
	} {
		if got := defaultErrorsFile(c.out); got != c.want {
			t.Errorf("defaultErrorsFile(%q) = %q, want %q", c.out, got, c.want)
		}
	}
}
