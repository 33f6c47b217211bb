package e2e

import (
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hashiya/hashiya/app/annotation"
	"github.com/hashiya/hashiya/app/hashiyajson"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
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

// CoNLL and doccano files that are not UTF-8 get the same choice of
// encoding as a text file: the dialog lists the readings (the detected one
// first), nothing stored changes while it is open or when it is
// cancelled, and the chosen reading is imported, with the conversion said.
func TestImportOtherEncodingChoice(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "وصل الرئيس إلى عمّان"
	pasteDocument(t, ctx, text)
	files := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(files, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	conll := write("news.conll", enc(charmap.Windows1256, "وصل O\nالرئيس B-PER\nإلى O\nعمّان B-LOC\n"))
	doccano := write("news.jsonl", enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), `{"text":"`+text+`","label":[[4,10,"ORG"]]}`+"\n"))
	for _, c := range []struct {
		file, first, pick, label string
		start, end               int
	}{
		{conll, "windows-1256", "windows-1256", "LOC", 15, 20},
		{doccano, "utf-16le", "utf-16le", "ORG", 4, 10},
	} {
		before := storageSnapshot(t, ctx)
		upload(t, ctx, "hx-import-file", c.file)
		poll(t, ctx, `document.getElementById("hx-encoding")`)
		if first := eval[string](t, ctx, `document.querySelector(".hx-encoding-pick").dataset.encoding`); first != c.first {
			t.Errorf("%s: first reading %s, want %s", filepath.Base(c.file), first, c.first)
		}
		if after := storageSnapshot(t, ctx); !maps.Equal(before, after) {
			t.Errorf("%s: storage changed before an encoding was chosen", filepath.Base(c.file))
		}
		clickJS(t, ctx, `document.getElementById("hx-encoding-cancel")`)
		poll(t, ctx, `!document.getElementById("hx-encoding")`)
		if after := storageSnapshot(t, ctx); !maps.Equal(before, after) {
			t.Errorf("%s: storage changed although the choice was cancelled", filepath.Base(c.file))
		}
		upload(t, ctx, "hx-import-file", c.file)
		poll(t, ctx, `document.getElementById("hx-encoding")`)
		clickJS(t, ctx, `document.getElementById("hx-encoding-`+c.pick+`")`)
		poll(t, ctx, `!document.getElementById("hx-encoding") && document.getElementById("hx-msg") && document.getElementById("hx-msg").textContent.includes("`+c.pick+`")`)
		if kind, msg := message(t, ctx); kind == "error" || !strings.Contains(msg, "حُوِّل إلى UTF-8") {
			t.Errorf("%s: message %s %q, want the conversion said", filepath.Base(c.file), kind, msg)
		}
		if anns := storedAnns(t, ctx); !hasSpan(anns, c.label, c.start, c.end, "") {
			t.Errorf("%s: %s [%d,%d) not stored: %+v", filepath.Base(c.file), c.label, c.start, c.end, anns)
		}
	}
	screenshot(t, ctx, "import-encoding")
}

// A native file whose text was edited after export (its sha256 no longer
// matches) is refused with a message about the file, not "saved data is
// damaged", and nothing stored changes.
func TestImportHashMismatchMessage(t *testing.T) {
	dir := siteDir(t)
	ts := serve(t, dir)
	ctx := browser(t, t.TempDir())
	open(t, ctx, ts.URL)
	text := "وصل الرئيس إلى عمّان"
	pasteDocument(t, ctx, text)
	doc := annotation.NewDocument("news", text)
	a, err := annotation.Select(text, 15, 20, annotation.LOC)
	if err != nil {
		t.Fatal(err)
	}
	a.ID, a.Source, a.Status = "x1", annotation.Manual, annotation.Accepted
	data, err := hashiyajson.Encode(doc, []annotation.Annotation{a})
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "وصل الرئيس", "غادر الرئيس", 1)
	p := filepath.Join(t.TempDir(), "edited.json")
	if err := os.WriteFile(p, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	before := storageSnapshot(t, ctx)
	upload(t, ctx, "hx-import-file", p)
	poll(t, ctx, `document.getElementById("hx-msg") && document.getElementById("hx-msg").dataset.kind === "error"`)
	_, msg := message(t, ctx)
	if strings.Contains(msg, "المحفوظة") || !strings.Contains(msg, "لا يطابق بصمته") || !strings.Contains(msg, "لم يتغيّر شيء") || !strings.Contains(msg, "sha256") {
		t.Errorf("message %q: want the file's text not matching its hash, and nothing changed (not damaged saved data)", msg)
	}
	if after := storageSnapshot(t, ctx); !maps.Equal(before, after) {
		t.Error("a refused import changed storage")
	}
}
