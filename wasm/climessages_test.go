//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Messages of the command line name what is wrong: a UTF-16 file's
// encoding in annotate's hint, an unknown evaluation, and flags after the
// file names are read as flags.
func TestCLIMessages(t *testing.T) {
	dir := t.TempDir()
	u16 := filepath.Join(dir, "u16.txt")
	os.WriteFile(u16, []byte("\xff\xfeA\x00"), 0o644)
	if code, _, stderr := runCmd("annotate", u16); code == 0 || !strings.Contains(stderr, "UTF-16LE") {
		t.Errorf("annotate UTF-16: %d %q", code, stderr)
	}
	if code, _, stderr := runCmd("eval", "bogus"); code != 2 || !strings.Contains(stderr, `"bogus"`) {
		t.Errorf("eval bogus: %d %q", code, stderr)
	}
	txt := filepath.Join(dir, "c.txt")
	os.WriteFile(txt, []byte("قال محمد إن القاهرة ستستضيف القمة"), 0o644)
	if code, stdout, stderr := runCmd("annotate", txt, "--dct", "2016-01-01"); code != 0 || !strings.Contains(stdout, `"dct": "2016-01-01"`) {
		t.Errorf("annotate with the flag after the file: %d %q", code, stderr)
	}
}
