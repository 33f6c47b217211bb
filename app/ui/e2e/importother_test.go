package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Case C8 through the page: a Hypothesis-style W3C file counting UTF-16
// code units is imported onto the open document, stored at [23,28) in
// code points, the conversion is said, and one undo takes it back; then a
// brat .ann is imported onto the same document, and a malformed one
// changes nothing.
func TestImportOtherFormats(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	pasteDocument(t, ctx, "📌 عاجل: انفجار في مرفأ بيروت")
	// An undated text: the DCT field says no dateline was found and dates
	// come from the text itself, and invites setting one.
	poll(t, ctx, `document.getElementById("hx-dct-source").dataset.source === "text"`)
	if src := eval[string](t, ctx, `document.getElementById("hx-dct-source").textContent`); !strings.Contains(src, "لم يُعثر على سطر تاريخ") {
		t.Errorf("no-dateline notice %q", src)
	}
	if !eval[bool](t, ctx, `document.getElementById("hx-dct-input").classList.contains("hx-dct-missing")`) {
		t.Error("the empty DCT field does not invite setting one")
	}
	files := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(files, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	has := func(label string, start, end int) bool {
		for _, a := range storedAnns(t, ctx) {
			if a.Label == label && a.Start == start && a.End == end {
				return true
			}
		}
		return false
	}
	accept := eval[string](t, ctx, `document.getElementById("hx-import-file").accept`)
	for _, ext := range []string{".ann", ".conll", ".txt", ".jsonl", ".json"} {
		if !strings.Contains(accept, ext) {
			t.Errorf("file input accept %q lacks %s", accept, ext)
		}
	}
	n := len(storedAnns(t, ctx))
	w3c := write("hypothesis.jsonld", `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation",
"body":{"type":"TextualBody","purpose":"tagging","value":"ORG"},
"target":{"selector":[{"type":"TextPositionSelector","start":24,"end":29},{"type":"TextQuoteSelector","exact":"بيروت","prefix":"مرفأ "}]}}`)
	upload(t, ctx, "hx-import-file", w3c)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").textContent.includes("UTF-16")`)
	kind, text := message(t, ctx)
	if kind == "error" || !strings.Contains(text, "بوحدات UTF-16") {
		t.Errorf("message %s %q, want the UTF-16 conversion stated", kind, text)
	}
	if !has("ORG", 23, 28) || len(storedAnns(t, ctx)) != n+1 {
		t.Fatalf("ORG [23,28) not stored: %+v", storedAnns(t, ctx))
	}
	screenshot(t, ctx, "import-w3c-utf16")
	clickJS(t, ctx, `document.getElementById("hx-undo")`)
	for i := 0; i < 50 && has("ORG", 23, 28); i++ {
		time.Sleep(100 * time.Millisecond)
	}
	if has("ORG", 23, 28) || len(storedAnns(t, ctx)) != n {
		t.Fatalf("one undo did not take the import back: %+v", storedAnns(t, ctx))
	}

	// brat: PER on عاجل [2,6) in code points.
	ann := write("news.ann", "T1\tPER 2 6\tعاجل\n")
	upload(t, ctx, "hx-import-file", ann)
	for i := 0; i < 50 && !has("PER", 2, 6); i++ {
		time.Sleep(100 * time.Millisecond)
	}
	if !has("PER", 2, 6) {
		t.Fatalf("brat PER [2,6) not stored: %+v", storedAnns(t, ctx))
	}
	before := len(storedAnns(t, ctx))
	bad := write("bad.ann", "T1\tPER 2 "+strconv.Itoa(999)+"\tعاجل\n")
	upload(t, ctx, "hx-import-file", bad)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").dataset.kind === "error"`)
	if _, text := message(t, ctx); !strings.Contains(text, "لم يتغيّر شيء") {
		t.Errorf("malformed .ann message %q does not say nothing changed", text)
	}
	if got := len(storedAnns(t, ctx)); got != before {
		t.Errorf("malformed .ann changed the store: %d annotations, was %d", got, before)
	}
}
