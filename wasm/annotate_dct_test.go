//go:build !(js && wasm)

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/hashiyajson"
)

// TestAnnotateNoDateline: without a dateline and without --dct the
// command says so on stderr and anchors on the text's own dates; --dct
// today resolves against the clock, as before.
func TestAnnotateNoDateline(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "undated.txt", []byte("وصل الوفد أمس إلى القاهرة. وفي 10 نوفمبر 2015 قال إن الجلسة ستعقد غدا."))
	code, stdout, stderr := runCmd("annotate", f)
	if code != 0 || !strings.Contains(stderr, "no dateline found") || !strings.Contains(stderr, "--dct today") {
		t.Fatalf("exit %d, stderr %q; want 0 and a note that no dateline was found", code, stderr)
	}
	out, err := hashiyajson.Decode([]byte(stdout))
	if err != nil {
		t.Fatal(err)
	}
	vals := map[string]string{}
	for _, a := range out.Annotations {
		vals[a.Quote] = a.Value
	}
	if out.Document.DCT != "" || vals["أمس"] != "XXXX-XX-XX" || vals["غدا"] != "2015-11-11" {
		t.Errorf("DCT %q, values %v; want no DCT, أمس XXXX-XX-XX, غدا 2015-11-11", out.Document.DCT, vals)
	}
	code, stdout, stderr = runCmd("annotate", "--dct", "today", f)
	today := time.Now().UTC().Format("2006-01-02")
	if code != 0 || !strings.Contains(stderr, "today") {
		t.Fatalf("--dct today: exit %d, stderr %q", code, stderr)
	}
	if out, err = hashiyajson.Decode([]byte(stdout)); err != nil || out.Document.DCT != today {
		t.Errorf("--dct today: DCT %q (%v), want %s", out.Document.DCT, err, today)
	}
}
